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

    static final double REACH_WEIGHT = 0.5;
    static final double BREADTH_WEIGHT = 0.5;
    static final FactorScales SCALES = new FactorScales(Answers::creatorShare, 0.20, ModelVersion1::improvement, 1.0);

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
        return score(REACH_WEIGHT * SCALES.reach(answers) + BREADTH_WEIGHT * SCALES.breadth(answers));
    }

    @Override
    public int benefit(Set<Benefit> benefits, Improvement improvement, int workRelatedShare) {
        return SCALES.benefit(benefits, improvement, workRelatedShare);
    }

    @Override
    public List<Driver> drivers(Answers answers) {
        return SCALES.drivers(answers, REACH_WEIGHT, BREADTH_WEIGHT);
    }

    private static double improvement(Improvement improvement) {
        return clamp((improvement.value() - 1) / 4.0);
    }

    @Override
    public String toString() {
        return "scoring model 1";
    }
}
