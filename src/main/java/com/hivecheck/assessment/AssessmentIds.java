package com.hivecheck.assessment;

import java.util.Optional;
import java.util.UUID;

/** Parses the ids of result links, which anybody can type: anything that is not a UUID simply finds nothing. */
final class AssessmentIds {

    private AssessmentIds() {
    }

    static Optional<UUID> parse(String id) {
        if (id.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
