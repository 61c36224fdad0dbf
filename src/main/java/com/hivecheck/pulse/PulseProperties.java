package com.hivecheck.pulse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pulse's settings, under {@code hivecheck.pulse}.
 *
 * @param threshold the number of answers from which anything about them is shown to HR; never below
 *        {@value #LOWEST_THRESHOLD}, so that no answer can be singled out
 */
@ConfigurationProperties("hivecheck.pulse")
record PulseProperties(@DefaultValue("5") int threshold) {

    static final int LOWEST_THRESHOLD = 3;

    /** Comments are shown from this many answers, even with a lower threshold. */
    static final int COMMENT_THRESHOLD = 5;

    PulseProperties {
        if (threshold < LOWEST_THRESHOLD) {
            throw new IllegalArgumentException("hivecheck.pulse.threshold must be at least " + LOWEST_THRESHOLD
                    + ", not " + threshold + ": fewer answers could be singled out");
        }
    }

    int commentThreshold() {
        return Math.max(threshold, COMMENT_THRESHOLD);
    }
}
