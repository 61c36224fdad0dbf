package com.hivecheck.importing.reading;

/**
 * How much of a file is kept while it is read, so that the memory one import takes has a bound that does not depend
 * on what the file holds.
 *
 * @param maxUnits how many units keep figures of their own; the people of the smaller ones are counted together
 * @param maxPeople how many distinct people a file may name; a file with more is refused, with a message that names
 *        the limit
 * @param maxWorkbookUnpacked how many bytes all the parts of an .xlsx workbook may unpack to; more is a zip bomb
 */
public record ReadingLimits(int maxUnits, int maxPeople, long maxWorkbookUnpacked) {

    /** What a workbook may unpack to unless told otherwise: twenty times the 50 MB upload limit. */
    public static final long DEFAULT_WORKBOOK_UNPACKED = 1L << 30;

    /** The heap one person of a file takes at most while it is read, as the people limit is derived. */
    static final long BYTES_PER_PERSON = 160;

    public ReadingLimits(int maxUnits, int maxPeople) {
        this(maxUnits, maxPeople, DEFAULT_WORKBOOK_UNPACKED);
    }

    /** Distinct units tracked per unit that keeps figures of its own, and at least this many in all. */
    private static final int TRACKED_UNITS_PER_UNIT = 5;
    private static final int MIN_TRACKED_UNITS = 10_000;

    public ReadingLimits {
        if (maxUnits < 1 || maxPeople < 1 || maxWorkbookUnpacked < 1) {
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

    /**
     * The heap a workbook's shared strings may take: half of what {@code maxPeople} people take, so that a workbook
     * and its people together stay within the heap the people limit was derived from (about 16 MB at
     * {@code -Xmx80m}).
     */
    long sharedStringsBudget() {
        return maxPeople * BYTES_PER_PERSON / 2;
    }

    /**
     * How many people fit beside a workbook's shared strings: {@code maxPeople} less those whose room the strings
     * take, at least 1.
     */
    int maxPeopleBeside(long sharedStringsHeap) {
        long room = (sharedStringsHeap + BYTES_PER_PERSON - 1) / BYTES_PER_PERSON;
        return (int) Math.max(1, maxPeople - room);
    }
}
