package com.hivecheck.pulse;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The network owner's own answers to questions 3 and 4, from one assessment of the pulse's network and unit.
 *
 * @param assessment the assessment's id, for a link to its result
 * @param createdAt when it was made
 */
public record OwnerAnswer(UUID assessment, Instant createdAt, Set<Benefit> benefits, Improvement improvement,
        int workRelatedShare) {
}
