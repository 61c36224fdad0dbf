package com.hivecheck.pulse;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A pulse's answers to questions 3 and 4, for an assessment filled from it: the benefits at least half of the
 * respondents saw, the median improvement and the median work-related share. Only given once the pulse has reached its
 * threshold.
 *
 * @param pulse the pulse's id
 * @param network the network it asked about
 * @param unit the unit it asked, or null for the whole network
 * @param responses how many had answered
 */
public record PulseOutcome(UUID pulse, String network, @Nullable String unit, long responses, Set<Benefit> benefits,
        Improvement improvement, int workRelatedShare) {

    public PulseOutcome {
        benefits = Collections.unmodifiableSet(benefits.isEmpty() ? EnumSet.noneOf(Benefit.class) : EnumSet.copyOf(benefits));
    }
}
