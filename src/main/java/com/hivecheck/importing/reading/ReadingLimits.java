package com.hivecheck.importing.reading;

/**
 * How much of a file is kept while it is read, so that the memory one import takes has a bound that does not depend
 * on what the file holds.
 *
 * @param maxUnits how many units keep figures of their own; the people of the smaller ones are counted together
 * @param maxPeople how many distinct people a file may name; a file with more is refused, with a message that names
 *        the limit
 */
public record ReadingLimits(int maxUnits, int maxPeople) {

    /** Distinct units tracked per unit that keeps figures of its own, and at least this many in all. */
    private static final int TRACKED_UNITS_PER_UNIT = 5;
    private static final int MIN_TRACKED_UNITS = 10_000;

    public ReadingLimits {
        if (maxUnits < 1 || maxPeople < 1) {
            throw new IllegalArgumentException("reading limits must be positive");
        }
    }

    /**
     * How many distinct unit names are told apart while reading. The people of units first seen after that many are
     * counted with the smaller units: their names are not kept, so a file with one unit per person cannot fill the
     * memory with names.
     */
    int maxTrackedUnits() {
        return (int) Math.min(Integer.MAX_VALUE - 1L,
                Math.max(MIN_TRACKED_UNITS, (long) maxUnits * TRACKED_UNITS_PER_UNIT));
    }
}
