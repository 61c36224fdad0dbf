package com.hivecheck.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import java.time.LocalDate;
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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private void save(String key, PulseAnswer answer, int shuffle, boolean fresh) {
        assertThat(answers.saveIfOpen(pulse, key, answer, shuffle, fresh, TODAY)).as("stored").isTrue();
    }

    private List<String> comments() {
        return jdbc.queryForList("select comment from pulse_response where pulse_id = ?", String.class, pulse);
    }

    private static PulseAnswer answer(@Nullable String comment) {
        return new PulseAnswer(Set.of(Benefit.KNOWLEDGE), Improvement.BETTER, 60, comment);
    }

    @Test
    void commentsComeFromTheStartingPointOnAndWrapAroundWithoutTheAnswersThatHaveNone() {
        save("a", answer("first"), 10, true);
        save("b", answer(null), 15, true);
        save("c", answer("second"), 20, true);
        save("d", answer(null), 25, true);
        save("e", answer("third"), 30, true);

        assertThat(answers.comments(pulse, 18, 10)).containsExactly("second", "third", "first");
        assertThat(answers.comments(pulse, 18, 2)).containsExactly("second", "third");
        assertThat(answers.comments(pulse, Integer.MIN_VALUE, 10)).containsExactly("first", "second", "third");
        assertThat(answers.comments(pulse, 31, 10)).containsExactly("first", "second", "third");
    }

    @Test
    void anAnswerChangedByItsBrowserTakesOrGivesUpItsPlaceAmongTheComments() {
        save("a", answer(null), 10, true);
        save("b", answer("kept"), 20, true);
        assertThat(answers.comments(pulse, 0, 10)).containsExactly("kept");

        save("a", answer("added later"), 5, false);
        save("b", answer(null), 30, false);
        assertThat(answers.comments(pulse, 0, 10)).containsExactly("added later");
        assertThat(answers.find(pulse, "b")).hasValueSatisfying(b -> assertThat(b.comment()).isNull());

        save("a", answer("edited"), 99, false);
        assertThat(jdbc.queryForObject("select shuffle from pulse_response where answer_key = 'a'", Integer.class))
                .as("an edited comment keeps its place").isEqualTo(5);
        assertThat(jdbc.queryForList("select shuffle from pulse_response where comment is null", Integer.class))
                .containsOnlyNulls();
    }

    @Test
    void aPulseTakesAnswersUntilTheEndOfItsClosingDayAndNoneOnceClosedOrDeleted() {
        jdbc.update("update pulse set closes_on = ? where id = ?", TODAY, pulse);
        save("a", answer("on the closing day"), 1, true);

        assertThat(answers.saveIfOpen(pulse, "b", answer(null), 2, true, TODAY.plusDays(1))).isFalse();
        assertThat(answers.saveIfOpen(pulse, "a", answer("changed too late"), 1, false, TODAY.plusDays(1))).isFalse();

        jdbc.update("update pulse set closes_on = null, closed = true where id = ?", pulse);
        assertThat(answers.saveIfOpen(pulse, "c", answer(null), 3, true, TODAY)).isFalse();
        assertThat(answers.saveIfOpen(pulse, "a", answer("changed after closing"), 1, false, TODAY)).isFalse();

        assertThat(answers.saveIfOpen(UUID.randomUUID(), "d", answer(null), 4, true, TODAY)).as("no such pulse")
                .isFalse();
        assertThat(comments()).containsExactly("on the closing day");
    }

    /**
     * Outside a transaction, as answers are stored: a browser's second answer replaces its first whether or not the
     * first was already there when it came (two answers of one browser at once both take the insert path).
     */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aBrowserAnsweringTwiceKeepsOneAnswerTheLatest() {
        try {
            save("a", answer("first"), 1, false);
            save("a", answer("second"), 2, false);
            save("a", answer("third"), 3, true);

            assertThat(comments()).containsExactly("third");
        } finally {
            jdbc.update("delete from pulse where id = ?", pulse);
        }
    }

    @Test
    void aHundredAnswersWithAFewCommentsShowExactlyThoseComments() {
        Set<String> written = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String comment = i % 10 == 0 ? "comment " + i : null;
            if (comment != null) {
                written.add(comment);
            }
            save("key" + i, answer(comment), i * 1000 - 50_000, true);
        }
        List<String> shown = answers.comments(pulse, 7, 51);
        assertThat(shown).hasSize(10).doesNotHaveDuplicates();
        assertThat(new HashSet<>(shown)).isEqualTo(written);
    }
}
