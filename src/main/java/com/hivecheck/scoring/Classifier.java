package com.hivecheck.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a network on the quadrant chart. A pure function of the answers and the {@link ScoringModel}: every factor
 * is clamped to 0..1, weighted into two scores rounded to whole numbers 0..100, and the type follows from the scores,
 * with the midline counting as high.
 */
public final class Classifier {

    private final ScoringModel model;

    public Classifier(ScoringModel model) {
        this.model = model;
    }

    public ScoringModel model() {
        return model;
    }

    public Classification classify(Answers answers) {
        double reach = clamp(answers.activeShare() / model.reachTarget());
        double breadth = clamp(answers.creatorShare() / model.breadthTarget());
        if (answers.creatorsMostlyOfficial()) {
            breadth *= model.officialBreadthFactor();
        }
        double benefits = clamp(answers.benefits().size() / (double) Benefit.values().length);
        double improvement = clamp((answers.improvement().value() - 1) / 4.0);
        double focus = clamp(answers.workRelatedShare() / 100.0);

        List<Driver> drivers = List.of(
                driver(Factor.REACH, answers.activeShare(), model.reachTarget(), reach, model.reachWeight()),
                driver(Factor.BREADTH, answers.creatorShare(), model.breadthTarget(), breadth, model.breadthWeight()),
                driver(Factor.BENEFITS, answers.benefits().size(), Benefit.values().length, benefits,
                        model.benefitsWeight()),
                driver(Factor.IMPROVEMENT, answers.improvement().value(), Improvement.MUCH_BETTER.value(),
                        improvement, model.improvementWeight()),
                driver(Factor.FOCUS, answers.workRelatedShare() / 100.0, 1.0, focus, model.focusWeight()));

        int involvement = score(model.reachWeight() * reach + model.breadthWeight() * breadth);
        int benefit = score(model.benefitsWeight() * benefits + model.improvementWeight() * improvement
                + model.focusWeight() * focus);
        Quadrant quadrant = Quadrant.of(involvement >= model.midline(), benefit >= model.midline());
        return new Classification(involvement, benefit, quadrant, neighbours(involvement, benefit), drivers,
                answers.creatorsMostlyOfficial(), model.version());
    }

    /**
     * The types a point borders on: across each midline it lies within the borderline band of, plus the diagonal
     * type when it is near both. Empty when the point is clearly inside its quadrant.
     */
    public List<Quadrant> neighbours(int involvement, int benefit) {
        Quadrant quadrant = Quadrant.of(involvement >= model.midline(), benefit >= model.midline());
        boolean nearInvolvementMidline = Math.abs(involvement - model.midline()) <= model.borderlineBand();
        boolean nearBenefitMidline = Math.abs(benefit - model.midline()) <= model.borderlineBand();
        List<Quadrant> neighbours = new ArrayList<>(3);
        if (nearInvolvementMidline) {
            neighbours.add(quadrant.acrossInvolvement());
        }
        if (nearBenefitMidline) {
            neighbours.add(quadrant.acrossBenefit());
        }
        if (nearInvolvementMidline && nearBenefitMidline) {
            neighbours.add(quadrant.acrossInvolvement().acrossBenefit());
        }
        return neighbours;
    }

    private static Driver driver(Factor factor, double observed, double benchmark, double level, double weight) {
        return new Driver(factor, observed, benchmark, level, 100 * weight * level, 100 * weight);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** Rounds half up, ignoring binary floating-point noise so that 0.5 exactly yields 50. */
    private static int score(double fraction) {
        return (int) Math.round(Math.floor(fraction * 100 * 1e6 + 0.5) / 1e6);
    }
}
