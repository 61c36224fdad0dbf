package com.hivecheck.pulse;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import java.util.EnumSet;
import java.util.Set;

/**
 * The domain's rules for turning many answers into one (domain.md, "Employee pulse"), over counts rather than rows:
 * a benefit seen by at least half of the respondents counts as observed; improvement is the median answer, the lower
 * middle one when the count is even; the work-related share is the median, rounded half up, with its quartiles.
 */
final class PulseRules {

    private PulseRules() {
    }

    /** The benefits at least half of the respondents saw (a tie at exactly half counts), in questionnaire order. */
    static Set<Benefit> majority(long[] byBenefits) {
        long responses = 0;
        for (long count : byBenefits) {
            responses += count;
        }
        Set<Benefit> majority = EnumSet.noneOf(Benefit.class);
        if (responses == 0) {
            return majority;
        }
        for (Benefit benefit : Benefit.values()) {
            if (2 * PulseTally.saw(byBenefits, benefit) >= responses) {
                majority.add(benefit);
            }
        }
        return majority;
    }

    /** The median level: with an even count the lower of the two middle answers. */
    static Improvement medianImprovement(long[] byImprovement) {
        long responses = 0;
        for (long count : byImprovement) {
            responses += count;
        }
        if (responses == 0) {
            throw new IllegalArgumentException("no answers");
        }
        return Improvement.values()[valueAt(byImprovement, (responses - 1) / 2)];
    }

    /**
     * The {@code p}-quantile of the work-related shares, interpolated linearly between the two nearest answers in
     * sorted order (the common "inclusive" definition, so that {@code p = 0.5} is the usual median) and rounded half up.
     */
    static int shareQuantile(long[] byShare, double p) {
        long responses = 0;
        for (long count : byShare) {
            responses += count;
        }
        if (responses == 0) {
            throw new IllegalArgumentException("no answers");
        }
        double position = (responses - 1) * p;
        long below = (long) Math.floor(position);
        double fraction = position - below;
        int low = valueAt(byShare, below);
        int high = fraction == 0 ? low : valueAt(byShare, below + 1);
        return roundHalfUp(low + fraction * (high - low));
    }

    /** Rounds half up, ignoring binary noise so that 62.5 gives 63. */
    static int roundHalfUp(double value) {
        return (int) Math.floor(value + 0.5 + 1e-9);
    }

    /** The value (index) of the {@code rank}-th answer in sorted order, counting from 0. */
    private static int valueAt(long[] counts, long rank) {
        long seen = 0;
        for (int value = 0; value < counts.length; value++) {
            seen += counts[value];
            if (rank < seen) {
                return value;
            }
        }
        throw new IllegalArgumentException("rank " + rank + " beyond " + seen + " answers");
    }
}
