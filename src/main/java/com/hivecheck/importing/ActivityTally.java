package com.hivecheck.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The running totals while a file is read: per person only the sum of their counts, their newest activity date and
 * their unit, keyed by their id. Memory grows with the number of people, not with the rows or bytes. Rows for the
 * same person add up; a person belongs to the unit of their first row. Ids are compared without case, as e-mail
 * addresses are.
 */
final class ActivityTally {

    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Integer> unitIndexes = new HashMap<>();
    private final List<String> units = new ArrayList<>();
    private final boolean hasUnits;

    ActivityTally(boolean hasUnits) {
        this.hasUnits = hasUnits;
    }

    /**
     * Adds one row.
     *
     * @param person the person's id, not blank
     * @param unit the unit as written, blank for none; ignored without a unit column
     * @param lastActivity the epoch day of the last activity, or {@link ActivityDates#NEVER}
     * @param contributions the sum of the row's counts, not negative
     */
    void add(String person, String unit, int lastActivity, long contributions) {
        String key = person.toLowerCase(Locale.ROOT);
        Person tally = people.get(key);
        if (tally == null) {
            tally = new Person(hasUnits ? unitIndex(unit) : 0);
            people.put(key, tally);
        }
        tally.contributions += contributions;
        tally.lastActivity = Math.max(tally.lastActivity, lastActivity);
    }

    int size() {
        return people.size();
    }

    /**
     * The figures for a window of {@code windowDays} days ending on the reference date. A person is active when their
     * last activity is on or after the window's first day; a date after the reference date counts as active too.
     *
     * @param chosen the reference date the user chose, or {@code null} for the newest date in the file
     * @param today the reference date when none was chosen and no row has a date
     */
    ActivityReport report(ExportFormat format, ActivityReport.UsedColumns columns, TextEncoding encoding,
            char delimiter, long rows, @Nullable LocalDate chosen, int windowDays, LocalDate today) {
        int oldest = Integer.MAX_VALUE;
        int newest = ActivityDates.NEVER;
        for (Person person : people.values()) {
            if (person.lastActivity != ActivityDates.NEVER) {
                oldest = Math.min(oldest, person.lastActivity);
                newest = Math.max(newest, person.lastActivity);
            }
        }
        ActivityReport.ReferenceChoice choice = chosen != null ? ActivityReport.ReferenceChoice.CHOSEN
                : newest != ActivityDates.NEVER ? ActivityReport.ReferenceChoice.NEWEST_IN_FILE
                : ActivityReport.ReferenceChoice.TODAY;
        LocalDate reference = switch (choice) {
            case CHOSEN -> chosen;
            case NEWEST_IN_FILE -> LocalDate.ofEpochDay(newest);
            case TODAY -> today;
        };
        long firstDay = reference.toEpochDay() - (windowDays - 1L);
        long lastDay = reference.toEpochDay();

        int groups = hasUnits ? units.size() : 0;
        int[] employees = new int[groups];
        int[] active = new int[groups];
        int[] ignoredPeople = new int[groups + 1];
        long[] ignored = new long[groups + 1];
        int activeTotal = 0;
        int later = 0;
        for (Person person : people.values()) {
            boolean isActive = person.lastActivity != ActivityDates.NEVER && person.lastActivity >= firstDay;
            if (hasUnits) {
                employees[person.unit]++;
            }
            if (isActive) {
                activeTotal++;
                if (hasUnits) {
                    active[person.unit]++;
                }
                if (person.lastActivity > lastDay) {
                    later++;
                }
            } else if (person.contributions > 0) {
                ignoredPeople[groups]++;
                ignored[groups] += person.contributions;
                if (hasUnits) {
                    ignoredPeople[person.unit]++;
                    ignored[person.unit] += person.contributions;
                }
            }
        }
        long[] networkContributions = new long[activeTotal];
        long[][] unitContributions = new long[groups][];
        for (int g = 0; g < groups; g++) {
            unitContributions[g] = new long[active[g]];
        }
        int[] filled = new int[groups];
        int n = 0;
        for (Person person : people.values()) {
            if (person.lastActivity != ActivityDates.NEVER && person.lastActivity >= firstDay) {
                networkContributions[n++] = person.contributions;
                if (hasUnits) {
                    unitContributions[person.unit][filled[person.unit]++] = person.contributions;
                }
            }
        }
        GroupFigures network = GroupFigures.of(null, people.size(), descending(networkContributions),
                ignoredPeople[groups], ignored[groups]);
        List<GroupFigures> unitFigures = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            unitFigures.add(GroupFigures.of(units.get(g), employees[g], descending(unitContributions[g]),
                    ignoredPeople[g], ignored[g]));
        }
        unitFigures.sort(Comparator.comparing(GroupFigures::withoutUnit)
                .thenComparing(Comparator.comparingInt(GroupFigures::employees).reversed())
                .thenComparing(figures -> figures.unit() == null ? "" : figures.unit()));
        return new ActivityReport(format, columns, encoding, delimiter, rows, reference, choice, windowDays,
                newest == ActivityDates.NEVER ? null : LocalDate.ofEpochDay(oldest),
                newest == ActivityDates.NEVER ? null : LocalDate.ofEpochDay(newest), later, network, unitFigures);
    }

    private int unitIndex(String unit) {
        Integer index = unitIndexes.get(unit);
        if (index == null) {
            index = units.size();
            units.add(unit);
            unitIndexes.put(unit, index);
        }
        return index;
    }

    private static long[] descending(long[] values) {
        Arrays.sort(values);
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            long swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    /** One person's running totals. */
    private static final class Person {

        final int unit;
        long contributions;
        int lastActivity = ActivityDates.NEVER;

        Person(int unit) {
            this.unit = unit;
        }
    }
}
