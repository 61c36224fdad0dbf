package com.hivecheck.scoring;

import static com.hivecheck.scoring.TestAnswers.answers;
import static com.hivecheck.scoring.TestAnswers.benefits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference model version 2, checked against the worked example and the validation cases of the domain description. */
class ModelVersion2Test {

    private final ScoringModel model = ScoringModels.V2;

    @Test
    void scoresTheWorkedExampleOfTheDomainDescription() {
        // reach 0.5, breadth (4/1000)/0.10/2 = 0.02: 100 x sqrt(0.01) = 10; 20 + 26.67 + 20 = 67
        Classification classification = model.classify(answers(1000, 300, 4, true, 4, Improvement.BETTER, 95));

        assertThat(classification.involvement()).isEqualTo(10);
        assertThat(classification.benefit()).isEqualTo(67);
        assertThat(classification.quadrant()).isEqualTo(Quadrant.ONE_ACTOR_THEATER);
        assertThat(classification.borderline()).isFalse();
        assertThat(classification.modelVersion()).isEqualTo("2");
        assertThat(classification.driver(Factor.REACH).level()).isCloseTo(0.5, within(1e-12));
        assertThat(classification.driver(Factor.BREADTH).level()).isCloseTo(0.02, within(1e-12));
        assertThat(classification.driver(Factor.BREADTH).observed()).isCloseTo(0.004, within(1e-12));
    }

    @ParameterizedTest(name = "{0}/{1}/{2} official {3}, {4} benefits, {5}%, {6} -> {7}/{8} {9}")
    @CsvSource({
            "4000, 2600, 10, true, 3, 90, BETTER, 11, 62, ONE_ACTOR_THEATER, false",
            "500, 480, 3, true, 0, 100, NO_CHANGE, 17, 20, DESERT, false",
            "2000, 1500, 400, false, 1, 15, SLIGHTLY_BETTER, 100, 22, FLOOD_ROOM, false",
            "10000, 6500, 700, false, 5, 85, MUCH_BETTER, 84, 85, HONEY_APIARY, false",
            "800, 480, 20, false, 4, 80, BETTER, 50, 67, HONEY_APIARY, true",
            "1200, 700, 30, false, 3, 70, SLIGHTLY_BETTER, 49, 46, DESERT, true"})
    void placesEachValidationCaseOfTheDomainDescription(int employees, int active, int creators, boolean official,
            int benefitCount, int work, Improvement improvement, int involvement, int benefit, Quadrant quadrant,
            boolean borderline) {
        Classification classification = model.classify(
                answers(employees, active, creators, official, benefitCount, improvement, work));

        assertThat(classification.involvement()).isEqualTo(involvement);
        assertThat(classification.benefit()).isEqualTo(benefit);
        assertThat(classification.quadrant()).isEqualTo(quadrant);
        assertThat(classification.borderline()).isEqualTo(borderline);
    }

    @Test
    void placesTheArticlesTheaterInTheTheaterWhereModelOneSawAFloodRoomOrApiary() {
        // 70% open it every month, six people from internal communications write everything
        Answers theater = answers(1000, 700, 6, true, 8, Improvement.BETTER, 90);

        assertThat(ScoringModels.V1.classify(theater).quadrant().highInvolvement()).isTrue();
        assertThat(model.classify(theater).quadrant()).isEqualTo(Quadrant.ONE_ACTOR_THEATER);
    }

    @Test
    void placesAPortalEveryoneLogsIntoWhereOnlyCommsPostAndNothingImprovedInTheDesert() {
        Answers portal = answers(3000, 2900, 12, true, 0, Improvement.NO_CHANGE, 60);

        assertThat(ScoringModels.V1.classify(portal).quadrant()).isEqualTo(Quadrant.FLOOD_ROOM);
        assertThat(model.classify(portal).quadrant()).isEqualTo(Quadrant.DESERT);
    }

    @ParameterizedTest(name = "{0} -> {1} points")
    @CsvSource({"WORSE, 0", "NO_CHANGE, 0", "SLIGHTLY_BETTER, 13", "BETTER, 27", "MUCH_BETTER, 40"})
    void givesNoPointsForNoChangeAndThirdsAbove(Improvement improvement, int points) {
        assertThat(model.benefit(benefits(0), improvement, 0)).isEqualTo(points);
    }

    @ParameterizedTest(name = "{0}% about work -> {1} points")
    @CsvSource({"0, 0", "40, 10", "79, 20", "80, 20", "100, 20"})
    void givesFullFocusFromEightyPercentAboutWork(int work, int points) {
        assertThat(model.benefit(benefits(0), Improvement.WORSE, work)).isEqualTo(points);
    }

    @Test
    void needsBothReachAndBreadth() {
        // everyone reads, nobody writes; and many write but almost nobody is active is impossible, so: few readers
        assertThat(model.involvement(answers(1000, 1000, 0, false, 0, Improvement.WORSE, 0))).isZero();
        assertThat(model.involvement(answers(1000, 100, 100, false, 0, Improvement.WORSE, 0)))
                .isEqualTo(41); // sqrt(1/6 x 1)
        assertThat(model.involvement(answers(1000, 600, 100, false, 0, Improvement.WORSE, 0))).isEqualTo(100);
    }

    @Test
    void halvesBreadthWhenTheCreatorsAreMostlyOfficial() {
        Classification broad = model.classify(answers(1000, 600, 100, false, 0, Improvement.WORSE, 0));
        Classification official = model.classify(answers(1000, 600, 100, true, 0, Improvement.WORSE, 0));

        assertThat(broad.involvement()).isEqualTo(100);
        assertThat(official.involvement()).isEqualTo(71); // sqrt(0.5)
        assertThat(official.officialCreators()).isTrue();
    }

    @Test
    void describesInvolvementDriversAsCombinedRatherThanAddedUp() {
        Classification classification = model.classify(answers(1000, 300, 4, true, 4, Improvement.BETTER, 95));

        assertThat(classification.driver(Factor.REACH).additive()).isFalse();
        assertThat(classification.driver(Factor.BREADTH).additive()).isFalse();
        double benefitPoints = classification.drivers().stream()
                .filter(driver -> driver.axis() == Axis.BENEFIT)
                .mapToDouble(Driver::points)
                .sum();
        assertThat(benefitPoints).isCloseTo(classification.benefit(), within(0.5));
        assertThat(classification.driver(Factor.FOCUS).benchmark()).isEqualTo(0.80);
    }

    @Test
    void scoresTheBenefitAxisFromQuestionsThreeAndFourAlone() {
        assertThat(model.benefit(benefits(3), Improvement.BETTER, 90)).isEqualTo(62);
        assertThat(model.benefit(benefits(8), Improvement.MUCH_BETTER, 80)).isEqualTo(100);
        assertThatIllegalArgumentException().isThrownBy(() -> model.benefit(benefits(1), Improvement.BETTER, 101));
        assertThatIllegalArgumentException().isThrownBy(() -> model.benefit(benefits(1), Improvement.BETTER, -1));
    }
}
