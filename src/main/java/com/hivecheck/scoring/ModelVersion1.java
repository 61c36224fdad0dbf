package com.hivecheck.scoring;

import static com.hivecheck.scoring.Fractions.clamp;
import static com.hivecheck.scoring.Fractions.score;

import java.util.List;
import java.util.Set;

/**
 * Reference model version 1, kept to explain the assessments it scored. Involvement is the mean of reach (full at 60%
 * monthly active) and breadth (full when the main creators are 20% of the active users, halved when official);
 * benefit weighs the benefits 0.4, improvement 0.4 (worse 0 to much better 1 in steps of 1/4) and work talk 0.2.
 */
final class ModelVersion1 implements ScoringModel {

    static final double REACH_TARGET = 0.60;
    static final double BREADTH_TARGET = 0.20;
    static final double OFFICIAL_BREADTH_FACTOR = 0.5;
    static final double REACH_WEIGHT = 0.5;
    static final double BREADTH_WEIGHT = 0.5;
    static final double BENEFITS_WEIGHT = 0.4;
    static final double IMPROVEMENT_WEIGHT = 0.4;
    static final double FOCUS_WEIGHT = 0.2;

    @Override
    public String version() {
        return "1";
    }

    @Override
    public boolean monotone() {
        return false;
    }

    @Override
    public int involvement(Answers answers) {
        return score(REACH_WEIGHT * reach(answers) + BREADTH_WEIGHT * breadth(answers));
    }

    @Override
    public int benefit(Set<Benefit> benefits, Improvement improvement, int workRelatedShare) {
        Fractions.requireShare(workRelatedShare);
        return score(BENEFITS_WEIGHT * benefits(benefits.size()) + IMPROVEMENT_WEIGHT * improvement(improvement)
                + FOCUS_WEIGHT * focus(workRelatedShare));
    }

    @Override
    public List<Driver> drivers(Answers answers) {
        return List.of(
                new Driver(Factor.REACH, answers.activeShare(), REACH_TARGET, reach(answers), REACH_WEIGHT),
                new Driver(Factor.BREADTH, answers.creatorShare(), BREADTH_TARGET, breadth(answers), BREADTH_WEIGHT),
                new Driver(Factor.BENEFITS, answers.benefits().size(), Benefit.values().length,
                        benefits(answers.benefits().size()), BENEFITS_WEIGHT),
                new Driver(Factor.IMPROVEMENT, answers.improvement().value(), Improvement.MUCH_BETTER.value(),
                        improvement(answers.improvement()), IMPROVEMENT_WEIGHT),
                new Driver(Factor.FOCUS, answers.workRelatedShare() / 100.0, 1.0,
                        focus(answers.workRelatedShare()), FOCUS_WEIGHT));
    }

    private static double reach(Answers answers) {
        return clamp(answers.activeShare() / REACH_TARGET);
    }

    private static double breadth(Answers answers) {
        double breadth = clamp(answers.creatorShare() / BREADTH_TARGET);
        return answers.creatorsMostlyOfficial() ? breadth * OFFICIAL_BREADTH_FACTOR : breadth;
    }

    private static double benefits(int count) {
        return clamp(count / (double) Benefit.values().length);
    }

    private static double improvement(Improvement improvement) {
        return clamp((improvement.value() - 1) / 4.0);
    }

    private static double focus(int workRelatedShare) {
        return clamp(workRelatedShare / 100.0);
    }

    @Override
    public String toString() {
        return "scoring model 1";
    }
}
