package com.hivecheck.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stored answers on the real Flyway schema: comments are picked from a random point of their shuffle order and
 * wrap around, answers without a comment never take a comment's place, and an answer changed by its browser takes or
 * gives up its place among the comments.
 */
@DataJpaTest
@Tag("database")
@Import(PulseAnswers.class)
class PulseAnswersTest {

    @Autowired
    PulseAnswers answers;

    @Autowired
    JdbcTemplate jdbc;

    private final UUID pulse = UUID.randomUUID();

    @BeforeEach
    void openPulse() {
        jdbc.update("""
                insert into pulse (id, token, created_at, network, unit, headcount, closes_on, closed)
                values (?, ?, current_timestamp, 'Engage', null, 40, null, false)""", pulse,
                "t".repeat(43));
    }

    private static PulseAnswer answer(@Nullable String comment) {
        return new PulseAnswer(Set.of(Benefit.KNOWLEDGE), Improvement.BETTER, 60, comment);
    }

    @Test
    void commentsComeFromTheStartingPointOnAndWrapAroundWithoutTheAnswersThatHaveNone() {
        answers.save(pulse, "a", answer("first"), 10, true);
        answers.save(pulse, "b", answer(null), 15, true);
        answers.save(pulse, "c", answer("second"), 20, true);
        answers.save(pulse, "d", answer(null), 25, true);
        answers.save(pulse, "e", answer("third"), 30, true);

        assertThat(answers.comments(pulse, 18, 10)).containsExactly("second", "third", "first");
        assertThat(answers.comments(pulse, 18, 2)).containsExactly("second", "third");
        assertThat(answers.comments(pulse, Integer.MIN_VALUE, 10)).containsExactly("first", "second", "third");
        assertThat(answers.comments(pulse, 31, 10)).containsExactly("first", "second", "third");
    }

    @Test
    void anAnswerChangedByItsBrowserTakesOrGivesUpItsPlaceAmongTheComments() {
        answers.save(pulse, "a", answer(null), 10, true);
        answers.save(pulse, "b", answer("kept"), 20, true);
        assertThat(answers.comments(pulse, 0, 10)).containsExactly("kept");

        answers.save(pulse, "a", answer("added later"), 5, false);
        answers.save(pulse, "b", answer(null), 30, false);
        assertThat(answers.comments(pulse, 0, 10)).containsExactly("added later");
        assertThat(answers.find(pulse, "b")).hasValueSatisfying(b -> assertThat(b.comment()).isNull());

        answers.save(pulse, "a", answer("edited"), 99, false);
        assertThat(jdbc.queryForObject("select shuffle from pulse_response where answer_key = 'a'", Integer.class))
                .as("an edited comment keeps its place").isEqualTo(5);
        assertThat(jdbc.queryForList("select shuffle from pulse_response where comment is null", Integer.class))
                .containsOnlyNulls();
    }

    @Test
    void aHundredAnswersWithAFewCommentsShowExactlyThoseComments() {
        Set<String> written = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String comment = i % 10 == 0 ? "comment " + i : null;
            if (comment != null) {
                written.add(comment);
            }
            answers.save(pulse, "key" + i, answer(comment), i * 1000 - 50_000, true);
        }
        List<String> shown = answers.comments(pulse, 7, 51);
        assertThat(shown).hasSize(10).doesNotHaveDuplicates();
        assertThat(new HashSet<>(shown)).isEqualTo(written);
    }
}
