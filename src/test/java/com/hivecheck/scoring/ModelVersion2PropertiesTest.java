package com.hivecheck.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties of reference model version 2 over seeded random answers: no answer that should help lowers a score, and
 * every lever is minimal (its target crosses the midline, one step less does not) and complete (an answer is left
 * out only when no value of it crosses).
 */
class ModelVersion2PropertiesTest {

    private static final long SEED = 0x56324d6fL;
    private static final int SAMPLES = 20_000;

    private final ScoringModel model = ScoringModels.V2;

    @Test
    void neverLowersInvolvementWithMoreActiveUsersMoreCreatorsOrLessOfficialCreators() {
        Random random = new Random(SEED);
        for (int i = 0; i < SAMPLES; i++) {
            Answers answers = DriversTest.randomAnswers(random);
            int involvement = model.involvement(answers);

            int moreActive = answers.monthlyActiveUsers()
                    + random.nextInt(answers.employees() - answers.monthlyActiveUsers() + 1);
            assertThat(model.involvement(answers.withMonthlyActiveUsers(moreActive)))
                    .as("%s with %d active", answers, moreActive).isGreaterThanOrEqualTo(involvement);
            int moreCreators = answers.contentCreators()
                    + random.nextInt(answers.monthlyActiveUsers() - answers.contentCreators() + 1);
            assertThat(model.involvement(answers.withContentCreators(moreCreators)))
                    .as("%s with %d creators", answers, moreCreators).isGreaterThanOrEqualTo(involvement);
            assertThat(model.involvement(answers.withCreatorsMostlyOfficial(false)))
                    .as("%s not official", answers).isGreaterThanOrEqualTo(involvement);
        }
    }

    @Test
    void neverLowersBenefitWithMoreBenefitsABetterImprovementOrMoreWorkTalk() {
        for (int count = 0; count <= Benefit.values().length; count++) {
            for (Improvement improvement : Improvement.values()) {
                for (int work = 0; work <= 100; work++) {
                    int benefit = model.benefit(TestAnswers.benefits(count), improvement, work);
                    if (count < Benefit.values().length) {
                        assertThat(model.benefit(TestAnswers.benefits(count + 1), improvement, work))
                                .isGreaterThanOrEqualTo(benefit);
                    }
                    if (improvement != Improvement.MUCH_BETTER) {
                        assertThat(model.benefit(TestAnswers.benefits(count),
                                Improvement.values()[improvement.ordinal() + 1], work)).isGreaterThanOrEqualTo(benefit);
                    }
                    if (work < 100) {
                        assertThat(model.benefit(TestAnswers.benefits(count), improvement, work + 1))
                                .isGreaterThanOrEqualTo(benefit);
                    }
                }
            }
        }
    }

    @Test
    void makesEveryLeverMinimalAndLeavesOutOnlyAnswersThatCannotCross() {
        Random random = new Random(SEED + 1);
        int levers = 0;
        for (int i = 0; i < SAMPLES; i++) {
            Answers answers = DriversTest.randomAnswers(random);
            Classification classification = model.classify(answers);

            for (Lever lever : classification.levers()) {
                levers++;
                assertThat(score(lever.axis(), apply(answers, lever.answer(), lever.to())))
                        .as("%s crosses with %s", answers, lever).isGreaterThanOrEqualTo(50);
                assertThat(score(lever.axis(), apply(answers, lever.answer(), lever.to() - 1)))
                        .as("%s one step short of %s", answers, lever).isLessThan(50);
                Quadrant expected = lever.axis() == Axis.INVOLVEMENT
                        ? Quadrant.of(true, classification.quadrant().highBenefit())
                        : Quadrant.of(classification.quadrant().highInvolvement(), true);
                assertThat(lever.quadrant()).isEqualTo(expected);
            }
            for (Lever.Answer answer : Lever.Answer.values()) {
                boolean offered = classification.levers().stream().anyMatch(lever -> lever.answer() == answer);
                int score = answer.axis() == Axis.INVOLVEMENT ? classification.involvement() : classification.benefit();
                if (score >= 50) {
                    assertThat(offered).as("%s: %s on a high axis", answers, answer).isFalse();
                } else if (!offered) {
                    assertThat(score(answer.axis(), apply(answers, answer, best(answers, answer))))
                            .as("%s: %s left out though it crosses", answers, answer).isLessThan(50);
                }
            }
            assertThat(classification.levers()).isSortedAccordingTo(
                    (a, b) -> Double.compare(a.relativeChange(), b.relativeChange()));
        }
        assertThat(levers).as("levers checked").isGreaterThan(SAMPLES / 2);
    }

    private int score(Axis axis, Answers answers) {
        return axis == Axis.INVOLVEMENT ? model.involvement(answers) : model.benefit(answers);
    }

    /** The most helpful valid value of an answer, the others unchanged. */
    private static int best(Answers answers, Lever.Answer answer) {
        return switch (answer) {
            case MONTHLY_ACTIVE_USERS -> answers.employees();
            case CONTENT_CREATORS -> answers.monthlyActiveUsers();
            case CREATORS_MOSTLY_OFFICIAL -> 0;
            case BENEFITS -> Benefit.values().length;
            case IMPROVEMENT -> Improvement.MUCH_BETTER.value();
            case WORK_RELATED_SHARE -> 100;
        };
    }

    /** The answers with one answer set to a lever's number (a count, 1/0, or an improvement's 1..5 value). */
    static Answers apply(Answers answers, Lever.Answer answer, int value) {
        return switch (answer) {
            case MONTHLY_ACTIVE_USERS -> answers.withMonthlyActiveUsers(value);
            case CONTENT_CREATORS -> answers.withContentCreators(value);
            case CREATORS_MOSTLY_OFFICIAL -> answers.withCreatorsMostlyOfficial(value != 0);
            case BENEFITS -> new Answers(answers.employees(), answers.monthlyActiveUsers(), answers.contentCreators(),
                    answers.creatorsMostlyOfficial(), withCount(answers.benefits(), value), answers.workRelatedShare(),
                    answers.improvement());
            case IMPROVEMENT -> new Answers(answers.employees(), answers.monthlyActiveUsers(),
                    answers.contentCreators(), answers.creatorsMostlyOfficial(), answers.benefits(),
                    answers.workRelatedShare(), Improvement.values()[value - 1]);
            case WORK_RELATED_SHARE -> answers.withWorkRelatedShare(value);
        };
    }

    private static Set<Benefit> withCount(Set<Benefit> observed, int count) {
        EnumSet<Benefit> benefits = EnumSet.noneOf(Benefit.class);
        benefits.addAll(observed);
        for (Benefit benefit : Benefit.values()) {
            if (benefits.size() >= count) {
                break;
            }
            benefits.add(benefit);
        }
        while (benefits.size() > count) {
            benefits.remove(benefits.iterator().next());
        }
        return benefits;
    }
}
