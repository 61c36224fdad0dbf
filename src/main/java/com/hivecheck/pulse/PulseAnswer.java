package com.hivecheck.pulse;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One employee's answer to a pulse. Nothing in it names or dates the person.
 *
 * @param benefits the benefits they have seen
 * @param improvement whether work got better since the network arrived
 * @param workRelatedShare roughly what share of what they see is about work, 0..100
 * @param comment an optional remark, at most {@value #MAX_COMMENT} characters, null when blank
 */
record PulseAnswer(Set<Benefit> benefits, Improvement improvement, int workRelatedShare, @Nullable String comment) {

    static final int MAX_COMMENT = 1000;

    PulseAnswer {
        Objects.requireNonNull(benefits, "benefits");
        Objects.requireNonNull(improvement, "improvement");
        if (workRelatedShare < 0 || workRelatedShare > 100) {
            throw new IllegalArgumentException("workRelatedShare must be 0..100: " + workRelatedShare);
        }
        if (comment != null && comment.isBlank()) {
            comment = null;
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new IllegalArgumentException("comment longer than " + MAX_COMMENT);
        }
        benefits = Collections.unmodifiableSet(benefits.isEmpty() ? EnumSet.noneOf(Benefit.class) : EnumSet.copyOf(benefits));
    }
}
