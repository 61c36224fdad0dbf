package com.hivecheck.scoring;

import static com.hivecheck.scoring.Fractions.clamp;

import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How a model version turns each of the five factors into a fraction 0..1, and the benefit score both versions weigh
 * alike: benefits 0.4 (full when all are seen), improvement 0.4 and the share of posts about work 0.2. Reach is full
 * at 60% monthly active users; breadth is full at its target and halved when the creators are mostly official.
 *
 * @param creators the creators measure breadth is read from (per active user, or per employee)
 * @param breadthTarget the value of {@code creators} at which breadth is full
 * @param improvement what each answer to "did work get better" is worth, 0..1
 * @param focusTarget the share of posts about work, 0..1, from which it counts in full
 */
record FactorScales(ToDoubleFunction<Answers> creators, double breadthTarget,
        ToDoubleFunction<Improvement> improvement, double focusTarget) {

    static final double REACH_TARGET = 0.60;
    static final double OFFICIAL_BREADTH_FACTOR = 0.5;
    static final double BENEFITS_WEIGHT = 0.4;
    static final double IMPROVEMENT_WEIGHT = 0.4;
    static final double FOCUS_WEIGHT = 0.2;

    double reach(Answers answers) {
        return clamp(answers.activeShare() / REACH_TARGET);
    }

    double breadth(Answers answers) {
        double breadth = clamp(creators.applyAsDouble(answers) / breadthTarget);
        return answers.creatorsMostlyOfficial() ? breadth * OFFICIAL_BREADTH_FACTOR : breadth;
    }

    /** The benefit score, 0..100; {@code workRelatedShare} must be 0..100. */
    int benefit(Set<Benefit> benefits, Improvement improvement, int workRelatedShare) {
        Fractions.requireShare(workRelatedShare);
        return Fractions.score(BENEFITS_WEIGHT * benefits(benefits.size())
                + IMPROVEMENT_WEIGHT * this.improvement.applyAsDouble(improvement)
                + FOCUS_WEIGHT * focus(workRelatedShare));
    }

    /**
     * The five factors behind the two scores, in {@link Factor} order.
     *
     * @param reachWeight the share of the involvement score reach carries (0 when it carries no points of its own)
     * @param breadthWeight likewise for breadth
     */
    List<Driver> drivers(Answers answers, double reachWeight, double breadthWeight) {
        return List.of(
                new Driver(Factor.REACH, answers.activeShare(), REACH_TARGET, reach(answers), reachWeight),
                new Driver(Factor.BREADTH, creators.applyAsDouble(answers), breadthTarget, breadth(answers),
                        breadthWeight),
                new Driver(Factor.BENEFITS, answers.benefits().size(), Benefit.values().length,
                        benefits(answers.benefits().size()), BENEFITS_WEIGHT),
                new Driver(Factor.IMPROVEMENT, answers.improvement().value(), Improvement.MUCH_BETTER.value(),
                        improvement.applyAsDouble(answers.improvement()), IMPROVEMENT_WEIGHT),
                new Driver(Factor.FOCUS, answers.workRelatedShare() / 100.0, focusTarget,
                        focus(answers.workRelatedShare()), FOCUS_WEIGHT));
    }

    private static double benefits(int count) {
        return clamp(count / (double) Benefit.values().length);
    }

    private double focus(int workRelatedShare) {
        return clamp(workRelatedShare / 100.0 / focusTarget);
    }
}
