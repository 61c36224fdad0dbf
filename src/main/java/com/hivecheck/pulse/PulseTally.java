package com.hivecheck.pulse;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The answers to one pulse as counts, never as rows: how many respondents ticked each combination of benefits (a bit
 * mask over {@link Benefit} ordinals, 256 combinations), chose each improvement level, and gave each work-related share
 * from 0 to 100. Everything the results need follows from these three small distributions.
 */
final class PulseTally {

    static final int COMBINATIONS = 1 << Benefit.values().length;
    static final int SHARES = 101;

    private final long[] byBenefits;
    private final long[] byImprovement;
    private final long[] byShare;
    private final long responses;

    PulseTally(long[] byBenefits, long[] byImprovement, long[] byShare) {
        if (byBenefits.length != COMBINATIONS || byImprovement.length != Improvement.values().length
                || byShare.length != SHARES) {
            throw new IllegalArgumentException("wrong distribution sizes");
        }
        this.byBenefits = byBenefits.clone();
        this.byImprovement = byImprovement.clone();
        this.byShare = byShare.clone();
        this.responses = sum(this.byBenefits);
        if (Arrays.stream(this.byBenefits).anyMatch(c -> c < 0) || Arrays.stream(this.byImprovement).anyMatch(c -> c < 0)
                || Arrays.stream(this.byShare).anyMatch(c -> c < 0)
                || sum(this.byImprovement) != responses || sum(this.byShare) != responses) {
            throw new IllegalArgumentException("the three distributions must count the same respondents");
        }
    }

    static PulseTally empty() {
        return new PulseTally(new long[COMBINATIONS], new long[Improvement.values().length], new long[SHARES]);
    }

    /** A tally of individual answers, for tests and small sets. */
    static PulseTally of(Iterable<PulseAnswer> answers) {
        long[] benefits = new long[COMBINATIONS];
        long[] improvement = new long[Improvement.values().length];
        long[] share = new long[SHARES];
        for (PulseAnswer answer : answers) {
            benefits[mask(answer.benefits())]++;
            improvement[answer.improvement().ordinal()]++;
            share[answer.workRelatedShare()]++;
        }
        return new PulseTally(benefits, improvement, share);
    }

    static int mask(Set<Benefit> benefits) {
        int mask = 0;
        for (Benefit benefit : benefits) {
            mask |= 1 << benefit.ordinal();
        }
        return mask;
    }

    static Set<Benefit> benefits(int mask) {
        Set<Benefit> benefits = EnumSet.noneOf(Benefit.class);
        for (Benefit benefit : Benefit.values()) {
            if ((mask & (1 << benefit.ordinal())) != 0) {
                benefits.add(benefit);
            }
        }
        return benefits;
    }

    long responses() {
        return responses;
    }

    /** Respondents per benefit combination, indexed by {@link #mask(Set)}. */
    long[] byBenefits() {
        return byBenefits.clone();
    }

    /** Respondents per improvement level, indexed by ordinal. */
    long[] byImprovement() {
        return byImprovement.clone();
    }

    /** Respondents per work-related share, indexed by the share 0..100. */
    long[] byShare() {
        return byShare.clone();
    }

    /** How many respondents ticked the benefit. */
    long saw(Benefit benefit) {
        return saw(byBenefits, benefit);
    }

    static long saw(long[] byBenefits, Benefit benefit) {
        long count = 0;
        int bit = 1 << benefit.ordinal();
        for (int mask = 0; mask < byBenefits.length; mask++) {
            if ((mask & bit) != 0) {
                count += byBenefits[mask];
            }
        }
        return count;
    }

    private static long sum(long[] counts) {
        long sum = 0;
        for (long count : counts) {
            sum += count;
        }
        return sum;
    }
}
