package com.hivecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.hivecheck.importing.ActivityReports;
import com.hivecheck.pulse.PulseManagement;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Classification;
import com.hivecheck.scoring.Classifier;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.scoring.ScoringModel;
import com.hivecheck.storage.DurableWrites;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Stored assessments, against the schema Flyway builds: what is saved is what is read back, and the database itself
 * refuses rows no valid answer could produce.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@Tag("database")
@Import({ScoringConfiguration.class, AssessmentManagement.class, DurableWrites.class, AssessmentsTest.FixedClock.class})
class AssessmentsTest {

    /** A clock with nanoseconds, which the database cannot hold. */
    static final Instant NOW = Instant.parse("2026-05-01T10:15:30.123456789Z");

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ScoringProperties.class)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    private static final Classifier CLASSIFIER = new Classifier(ScoringModel.reference());

    /** The import feature's reports; no evidence token is used here. */
    @MockitoBean
    ActivityReports activityReports;

    @MockitoBean
    PulseManagement pulses;

    @Autowired
    Assessments assessments;

    @Autowired
    AssessmentManagement management;

    @Autowired
    TestEntityManager entities;

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> answers() {
        return Stream.of(
                Arguments.of("worked example", new Context("Acme Engage", "Sales", "Onboarding questions in a day"),
                        new Answers(1000, 300, 4, true,
                                EnumSet.of(Benefit.MARKET_INSIGHT, Benefit.BEST_PRACTICES, Benefit.IDEAS,
                                        Benefit.KNOWLEDGE),
                                95, Improvement.BETTER)),
                Arguments.of("no benefits, nobody active", new Context("Ghost Town", null, null),
                        new Answers(1, 0, 0, false, EnumSet.noneOf(Benefit.class), 0, Improvement.WORSE)),
                Arguments.of("all eight benefits, the largest network",
                        new Context("N".repeat(120), "U".repeat(120), "Пример «в кавычках» ’ \" <b>".repeat(70)),
                        new Answers(Answers.MAX_EMPLOYEES, Answers.MAX_EMPLOYEES, Answers.MAX_EMPLOYEES, false,
                                EnumSet.allOf(Benefit.class), 100, Improvement.MUCH_BETTER)),
                Arguments.of("borderline", new Context("Acme Engage", "Support", null),
                        new Answers(1000, 300, 30, false,
                                EnumSet.of(Benefit.IDEAS, Benefit.PARTNERS, Benefit.INVOLVEMENT, Benefit.KNOWLEDGE),
                                50, Improvement.SLIGHTLY_BETTER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void readsBackEverythingThatWasStored(String name, Context context, Answers answers) {
        Classification classification = CLASSIFIER.classify(answers);
        UUID id = UUID.randomUUID();
        Instant createdAt = Instant.parse("2026-05-01T10:15:30.123456Z");
        entities.persistAndFlush(new Assessment(id, createdAt, context, answers, classification));
        entities.clear();

        Assessment read = assessments.findById(id).orElseThrow();

        assertThat(read.getId()).isEqualTo(id);
        assertThat(read.getCreatedAt()).isEqualTo(createdAt);
        assertThat(read.context()).isEqualTo(context);
        assertThat(read.answers()).isEqualTo(answers);
        assertThat(read.answers().benefits()).containsExactlyInAnyOrderElementsOf(answers.benefits());
        assertThat(read.getInvolvement()).isEqualTo(classification.involvement());
        assertThat(read.getBenefit()).isEqualTo(classification.benefit());
        assertThat(read.getQuadrant()).isEqualTo(classification.quadrant());
        assertThat(read.isBorderline()).isEqualTo(classification.borderline());
        assertThat(read.getModelVersion()).isEqualTo("1");
    }

    @Test
    void keepsTheScoresOfTheModelThatMadeThem() {
        ScoringModel other = new ScoringModel("2026-experimental", 0.5, 0.1, 1.0, 0.7, 0.3, 0.5, 0.3, 0.2, 60, 0);
        Answers answers = new Answers(1000, 300, 4, true, EnumSet.of(Benefit.IDEAS), 95, Improvement.BETTER);
        Classification classification = new Classifier(other).classify(answers);
        UUID id = UUID.randomUUID();
        entities.persistAndFlush(new Assessment(id, NOW, new Context("Acme", null, null), answers, classification));
        entities.clear();

        Assessment read = assessments.findById(id).orElseThrow();

        assertThat(read.getModelVersion()).isEqualTo("2026-experimental");
        assertThat(read.getInvolvement()).isEqualTo(classification.involvement()).isNotEqualTo(CLASSIFIER.classify(answers).involvement());
        assertThat(read.getQuadrant()).isEqualTo(classification.quadrant());
    }

    @Test
    void submittingStoresTheClassificationUnderARandomIdAtTheMicrosecond() {
        Answers answers = new Answers(1000, 300, 4, true,
                EnumSet.of(Benefit.MARKET_INSIGHT, Benefit.BEST_PRACTICES, Benefit.IDEAS, Benefit.KNOWLEDGE), 95,
                Improvement.BETTER);

        Assessment submitted = management.submit(new Context(" Acme Engage ", " ", null), answers);
        entities.flush();
        entities.clear();
        Assessment read = management.find(submitted.getId()).orElseThrow();

        assertThat(read.getCreatedAt()).isEqualTo(Instant.parse("2026-05-01T10:15:30.123456Z"));
        assertThat(read.getNetwork()).isEqualTo("Acme Engage");
        assertThat(read.getUnit()).isNull();
        assertThat(read.getInvolvement()).isEqualTo(27);
        assertThat(read.getBenefit()).isEqualTo(69);
        assertThat(read.getQuadrant()).isEqualTo(Quadrant.ONE_ACTOR_THEATER);
        assertThat(read.isBorderline()).isFalse();
        assertThat(read.getModelVersion()).isEqualTo("1");
    }

    @Test
    void givesEveryAssessmentItsOwnTimeOrderedIdWithRandomBits() {
        Answers answers = new Answers(10, 5, 1, false, EnumSet.noneOf(Benefit.class), 50, Improvement.NO_CHANGE);
        Set<UUID> ids = new HashSet<>();
        long before = assessments.count();

        for (int i = 0; i < 50; i++) {
            Assessment stored = management.submit(new Context("Acme", null, null), answers);
            ids.add(stored.getId());
            assertThat(stored.getId().getMostSignificantBits() >>> 16).as("the id's time")
                    .isEqualTo(stored.getCreatedAt().toEpochMilli());
        }

        assertThat(ids).hasSize(50).allSatisfy(id -> {
            assertThat(id.version()).as("UUID version 7").isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
        assertThat(assessments.count()).isEqualTo(before + 50);
    }

    static Stream<Arguments> impossibleRows() {
        return Stream.of(
                Arguments.of("no employees", 0, 0, 0, 50, 50, 50),
                Arguments.of("more employees than the maximum", 10_000_001, 0, 0, 50, 50, 50),
                Arguments.of("more active users than employees", 100, 101, 0, 50, 50, 50),
                Arguments.of("negative active users", 100, -1, 0, 50, 50, 50),
                Arguments.of("more creators than active users", 100, 10, 11, 50, 50, 50),
                Arguments.of("negative creators", 100, 10, -1, 50, 50, 50),
                Arguments.of("work share above 100", 100, 10, 1, 101, 50, 50),
                Arguments.of("involvement above 100", 100, 10, 1, 50, 101, 50),
                Arguments.of("negative benefit", 100, 10, 1, 50, 50, -1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impossibleRows")
    void databaseRefusesImpossibleRows(String name, int employees, int active, int creators, int workShare,
            int involvement, int benefit) {
        assertThat(insert(100, 10, 1, 50, 50, 50)).as("a possible row").isEqualTo(1);

        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> insert(employees, active, creators, workShare, involvement, benefit));
    }

    @Test
    void databaseRefusesAnAssessmentWithoutNetwork() {
        assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.update("""
                insert into assessment (id, created_at, network, employees, monthly_active_users, content_creators,
                    creators_mostly_official, benefits, work_related_share, improvement, model_version, involvement,
                    benefit, quadrant, borderline)
                values (?, current_timestamp, null, 10, 1, 1, false, '', 50, 'BETTER', '1', 50, 50, 'DESERT', false)
                """, UUID.randomUUID()));
    }

    private int insert(int employees, int active, int creators, int workShare, int involvement, int benefit) {
        return jdbc.update("""
                insert into assessment (id, created_at, network, unit, employees, monthly_active_users,
                    content_creators, creators_mostly_official, benefits, work_related_share, improvement, example,
                    model_version, involvement, benefit, quadrant, borderline)
                values (?, current_timestamp, 'Acme', null, ?, ?, ?, false, 'IDEAS', ?, 'BETTER', null, '1', ?, ?,
                    'DESERT', false)
                """, UUID.randomUUID(), employees, active, creators, workShare, involvement, benefit);
    }
}
