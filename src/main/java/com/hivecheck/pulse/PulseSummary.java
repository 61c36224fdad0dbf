package com.hivecheck.pulse;

import org.jspecify.annotations.Nullable;

/**
 * The state of a pulse's answers as HR may see it: the count and the response rate always, the findings only from the
 * threshold on.
 *
 * @param responses how many answered (a changed answer counts once)
 * @param headcount the people the pulse was opened for
 * @param threshold the number of answers from which findings are shown
 * @param findings what the answers say together; null below the threshold
 */
public record PulseSummary(long responses, int headcount, int threshold, @Nullable PulseFindings findings) {

    /** The summary of a tally: findings only when at least {@code threshold} people answered. */
    static PulseSummary of(PulseTally tally, int headcount, int threshold, BenefitAxis axis) {
        long responses = tally.responses();
        return new PulseSummary(responses, headcount, threshold,
                responses >= threshold ? PulseFindings.of(tally, axis) : null);
    }

    /** responses / headcount; may exceed 1 when more people answered than the headcount HR gave. */
    public double responseRate() {
        return (double) responses / headcount;
    }

    /** How many more answers are needed before anything about them is shown; 0 from the threshold on. */
    public long missing() {
        return Math.max(0, threshold - responses);
    }
}
