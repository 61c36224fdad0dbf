package com.hivecheck.pulse;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pulse's settings, under {@code hivecheck.pulse}.
 *
 * @param threshold the number of answers from which anything about them is shown to HR; never below
 *        {@value #LOWEST_THRESHOLD}, so that no answer can be singled out
 * @param summaryTtl how long a pulse's counted answers are reused for HR's results: an answer taken by this node
 *        recounts them at once; one taken by another node of a cluster shows within this time. 0 counts every time
 * @param summaries how many pulses' counted answers are kept at most, the least recently read going first
 */
@ConfigurationProperties("hivecheck.pulse")
record PulseProperties(@DefaultValue("5") int threshold, @DefaultValue("10s") Duration summaryTtl,
        @DefaultValue("256") int summaries) {

    static final int LOWEST_THRESHOLD = 3;

    /** Comments are shown from this many answers, even with a lower threshold. */
    static final int COMMENT_THRESHOLD = 5;

    PulseProperties {
        if (threshold < LOWEST_THRESHOLD) {
            throw new IllegalArgumentException("hivecheck.pulse.threshold must be at least " + LOWEST_THRESHOLD
                    + ", not " + threshold + ": fewer answers could be singled out");
        }
        if (summaryTtl.isNegative() || summaries < 0) {
            throw new IllegalArgumentException("hivecheck.pulse.summary-ttl and .summaries must not be negative");
        }
    }

    int commentThreshold() {
        return Math.max(threshold, COMMENT_THRESHOLD);
    }
}
