package com.hivecheck.scoring;

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

    static final FactorScales SCALES = new FactorScales(Answers::creatorsPerEmployee, 0.10,
            ModelVersion2::improvement, 0.80);

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
        return score(Math.sqrt(SCALES.reach(answers) * SCALES.breadth(answers)));
    }

    @Override
    public int benefit(Set<Benefit> benefits, Improvement improvement, int workRelatedShare) {
        return SCALES.benefit(benefits, improvement, workRelatedShare);
    }

    /** Reach and breadth carry no points of their own here: involvement is their geometric mean (weight 0). */
    @Override
    public List<Driver> drivers(Answers answers) {
        return SCALES.drivers(answers, 0, 0);
    }

    private static double improvement(Improvement improvement) {
        return switch (improvement) {
            case WORSE, NO_CHANGE -> 0;
            case SLIGHTLY_BETTER -> 1 / 3.0;
            case BETTER -> 2 / 3.0;
            case MUCH_BETTER -> 1;
        };
    }

    @Override
    public String toString() {
        return "scoring model 2";
    }
}
