package com.hivecheck.scoring;

import static com.hivecheck.scoring.TestAnswers.answers;
import static com.hivecheck.scoring.TestAnswers.combine;
import static com.hivecheck.scoring.TestAnswers.withBenefit;
import static com.hivecheck.scoring.TestAnswers.withInvolvement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ModelVersion1Test {

    private final ScoringModel classifier = ScoringModels.V1;

    @Test
    void scoresTheWorkedExampleOfTheDomainDescription() {
        Answers answers = answers(1000, 300, 4, true, 4, Improvement.BETTER, 95);

        Classification classification = classifier.classify(answers);

        assertThat(classification.involvement()).isEqualTo(27);
        assertThat(classification.benefit()).isEqualTo(69);
        assertThat(classification.quadrant()).isEqualTo(Quadrant.ONE_ACTOR_THEATER);
        assertThat(classification.borderline()).isFalse();
        assertThat(classification.neighbours()).isEmpty();
        assertThat(classification.officialCreators()).isTrue();
        assertThat(classification.modelVersion()).isEqualTo("1");
    }

    static Stream<Arguments> realisticNetworks() {
        return Stream.of(
                // 10% active, 1% creating and mostly official, little benefit: nobody lives there
                Arguments.of("desert", answers(5000, 500, 5, true, 1, Improvement.NO_CHANGE, 30),
                        10, 21, Quadrant.DESERT),
                // 70% active, many creators, but chatter about lunch and little change to work
                Arguments.of("flood room", answers(1000, 700, 200, false, 1, Improvement.NO_CHANGE, 20),
                        100, 19, Quadrant.FLOOD_ROOM),
                // the worked example: a few official voices broadcast useful content
                Arguments.of("one-actor theater", answers(1000, 300, 4, true, 4, Improvement.BETTER, 95),
                        27, 69, Quadrant.ONE_ACTOR_THEATER),
                // 75% active, 400 of 1500 creating, six benefits, work much better, 80% about work
                Arguments.of("honey apiary", answers(2000, 1500, 400, false, 6, Improvement.MUCH_BETTER, 80),
                        100, 86, Quadrant.HONEY_APIARY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realisticNetworks")
    void placesEachRealisticNetworkInItsQuadrant(String name, Answers answers, int involvement, int benefit,
            Quadrant quadrant) {
        Classification classification = classifier.classify(answers);

        assertThat(classification.involvement()).isEqualTo(involvement);
        assertThat(classification.benefit()).isEqualTo(benefit);
        assertThat(classification.quadrant()).isEqualTo(quadrant);
        assertThat(classification.borderline()).isFalse();
    }

    @Test
    void countsAnInvolvementOfExactlyFiftyAsHigh() {
        // 30% active gives reach 0.5, 10% creators gives breadth 0.5
        Answers answers = answers(1000, 300, 30, false, 0, Improvement.WORSE, 0);

        Classification classification = classifier.classify(answers);

        assertThat(classification.involvement()).isEqualTo(50);
        assertThat(classification.quadrant().highInvolvement()).isTrue();
        assertThat(classification.quadrant()).isEqualTo(Quadrant.FLOOD_ROOM);
    }

    @Test
    void countsABenefitOfExactlyFiftyAsHigh() {
        // 4 benefits (0.5), slightly better (0.5), half the posts about work (0.5)
        Answers answers = answers(1000, 0, 0, false, 4, Improvement.SLIGHTLY_BETTER, 50);

        Classification classification = classifier.classify(answers);

        assertThat(classification.benefit()).isEqualTo(50);
        assertThat(classification.quadrant().highBenefit()).isTrue();
        assertThat(classification.quadrant()).isEqualTo(Quadrant.ONE_ACTOR_THEATER);
    }

    @Test
    void countsExactlyFiftyOnBothAxesAsHoneyApiary() {
        Answers answers = answers(1000, 300, 30, false, 4, Improvement.SLIGHTLY_BETTER, 50);

        Classification classification = classifier.classify(answers);

        assertThat(classification.involvement()).isEqualTo(50);
        assertThat(classification.benefit()).isEqualTo(50);
        assertThat(classification.quadrant()).isEqualTo(Quadrant.HONEY_APIARY);
        assertThat(classification.neighbours())
                .containsExactlyInAnyOrder(Quadrant.ONE_ACTOR_THEATER, Quadrant.FLOOD_ROOM, Quadrant.DESERT);
    }

    @ParameterizedTest(name = "involvement {0} -> borderline {1}")
    @CsvSource({
            "43, false",
            "44, false",
            "45, true",
            "49, true",
            "50, true",
            "51, true",
            "55, true",
            "56, false",
            "57, false"})
    void marksInvolvementWithinFiveOfTheMidlineAsBorderline(int involvement, boolean borderline) {
        Answers answers = combine(withInvolvement(involvement), withBenefit(8, Improvement.MUCH_BETTER, 100));

        Classification classification = classifier.classify(answers);

        assertThat(classification.involvement()).isEqualTo(involvement);
        assertThat(classification.benefit()).isEqualTo(100);
        assertThat(classification.borderline()).isEqualTo(borderline);
        if (borderline) {
            assertThat(classification.neighbours()).containsExactly(classification.quadrant().acrossInvolvement());
        } else {
            assertThat(classification.neighbours()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} benefits, {1}, {2}% work -> benefit {3}, borderline {4}")
    @CsvSource({
            "4, SLIGHTLY_BETTER, 20, 44, false",
            "5, SLIGHTLY_BETTER, 0, 45, true",
            "4, SLIGHTLY_BETTER, 50, 50, true",
            "5, BETTER, 0, 55, true",
            "5, BETTER, 5, 56, false"})
    void marksBenefitWithinFiveOfTheMidlineAsBorderline(int benefits, Improvement improvement, int work,
            int benefit, boolean borderline) {
        Answers answers = combine(withInvolvement(0), withBenefit(benefits, improvement, work));

        Classification classification = classifier.classify(answers);

        assertThat(classification.involvement()).isZero();
        assertThat(classification.benefit()).isEqualTo(benefit);
        assertThat(classification.borderline()).isEqualTo(borderline);
        if (borderline) {
            assertThat(classification.neighbours()).containsExactly(classification.quadrant().acrossBenefit());
        } else {
            assertThat(classification.neighbours()).isEmpty();
        }
    }

    @Test
    void namesTheSingleNeighbourAcrossTheOneMidlineItIsNear() {
        // involvement 47, benefit 100: a One-Actor Theater close to Honey Apiary
        Classification classification = classifier.classify(
                combine(withInvolvement(47), withBenefit(8, Improvement.MUCH_BETTER, 100)));

        assertThat(classification.quadrant()).isEqualTo(Quadrant.ONE_ACTOR_THEATER);
        assertThat(classification.neighbours()).containsExactly(Quadrant.HONEY_APIARY);
    }

    @ParameterizedTest(name = "involvement {0}, benefit inputs {1}/{2}/{3} -> {4}")
    @CsvSource({
            "47, 5, SLIGHTLY_BETTER, 0, DESERT",           // 47 / 45
            "53, 5, SLIGHTLY_BETTER, 0, FLOOD_ROOM",       // 53 / 45
            "47, 5, BETTER, 0, ONE_ACTOR_THEATER",         // 47 / 55
            "55, 5, BETTER, 0, HONEY_APIARY"})             // 55 / 55
    void namesBothSidesAndTheDiagonalWhenNearBothMidlines(int involvement, int benefits, Improvement improvement,
            int work, Quadrant quadrant) {
        Classification classification = classifier.classify(
                combine(withInvolvement(involvement), withBenefit(benefits, improvement, work)));

        assertThat(classification.quadrant()).isEqualTo(quadrant);
        assertThat(classification.neighbours())
                .hasSize(3)
                .doesNotContain(quadrant)
                .containsExactlyInAnyOrder(quadrant.acrossInvolvement(), quadrant.acrossBenefit(),
                        quadrant.acrossInvolvement().acrossBenefit());
        assertThat(classification.borderline()).isTrue();
    }

    @Test
    void givesFullFactorsAboveTheTargets() {
        // 90% active (target 60%), 50% of them creating (target 20%)
        Answers answers = answers(1000, 900, 450, false, 8, Improvement.MUCH_BETTER, 100);

        Classification classification = classifier.classify(answers);

        assertThat(classification.driver(Factor.REACH).level()).isEqualTo(1.0);
        assertThat(classification.driver(Factor.BREADTH).level()).isEqualTo(1.0);
        assertThat(classification.involvement()).isEqualTo(100);
        assertThat(classification.benefit()).isEqualTo(100);
        assertThat(classification.quadrant()).isEqualTo(Quadrant.HONEY_APIARY);
    }

    @Test
    void neverScoresAboveOneHundredEvenWhenEveryoneIsActiveAndCreating() {
        Answers answers = answers(Answers.MAX_EMPLOYEES, Answers.MAX_EMPLOYEES, Answers.MAX_EMPLOYEES, false, 8,
                Improvement.MUCH_BETTER, 100);

        Classification classification = classifier.classify(answers);

        assertThat(classification.involvement()).isEqualTo(100);
        assertThat(classification.benefit()).isEqualTo(100);
    }

    @Test
    void scoresAllZeroAnswersAsADesertAtTheOrigin() {
        Answers answers = answers(1, 0, 0, false, 0, Improvement.WORSE, 0);

        Classification classification = classifier.classify(answers);

        assertThat(classification.involvement()).isZero();
        assertThat(classification.benefit()).isZero();
        assertThat(classification.quadrant()).isEqualTo(Quadrant.DESERT);
        assertThat(classification.borderline()).isFalse();
        assertThat(classification.drivers()).allSatisfy(driver -> {
            assertThat(driver.level()).isZero();
            assertThat(driver.points()).isZero();
        });
    }

    @Test
    void scoresANetworkWithNobodyActiveWithoutDividingByZero() {
        Answers answers = answers(500, 0, 0, true, 3, Improvement.BETTER, 70);

        assertThat(answers.creatorShare()).isZero();
        assertThatNoException().isThrownBy(() -> classifier.classify(answers));
        Classification classification = classifier.classify(answers);
        assertThat(classification.involvement()).isZero();
        assertThat(classification.driver(Factor.BREADTH).observed()).isZero();
        assertThat(classification.driver(Factor.BREADTH).level()).isZero();
        assertThat(Double.isFinite(classification.driver(Factor.BREADTH).points())).isTrue();
    }

    @Test
    void halvesBreadthWhenCreatorsAreMostlyOfficial() {
        // 10% creators: breadth 0.5, halved to 0.25
        Classification broad = classifier.classify(answers(1000, 300, 30, false, 0, Improvement.WORSE, 0));
        Classification official = classifier.classify(answers(1000, 300, 30, true, 0, Improvement.WORSE, 0));

        assertThat(broad.driver(Factor.BREADTH).level()).isEqualTo(0.5);
        assertThat(official.driver(Factor.BREADTH).level()).isEqualTo(0.25);
        assertThat(official.driver(Factor.BREADTH).observed()).isEqualTo(broad.driver(Factor.BREADTH).observed());
        assertThat(broad.involvement()).isEqualTo(50);
        assertThat(official.involvement()).isEqualTo(38); // 25 + 12.5, rounded half up
        assertThat(official.officialCreators()).isTrue();
        assertThat(broad.officialCreators()).isFalse();
    }

    @Test
    void halvesEvenAFullBreadthWhenCreatorsAreMostlyOfficial() {
        // 50% of the active users creating is far above the target, yet official voices count for half
        Classification official = classifier.classify(answers(1000, 600, 300, true, 0, Improvement.WORSE, 0));

        assertThat(official.driver(Factor.BREADTH).level()).isEqualTo(0.5);
        assertThat(official.involvement()).isEqualTo(75);
    }

    @Test
    void leavesTheBenefitAxisAloneWhenCreatorsAreMostlyOfficial() {
        Classification broad = classifier.classify(answers(1000, 300, 30, false, 5, Improvement.BETTER, 60));
        Classification official = classifier.classify(answers(1000, 300, 30, true, 5, Improvement.BETTER, 60));

        assertThat(official.benefit()).isEqualTo(broad.benefit());
        assertThat(official.driver(Factor.REACH)).isEqualTo(broad.driver(Factor.REACH));
    }
}
