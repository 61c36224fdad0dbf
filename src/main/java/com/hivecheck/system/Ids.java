package com.hivecheck.system;

import java.util.Optional;
import java.util.UUID;

/** How the ids in links and API paths (assessments, pulses) are read. */
public final class Ids {

    private static final int CANONICAL_LENGTH = 36;

    private Ids() {
    }

    /**
     * The id a link names, or empty when the text is not a UUID in its canonical 36-character form: anybody can type a
     * link, so a malformed one is a page not found, never an error.
     */
    public static Optional<UUID> parse(String id) {
        if (id.length() != CANONICAL_LENGTH) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
