package com.hivecheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswersTest {

    private static Answers answers(int employees, int active, int creators, int workRelatedShare) {
        return new Answers(employees, active, creators, false, Set.of(Benefit.IDEAS), workRelatedShare,
                Improvement.BETTER);
    }

    @ParameterizedTest(name = "employees {0}, active {1}, creators {2}, work {3}%")
    @CsvSource({
            "0, 0, 0, 50",           // nobody has access
            "-1, 0, 0, 50",
            "10000001, 0, 0, 50",    // above 10,000,000
            "100, -1, 0, 50",        // negative active
            "100, 101, 0, 50",       // more active than employees
            "100, 50, -1, 50",       // negative creators
            "100, 50, 51, 50",       // more creators than active users
            "100, 0, 1, 50",         // creators while nobody is active
            "100, 50, 5, -1",        // work share below 0
            "100, 50, 5, 101"})      // work share above 100
    void rejectsValuesOutsideTheirRange(int employees, int active, int creators, int workRelatedShare) {
        assertThatIllegalArgumentException().isThrownBy(() -> answers(employees, active, creators, workRelatedShare));
    }

    @ParameterizedTest(name = "employees {0}, active {1}, creators {2}, work {3}%")
    @CsvSource({
            "1, 0, 0, 0",
            "1, 1, 1, 100",
            "10000000, 10000000, 10000000, 100",
            "100, 100, 100, 0",
            "100, 0, 0, 50"})
    void acceptsValuesAtTheEdgesOfTheirRange(int employees, int active, int creators, int workRelatedShare) {
        Answers answers = answers(employees, active, creators, workRelatedShare);

        assertThat(answers.employees()).isEqualTo(employees);
        assertThat(answers.monthlyActiveUsers()).isEqualTo(active);
        assertThat(answers.contentCreators()).isEqualTo(creators);
        assertThat(answers.workRelatedShare()).isEqualTo(workRelatedShare);
    }

    @Test
    void rejectsAMissingImprovement() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Answers(100, 50, 5, false, Set.of(), 50, null));
    }

    @Test
    void rejectsMissingBenefits() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Answers(100, 50, 5, false, null, 50, Improvement.BETTER));
    }

    @Test
    void copiesTheBenefitsDefensively() {
        Set<Benefit> benefits = new HashSet<>(Set.of(Benefit.IDEAS, Benefit.KNOWLEDGE));
        Answers answers = new Answers(100, 50, 5, false, benefits, 50, Improvement.BETTER);

        benefits.add(Benefit.PARTNERS);
        benefits.remove(Benefit.IDEAS);

        assertThat(answers.benefits()).containsExactlyInAnyOrder(Benefit.IDEAS, Benefit.KNOWLEDGE);
    }

    @Test
    void exposesUnmodifiableBenefits() {
        Answers answers = new Answers(100, 50, 5, false, EnumSet.of(Benefit.IDEAS), 50, Improvement.BETTER);
        Answers none = new Answers(100, 50, 5, false, Set.of(), 50, Improvement.BETTER);

        assertThatThrownBy(() -> answers.benefits().add(Benefit.PARTNERS))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> none.benefits().add(Benefit.PARTNERS))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(none.benefits()).isEmpty();
    }

    @Test
    void comparesEqualByValueWhateverTheSetImplementation() {
        Answers fromEnumSet = new Answers(100, 50, 5, false, EnumSet.of(Benefit.IDEAS, Benefit.KNOWLEDGE), 50,
                Improvement.BETTER);
        Answers fromHashSet = new Answers(100, 50, 5, false, new HashSet<>(Set.of(Benefit.KNOWLEDGE, Benefit.IDEAS)),
                50, Improvement.BETTER);

        assertThat(fromEnumSet).isEqualTo(fromHashSet);
        assertThat(fromEnumSet.hashCode()).isEqualTo(fromHashSet.hashCode());
    }

    @Test
    void computesTheActiveShareOfEmployees() {
        assertThat(answers(1000, 300, 4, 50).activeShare()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void computesTheCreatorShareOfActiveUsers() {
        assertThat(answers(1000, 300, 4, 50).creatorShare()).isCloseTo(4 / 300.0, within(1e-12));
    }

    @Test
    void givesACreatorShareOfZeroWhenNobodyIsActive() {
        Answers answers = answers(1000, 0, 0, 50);

        assertThat(answers.creatorShare()).isZero();
        assertThat(answers.activeShare()).isZero();
    }
}
