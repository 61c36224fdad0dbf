package com.hivecheck.assessment;

import static com.hivecheck.system.Texts.blankToNull;

import org.jspecify.annotations.Nullable;

/**
 * What an assessment is about, and the respondent's own words; not scored.
 *
 * @param network the network or organisation, 1..120 characters
 * @param unit a department, subsidiary or region, or {@code null} for the whole network
 * @param example which problem the network helped solve, or {@code null}
 */
public record Context(String network, @Nullable String unit, @Nullable String example) {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_EXAMPLE_LENGTH = 2000;

    public Context {
        network = network.strip();
        unit = blankToNull(unit);
        example = blankToNull(example);
        if (network.isEmpty() || network.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("network must be 1.." + MAX_NAME_LENGTH + " characters");
        }
        if (unit != null && unit.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("unit must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (example != null && example.length() > MAX_EXAMPLE_LENGTH) {
            throw new IllegalArgumentException("example must be at most " + MAX_EXAMPLE_LENGTH + " characters");
        }
    }
}
