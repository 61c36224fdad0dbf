package com.hivecheck.scoring;

import static com.hivecheck.scoring.TestAnswers.answers;
import static com.hivecheck.scoring.TestAnswers.benefits;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Properties of reference model version 1, checked over deterministic grids and seeded random answers. */
class ModelVersion1PropertiesTest {

    private static final long SEED = 0x48697665L;
    private static final int SAMPLES = 5000;

    private final ScoringModel classifier = ScoringModels.V1;

    @Test
    void neverLowersBenefitWhenABenefitIsAdded() {
        for (Improvement improvement : Improvement.values()) {
            for (int work = 0; work <= 100; work++) {
                for (int count = 0; count < Benefit.values().length; count++) {
                    int fewer = benefit(count, improvement, work);
                    int more = benefit(count + 1, improvement, work);
                    assertThat(more).as("%d -> %d benefits, %s, %d%%", count, count + 1, improvement, work)
                            .isGreaterThanOrEqualTo(fewer);
                }
            }
        }
    }

    @Test
    void neverLowersBenefitWithABetterImprovementAnswer() {
        Improvement[] improvements = Improvement.values();
        for (int count = 0; count <= Benefit.values().length; count++) {
            for (int work = 0; work <= 100; work++) {
                for (int i = 0; i + 1 < improvements.length; i++) {
                    assertThat(benefit(count, improvements[i + 1], work))
                            .as("%d benefits, %s -> %s, %d%%", count, improvements[i], improvements[i + 1], work)
                            .isGreaterThanOrEqualTo(benefit(count, improvements[i], work));
                }
            }
        }
    }

    @Test
    void neverLowersBenefitWithALargerWorkShare() {
        for (int count = 0; count <= Benefit.values().length; count++) {
            for (Improvement improvement : Improvement.values()) {
                for (int work = 0; work < 100; work++) {
                    assertThat(benefit(count, improvement, work + 1))
                            .as("%d benefits, %s, %d%% -> %d%%", count, improvement, work, work + 1)
                            .isGreaterThanOrEqualTo(benefit(count, improvement, work));
                }
            }
        }
    }

    @Test
    void raisesBenefitStrictlyWithEachBenefitAndImprovementStep() {
        // each benefit is worth 5 points and each improvement step 10, so a step is never lost to rounding
        for (int work = 0; work <= 100; work++) {
            for (int count = 0; count < Benefit.values().length; count++) {
                assertThat(benefit(count + 1, Improvement.NO_CHANGE, work))
                        .isEqualTo(benefit(count, Improvement.NO_CHANGE, work) + 5);
            }
            assertThat(benefit(3, Improvement.BETTER, work))
                    .isEqualTo(benefit(3, Improvement.SLIGHTLY_BETTER, work) + 10);
        }
    }

    @Test
    void neverLowersInvolvementWithMoreActiveUsersWhenTheCreatorShareIsHeld() {
        int employees = 10_000;
        for (boolean official : new boolean[] {false, true}) {
            for (int creatorPercent = 0; creatorPercent <= 100; creatorPercent++) {
                int previous = -1;
                for (int active = 0; active <= employees; active += 100) {
                    int creators = active / 100 * creatorPercent; // exactly creatorPercent % of the active users
                    Classification classification = classifier.classify(
                            answers(employees, active, creators, official, 0, Improvement.WORSE, 0));
                    assertThat(classification.involvement())
                            .as("%d active, %d%% creating, official %s", active, creatorPercent, official)
                            .isGreaterThanOrEqualTo(previous);
                    previous = classification.involvement();
                }
            }
        }
    }

    @Test
    void neverLowersInvolvementWithMoreActiveUsersAtTheSameCreatorShareForRandomNetworks() {
        Random random = new Random(SEED);
        for (int i = 0; i < SAMPLES; i++) {
            int unit = 1 + random.nextInt(50);
            int creatorsPerUnit = random.nextInt(unit + 1);
            int units = random.nextInt(1000);
            int moreUnits = units + 1 + random.nextInt(1000);
            int employees = moreUnits * unit + random.nextInt(100_000);
            boolean official = random.nextBoolean();

            Classification fewer = classifier.classify(answers(employees, units * unit, units * creatorsPerUnit,
                    official, 0, Improvement.WORSE, 0));
            Classification more = classifier.classify(answers(employees, moreUnits * unit,
                    moreUnits * creatorsPerUnit, official, 0, Improvement.WORSE, 0));

            assertThat(more.involvement())
                    .as("%d -> %d active of %d, creator share %d/%d", units * unit, moreUnits * unit, employees,
                            creatorsPerUnit, unit)
                    .isGreaterThanOrEqualTo(fewer.involvement());
        }
    }

