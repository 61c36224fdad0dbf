package com.hivecheck.pulse;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What HR gives when opening a pulse.
 *
 * @param network the network (or organisation) asked about, at most 120 characters
 * @param unit the department, subsidiary or region asked, or null for the whole network
 * @param headcount how many people the pulse is for, 1..10,000,000
 * @param closesOn the last day answers are taken, or null to keep it open until HR closes it
 */
record PulseSetup(String network, @Nullable String unit, int headcount, @Nullable LocalDate closesOn) {

    static final int MAX_NAME = 120;
    static final int MAX_HEADCOUNT = 10_000_000;

    PulseSetup {
        if (network.isBlank() || network.length() > MAX_NAME) {
            throw new IllegalArgumentException("network must be 1.." + MAX_NAME + " characters");
        }
        if (unit != null && unit.isBlank()) {
            unit = null;
        }
        if (unit != null && unit.length() > MAX_NAME) {
            throw new IllegalArgumentException("unit longer than " + MAX_NAME);
        }
        if (headcount < 1 || headcount > MAX_HEADCOUNT) {
            throw new IllegalArgumentException("headcount must be 1.." + MAX_HEADCOUNT);
        }
    }
}
