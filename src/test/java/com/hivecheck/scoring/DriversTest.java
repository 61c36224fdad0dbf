package com.hivecheck.scoring;

import static com.hivecheck.scoring.TestAnswers.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DriversTest {

    private static final double EPSILON = 1e-9;

    private final ScoringModel classifier = ScoringModels.V1;

    /** The worked example of the domain description, but with a 6% active share. */
    private Classification lowReach() {
        return classifier.classify(answers(1000, 60, 6, false, 4, Improvement.BETTER, 95));
    }

    @Test
    void listsTheFiveDriversInFactorOrderInvolvementFirst() {
        Classification classification = lowReach();

        assertThat(classification.drivers()).extracting(Driver::factor).containsExactly(Factor.values());
        assertThat(classification.drivers()).extracting(Driver::axis).containsExactly(
                Axis.INVOLVEMENT, Axis.INVOLVEMENT, Axis.BENEFIT, Axis.BENEFIT, Axis.BENEFIT);
    }

    @Test
    void comparesTheObservedActiveShareWithTheReachTarget() {
        Driver reach = lowReach().driver(Factor.REACH);

        assertThat(reach.observed()).isCloseTo(0.06, within(EPSILON));
        assertThat(reach.benchmark()).isEqualTo(0.60);
        assertThat(reach.level()).isCloseTo(0.1, within(EPSILON));
        assertThat(reach.points()).isCloseTo(5.0, within(EPSILON));
        assertThat(reach.maxPoints()).isCloseTo(50.0, within(EPSILON));
        assertThat(reach.pullsUp()).isFalse();
    }

    @Test
    void describesEachFactorInItsOwnUnit() {
        Classification classification = classifier.classify(
                answers(1000, 300, 4, true, 4, Improvement.BETTER, 95));

        Driver breadth = classification.driver(Factor.BREADTH);
        assertThat(breadth.observed()).isCloseTo(4 / 300.0, within(EPSILON));
        assertThat(breadth.benchmark()).isEqualTo(0.20);
        assertThat(breadth.level()).isCloseTo(1 / 30.0, within(EPSILON));

        Driver benefits = classification.driver(Factor.BENEFITS);
        assertThat(benefits.observed()).isEqualTo(4.0);
        assertThat(benefits.benchmark()).isEqualTo(8.0);
        assertThat(benefits.level()).isEqualTo(0.5);
        assertThat(benefits.points()).isCloseTo(20.0, within(EPSILON));
        assertThat(benefits.maxPoints()).isCloseTo(40.0, within(EPSILON));

        Driver improvement = classification.driver(Factor.IMPROVEMENT);
        assertThat(improvement.observed()).isEqualTo(4.0);
        assertThat(improvement.benchmark()).isEqualTo(5.0);
        assertThat(improvement.level()).isEqualTo(0.75);
        assertThat(improvement.points()).isCloseTo(30.0, within(EPSILON));

        Driver focus = classification.driver(Factor.FOCUS);
        assertThat(focus.observed()).isCloseTo(0.95, within(EPSILON));
        assertThat(focus.benchmark()).isEqualTo(1.0);
        assertThat(focus.level()).isCloseTo(0.95, within(EPSILON));
        assertThat(focus.points()).isCloseTo(19.0, within(EPSILON));
        assertThat(focus.maxPoints()).isCloseTo(20.0, within(EPSILON));
    }

    @ParameterizedTest(name = "{0} active of 1000 -> level {1}, pulls up {2}")
    @CsvSource({
            "0, 0.0, false",
            "299, 0.49833333333, false",
            "300, 0.5, true",
            "599, 0.99833333333, true",
            "600, 1.0, true",
            "1000, 1.0, true"})
    void pullsUpFromHalfItsLevel(int active, double level, boolean pullsUp) {
        Driver reach = classifier.classify(answers(1000, active, 0, false, 0, Improvement.WORSE, 0))
                .driver(Factor.REACH);

        assertThat(reach.level()).isCloseTo(level, within(1e-9));
        assertThat(reach.pullsUp()).isEqualTo(pullsUp);
    }

    @Test
    void keepsTheObservedActiveShareUnclampedAboveTheTarget() {
        Driver reach = classifier.classify(answers(1000, 900, 0, false, 0, Improvement.WORSE, 0))
                .driver(Factor.REACH);

        assertThat(reach.observed()).isCloseTo(0.9, within(EPSILON));
        assertThat(reach.level()).isEqualTo(1.0);
        assertThat(reach.points()).isCloseTo(reach.maxPoints(), within(EPSILON));
    }

    @Test
    void sumsThePointsOfEachAxisToItsScoreWithinRounding() {
        Random random = new Random(20240501L);
        for (int i = 0; i < 2000; i++) {
            Answers answers = randomAnswers(random);
            Classification classification = classifier.classify(answers);

            assertThat(pointsOn(classification, Axis.INVOLVEMENT))
                    .as("involvement points of %s", answers)
                    .isCloseTo(classification.involvement(), within(0.5 + EPSILON));
            assertThat(pointsOn(classification, Axis.BENEFIT))
                    .as("benefit points of %s", answers)
                    .isCloseTo(classification.benefit(), within(0.5 + EPSILON));
        }
    }

    @Test
    void sumsTheMaximumPointsOfEachAxisToOneHundred() {
        Classification classification = lowReach();

        for (Axis axis : Axis.values()) {
            double max = classification.drivers().stream()
                    .filter(driver -> driver.axis() == axis)
                    .mapToDouble(Driver::maxPoints)
                    .sum();
            assertThat(max).isCloseTo(100.0, within(EPSILON));
        }
    }

    @Test
    void sumsTheWorkedExamplePointsToItsScores() {
        Classification classification = classifier.classify(
                answers(1000, 300, 4, true, 4, Improvement.BETTER, 95));

        // 25 + 1.67 = 26.67 and 20 + 30 + 19 = 69
        assertThat(pointsOn(classification, Axis.INVOLVEMENT)).isCloseTo(26.6667, within(1e-4));
        assertThat(pointsOn(classification, Axis.BENEFIT)).isCloseTo(69.0, within(EPSILON));
    }

    @ParameterizedTest(name = "involvement {0}, benefit {1} -> weaker {2}")
    @CsvSource({
            "27, 69, INVOLVEMENT",
            "80, 20, BENEFIT",
            "50, 50, BENEFIT",
            "0, 0, BENEFIT",
            "49, 50, INVOLVEMENT"})
    void namesTheWeakerAxisPreferringBenefitOnATie(int involvement, int benefit, Axis weaker) {
        Classification classification = new Classification(involvement, benefit,
                Quadrant.of(involvement >= 50, benefit >= 50), List.of(), List.of(), false, "1", List.of());

        assertThat(classification.weakerAxis()).isEqualTo(weaker);
    }

    @Test
    void namesInvolvementAsTheWeakerAxisOfTheWorkedExample() {
        Classification classification = classifier.classify(
                answers(1000, 300, 4, true, 4, Improvement.BETTER, 95));

        assertThat(classification.weakerAxis()).isEqualTo(Axis.INVOLVEMENT);
    }

    @Test
    void rejectsALevelOutsideZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Driver(Factor.REACH, 0.7, 0.6, 1.2, 0.5));
        assertThatIllegalArgumentException().isThrownBy(() -> new Driver(Factor.REACH, 0.7, 0.6, -0.1, 0.5));
    }

    @Test
    void rejectsAWeightOutsideZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Driver(Factor.REACH, 0.6, 0.6, 1, 1.1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Driver(Factor.REACH, 0.0, 0.6, 0, -0.1));
    }

    @Test
    void rejectsScoresOutsideZeroToOneHundredInAClassification() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Classification(101, 0, Quadrant.FLOOD_ROOM,
                List.of(), List.of(), false, "1", List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Classification(0, -1, Quadrant.DESERT,
                List.of(), List.of(), false, "1", List.of()));
    }

    private static double pointsOn(Classification classification, Axis axis) {
        return classification.drivers().stream()
                .filter(driver -> driver.axis() == axis)
                .mapToDouble(Driver::points)
                .sum();
    }

    static Answers randomAnswers(Random random) {
        int employees = 1 + random.nextInt(random.nextBoolean() ? 100 : 100_000);
        int active = random.nextInt(employees + 1);
        int creators = random.nextInt(active + 1);
        Improvement[] improvements = Improvement.values();
        return answers(employees, active, creators, random.nextBoolean(), random.nextInt(Benefit.values().length + 1),
                improvements[random.nextInt(improvements.length)], random.nextInt(101));
    }
}