    @Test
    void neverLowersInvolvementWithMoreCreatorsAmongTheSameActiveUsers() {
        for (boolean official : new boolean[] {false, true}) {
            for (int active : new int[] {1, 7, 100, 333, 600, 1000}) {
                int previous = -1;
                for (int creators = 0; creators <= active; creators++) {
                    int involvement = classifier.classify(
                            answers(1000, active, creators, official, 0, Improvement.WORSE, 0)).involvement();
                    assertThat(involvement).as("%d creators of %d active", creators, active)
                            .isGreaterThanOrEqualTo(previous);
                    previous = involvement;
                }
            }
        }
    }

    @Test
    void neverRaisesInvolvementWhenCreatorsAreMostlyOfficial() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < SAMPLES; i++) {
            Answers broad = DriversTest.randomAnswers(random);
            Answers official = new Answers(broad.employees(), broad.monthlyActiveUsers(), broad.contentCreators(),
                    true, broad.benefits(), broad.workRelatedShare(), broad.improvement());
            Answers notOfficial = new Answers(broad.employees(), broad.monthlyActiveUsers(), broad.contentCreators(),
                    false, broad.benefits(), broad.workRelatedShare(), broad.improvement());

            Classification withOfficial = classifier.classify(official);
            Classification without = classifier.classify(notOfficial);

            assertThat(withOfficial.involvement()).as("%s", broad).isLessThanOrEqualTo(without.involvement());
            assertThat(withOfficial.benefit()).as("%s", broad).isEqualTo(without.benefit());
        }
    }

    @Test
    void keepsEachAxisIndependentOfTheOtherAxisAnswers() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < SAMPLES; i++) {
            Answers a = DriversTest.randomAnswers(random);
            Answers b = DriversTest.randomAnswers(random);
            Answers mixed = TestAnswers.combine(a, b);

            Classification classification = classifier.classify(mixed);

            assertThat(classification.involvement()).isEqualTo(classifier.classify(a).involvement());
            assertThat(classification.benefit()).isEqualTo(classifier.classify(b).benefit());
        }
    }

    @Test
    void placesEveryPointConsistentlyWithItsScoresAndTheMidlines() {
        ScoringModel model = classifier;
        Random random = new Random(SEED + 3);
        for (int i = 0; i < SAMPLES; i++) {
            Answers answers = DriversTest.randomAnswers(random);

            Classification classification = classifier.classify(answers);

            int x = classification.involvement();
            int y = classification.benefit();
            assertThat(x).isBetween(0, 100);
            assertThat(y).isBetween(0, 100);
            assertThat(classification.quadrant().highInvolvement()).isEqualTo(x >= model.midline());
            assertThat(classification.quadrant().highBenefit()).isEqualTo(y >= model.midline());
            boolean nearX = Math.abs(x - model.midline()) <= model.borderlineBand();
            boolean nearY = Math.abs(y - model.midline()) <= model.borderlineBand();
            assertThat(classification.borderline()).as("%d/%d", x, y).isEqualTo(nearX || nearY);
            assertThat(classification.neighbours())
                    .hasSize((nearX ? 1 : 0) + (nearY ? 1 : 0) + (nearX && nearY ? 1 : 0))
                    .doesNotHaveDuplicates()
                    .doesNotContain(classification.quadrant());
            assertThat(classification.drivers()).hasSize(Factor.values().length);
            assertThat(classification.modelVersion()).isEqualTo("1");
            assertThat(classifier.classify(answers)).isEqualTo(classification);
        }
    }

    private int benefit(int count, Improvement improvement, int work) {
        return classifier.classify(new Answers(1000, 300, 30, false, benefits(count), work, improvement)).benefit();
    }
}
