package com.hivecheck.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;

/**
 * Finds the levers of a classification: for each axis below the midline and each answer that feeds it, the smallest
 * single change of that answer, within its valid range, that brings the axis to the midline. Relies on the model being
 * monotone, so that the smallest crossing value is found by bisection.
 */
final class Levers {

    private Levers() {
    }

    static List<Lever> of(ScoringModel model, Answers answers, int involvement, int benefit) {
        int midline = model.midline();
        List<Lever> levers = new ArrayList<>();
        if (involvement < midline) {
            Quadrant target = model.quadrant(midline, benefit);
            ToIntFunction<Answers> axis = model::involvement;
            smallest(answers.monthlyActiveUsers(), answers.employees(), answers::withMonthlyActiveUsers, axis, midline)
                    .ifPresent(to -> levers.add(new Lever(Axis.INVOLVEMENT, Lever.Answer.MONTHLY_ACTIVE_USERS,
                            answers.monthlyActiveUsers(), to, target)));
            smallest(answers.contentCreators(), answers.monthlyActiveUsers(), answers::withContentCreators, axis,
                    midline).ifPresent(to -> levers.add(new Lever(Axis.INVOLVEMENT, Lever.Answer.CONTENT_CREATORS,
                            answers.contentCreators(), to, target)));
            if (answers.creatorsMostlyOfficial()
                    && model.involvement(answers.withCreatorsMostlyOfficial(false)) >= midline) {
                levers.add(new Lever(Axis.INVOLVEMENT, Lever.Answer.CREATORS_MOSTLY_OFFICIAL, 1, 0, target));
            }
        }
        if (benefit < midline) {
            Quadrant target = model.quadrant(involvement, midline);
            Set<Benefit> observed = answers.benefits();
            ToIntFunction<Answers> axis = model::benefit;
            smallest(observed.size(), Benefit.values().length,
                    count -> model.benefit(firstBenefits(observed, count), answers.improvement(),
                            answers.workRelatedShare()) >= midline)
                    .ifPresent(to -> levers.add(new Lever(Axis.BENEFIT, Lever.Answer.BENEFITS, observed.size(), to,
                            target)));
            smallest(answers.improvement().value(), Improvement.MUCH_BETTER.value(),
                    value -> model.benefit(observed, Improvement.values()[value - 1], answers.workRelatedShare())
                            >= midline)
                    .ifPresent(to -> levers.add(new Lever(Axis.BENEFIT, Lever.Answer.IMPROVEMENT,
                            answers.improvement().value(), to, target)));
            smallest(answers.workRelatedShare(), 100, answers::withWorkRelatedShare, axis, midline)
                    .ifPresent(to -> levers.add(new Lever(Axis.BENEFIT, Lever.Answer.WORK_RELATED_SHARE,
                            answers.workRelatedShare(), to, target)));
        }
        levers.sort(Comparator.comparingDouble(Lever::relativeChange)
                .thenComparing(lever -> lever.answer().ordinal()));
        return levers;
    }

    private static Optional<Integer> smallest(int from, int max, IntFunction<Answers> changed,
            ToIntFunction<Answers> axis, int midline) {
        return smallest(from, max, value -> axis.applyAsInt(changed.apply(value)) >= midline);
    }

    /** The smallest value in (from, max] that crosses, given that crossing is monotone in the value. */
    private static Optional<Integer> smallest(int from, int max, IntPredicate crosses) {
        if (from >= max || !crosses.test(max)) {
            return Optional.empty();
        }
        int low = from; // does not cross, or is the current answer
        int high = max; // crosses
        while (high - low > 1) {
            int middle = low + (high - low) / 2;
            if (crosses.test(middle)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return Optional.of(high);
    }

    /** The observed benefits plus the first unobserved ones, in declaration order, up to {@code count} in all. */
    private static Set<Benefit> firstBenefits(Set<Benefit> observed, int count) {
        EnumSet<Benefit> benefits = observed.isEmpty() ? EnumSet.noneOf(Benefit.class) : EnumSet.copyOf(observed);
        for (Benefit benefit : Benefit.values()) {
            if (benefits.size() >= count) {
                break;
            }
            benefits.add(benefit);
        }
        return benefits;
    }
}
