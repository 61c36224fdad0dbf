package com.hivecheck.scoring;

import static com.hivecheck.scoring.Fractions.clamp;
import static com.hivecheck.scoring.Fractions.score;

import java.util.List;
import java.util.Set;

/**
 * Reference model version 2, the default. Involvement is the geometric mean of reach (full at 60% monthly active) and
 * breadth (full when the main creators are 10% of all employees, halved when official), so that many readers with a
 * handful of writers stay low. Benefit weighs the benefits 0.4, improvement 0.4 (worse and no change 0, then 1/3, 2/3
 * and 1) and work talk 0.2, full at 80%.
 */
final class ModelVersion2 implements ScoringModel {

    static final double REACH_TARGET = 0.60;
    static final double BREADTH_TARGET = 0.10;
    static final double OFFICIAL_BREADTH_FACTOR = 0.5;
    static final double BENEFITS_WEIGHT = 0.4;
    static final double IMPROVEMENT_WEIGHT = 0.4;
    static final double FOCUS_WEIGHT = 0.2;
    static final double FOCUS_TARGET = 0.80;

    @Override
    public String version() {
        return "2";
    }

    @Override
    public boolean monotone() {
        return true;
    }

    @Override
    public int involvement(Answers answers) {
        return score(Math.sqrt(reach(answers) * breadth(answers)));
    }

    @Override
    public int benefit(Set<Benefit> benefits, Improvement improvement, int workRelatedShare) {
        Fractions.requireShare(workRelatedShare);
        return score(BENEFITS_WEIGHT * benefits(benefits.size()) + IMPROVEMENT_WEIGHT * improvement(improvement)
                + FOCUS_WEIGHT * focus(workRelatedShare));
    }

    /** Reach and breadth carry no points of their own here: involvement is their geometric mean (weight 0). */
    @Override
    public List<Driver> drivers(Answers answers) {
        return List.of(
                new Driver(Factor.REACH, answers.activeShare(), REACH_TARGET, reach(answers), 0),
                new Driver(Factor.BREADTH, answers.creatorsPerEmployee(), BREADTH_TARGET, breadth(answers), 0),
                new Driver(Factor.BENEFITS, answers.benefits().size(), Benefit.values().length,
                        benefits(answers.benefits().size()), BENEFITS_WEIGHT),
                new Driver(Factor.IMPROVEMENT, answers.improvement().value(), Improvement.MUCH_BETTER.value(),
                        improvement(answers.improvement()), IMPROVEMENT_WEIGHT),
                new Driver(Factor.FOCUS, answers.workRelatedShare() / 100.0, FOCUS_TARGET,
                        focus(answers.workRelatedShare()), FOCUS_WEIGHT));
    }

    private static double reach(Answers answers) {
        return clamp(answers.activeShare() / REACH_TARGET);
    }

    private static double breadth(Answers answers) {
        double breadth = clamp(answers.creatorsPerEmployee() / BREADTH_TARGET);
        return answers.creatorsMostlyOfficial() ? breadth * OFFICIAL_BREADTH_FACTOR : breadth;
    }

    private static double benefits(int count) {
        return clamp(count / (double) Benefit.values().length);
    }

    private static double improvement(Improvement improvement) {
        return switch (improvement) {
            case WORSE, NO_CHANGE -> 0;
            case SLIGHTLY_BETTER -> 1 / 3.0;
            case BETTER -> 2 / 3.0;
            case MUCH_BETTER -> 1;
        };
    }

    private static double focus(int workRelatedShare) {
        return clamp(workRelatedShare / 100.0 / FOCUS_TARGET);
    }

    @Override
    public String toString() {
        return "scoring model 2";
    }
}
