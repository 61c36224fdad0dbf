package com.hivecheck.importing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code hivecheck.importing}: how long computed reports and files awaiting a column mapping are kept,
 * and how much of each at most. Reports hold aggregates only; pending files are the upload itself, so they are kept
 * briefly. Every bound holds by construction: a report has at most {@code maxUnits} units (each with a curve of at
 * most 100 points), so {@code maxReports} reports take a bounded room in the database.
 *
 * @param reportTtl how long a report can be viewed and used to fill the questionnaire
 * @param maxReports how many reports are kept at most; the oldest go first
 * @param pendingTtl how long an uploaded file waits for its column mapping before it is deleted
 * @param maxPending how many files may wait at most; the oldest are deleted first
 * @param maxUnits how many units of a report keep figures of their own; the people of the smaller ones are counted
 *        together as "other units"
 * @param maxUnitsInAnswer how many units the API's answer lists, the largest first; the rest are counted only
 * @param maxPeople how many distinct people one file may name; 0 (the default) derives it from the Java heap, about
 *        200,000 at {@code -Xmx80m} and 1.3 million at {@code -Xmx256m} (see {@link #peopleLimit()})
 * @param concurrentImports how many files are read at the same time; the others wait their turn
 * @param importWait how long an upload waits for its turn before it is answered 503, try again later
 */
@ConfigurationProperties("hivecheck.importing")
record ImportingProperties(
        @DefaultValue("2h") Duration reportTtl,
        @DefaultValue("500") int maxReports,
        @DefaultValue("30m") Duration pendingTtl,
        @DefaultValue("20") int maxPending,
        @DefaultValue("2000") int maxUnits,
        @DefaultValue("200") int maxUnitsInAnswer,
        @DefaultValue("0") int maxPeople,
        @DefaultValue("1") int concurrentImports,
        @DefaultValue("30s") Duration importWait) {

    /** The heap left to the rest of the application when the people limit is derived from it. */
    private static final long HEAP_FOR_THE_REST = 48L << 20;
    /** The most heap one person of a file in reading takes, with the growing table and the figures at their peak. */
    private static final long BYTES_PER_PERSON = 160;
    private static final int MIN_DERIVED_PEOPLE = 10_000;

    ImportingProperties {
        if (maxReports < 1 || maxPending < 1 || maxUnits < 1 || maxUnitsInAnswer < 0 || maxPeople < 0
                || concurrentImports < 1 || importWait.isNegative()) {
            throw new IllegalArgumentException("hivecheck.importing bounds must be positive");
        }
    }

    /**
     * How many people one file may name: {@code maxPeople} when set, otherwise what the heap beyond the application's
     * own 48 MB holds for the files read at once, at 160 bytes a person, and never under 10,000.
     */
    int peopleLimit() {
        return maxPeople > 0 ? maxPeople : derivedPeopleLimit(Runtime.getRuntime().maxMemory(), concurrentImports);
    }

    static int derivedPeopleLimit(long maxHeap, int concurrentImports) {
        long people = (maxHeap - HEAP_FOR_THE_REST) / concurrentImports / BYTES_PER_PERSON;
        return (int) Math.max(MIN_DERIVED_PEOPLE, Math.min(Integer.MAX_VALUE - 8, people));
    }
}
