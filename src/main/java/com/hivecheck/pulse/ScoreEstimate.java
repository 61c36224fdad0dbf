package com.hivecheck.pulse;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The benefit score the employees' combined answers give, with a bootstrap 90% interval: the respondents are drawn
 * again with replacement many times, each draw combined by {@link PulseRules} and scored, and the interval runs from the
 * 5th to the 95th percentile of those scores.
 *
 * <p>A draw is made over the tally's three distributions, not over rows, so it costs the same for 5 or 100,000
 * answers: the counts of a draw are multinomial, sampled category by category as binomials. Each distribution is
 * redrawn on its own, which keeps every part of the score's sampling spread but not the (small) correlation between
 * a person's benefits, improvement and share. The seed is fixed, so the same answers always give the same interval.
 *
 * @param score the score of all answers combined, 0..100
 * @param low the 5th percentile of the redrawn scores
 * @param high the 95th percentile of the redrawn scores
 */
public record ScoreEstimate(int score, int low, int high) {

    static final int DRAWS = 1000;
    static final long SEED = 0x5EED_2013L;

    public ScoreEstimate {
        if (low > score || score > high) {
            throw new IllegalArgumentException("interval " + low + ".." + high + " must hold " + score);
        }
    }

    static ScoreEstimate of(PulseTally tally, BenefitAxis axis) {
        int score = score(tally.byBenefits(), tally.byImprovement(), tally.byShare(), axis);
        SplittableRandom random = new SplittableRandom(SEED);
        long n = tally.responses();
        long[] benefits = tally.byBenefits();
        long[] improvement = tally.byImprovement();
        long[] share = tally.byShare();
        int[] scores = new int[DRAWS];
        for (int draw = 0; draw < DRAWS; draw++) {
            scores[draw] = score(multinomial(random, n, benefits), multinomial(random, n, improvement),
                    multinomial(random, n, share), axis);
        }
        Arrays.sort(scores);
        int low = scores[(int) Math.floor(0.05 * (DRAWS - 1))];
        int high = scores[(int) Math.ceil(0.95 * (DRAWS - 1))];
        return new ScoreEstimate(score, Math.min(low, score), Math.max(high, score));
    }

    private static int score(long[] benefits, long[] improvement, long[] share, BenefitAxis axis) {
        return axis.score(PulseRules.majority(benefits),
                PulseRules.medianImprovement(improvement), PulseRules.shareQuantile(share, 0.5));
    }

    /** Counts of {@code n} draws with replacement from the categories, in proportion to {@code counts}. */
    static long[] multinomial(SplittableRandom random, long n, long[] counts) {
        long[] drawn = new long[counts.length];
        long remainingDraws = n;
        long remainingWeight = 0;
        for (long count : counts) {
            remainingWeight += count;
        }
        for (int i = 0; i < counts.length && remainingDraws > 0; i++) {
            if (counts[i] == 0) {
                continue;
            }
            long value = counts[i] == remainingWeight
                    ? remainingDraws
                    : binomial(random, remainingDraws, (double) counts[i] / remainingWeight);
            drawn[i] = value;
            remainingDraws -= value;
            remainingWeight -= counts[i];
        }
        return drawn;
    }

    /**
     * A binomial count: exact (waiting times, about {@code n p} steps) when few successes are expected, otherwise the
     * normal approximation, which is within a count or two of the true distribution there.
     */
    static long binomial(SplittableRandom random, long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - binomial(random, n, 1 - p);
        }
        double mean = n * p;
        if (mean < 30) {
            double limit = -Math.log1p(-p);
            double sum = 0;
            for (long successes = 0; successes < n; successes++) {
                sum += -Math.log(1 - random.nextDouble()) / (n - successes);
                if (sum > limit) {
                    return successes;
                }
            }
            return n;
        }
        double deviation = Math.sqrt(mean * (1 - p));
        long value = Math.round(mean + deviation * random.nextGaussian());
        return Math.max(0, Math.min(n, value));
    }
}
