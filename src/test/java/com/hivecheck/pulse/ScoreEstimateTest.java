package com.hivecheck.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScoreEstimateTest {

    @Test
    void aMultinomialDrawKeepsTheNumberOfRespondentsAndOnlyDrawsSeenCategories() {
        SplittableRandom random = new SplittableRandom(1);
        long[] counts = {0, 5, 0, 3, 2};
        for (int i = 0; i < 200; i++) {
            long[] drawn = ScoreEstimate.multinomial(random, 10, counts);
            assertThat(drawn[0] + drawn[1] + drawn[2] + drawn[3] + drawn[4]).isEqualTo(10);
            assertThat(drawn[0]).isZero();
            assertThat(drawn[2]).isZero();
        }
    }

    @Test
    void binomialDrawsHaveTheRightMeanForSmallAndLargeCounts() {
        SplittableRandom random = new SplittableRandom(2);
        assertThat(mean(random, 10, 0.3)).isCloseTo(3.0, within(0.1));
        assertThat(mean(random, 100_000, 0.4)).isCloseTo(40_000, within(40.0));
        assertThat(mean(random, 100_000, 0.9999)).isCloseTo(99_990, within(1.0));
    }

    private static double mean(SplittableRandom random, long n, double p) {
        double sum = 0;
        for (int i = 0; i < 20_000; i++) {
            long value = ScoreEstimate.binomial(random, n, p);
            assertThat(value).isBetween(0L, n);
            sum += value;
        }
        return sum / 20_000;
    }
}
