package com.hivecheck.importing.reading;

import com.hivecheck.importing.GroupFigures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The running totals while a file is read: per person only the sum of their counts, their newest activity date (in
 * both readings of a date whose day and month order is not known yet) and their unit, keyed by their id. Memory grows
 * with the number of people, not with the rows or bytes. Rows for the same person add up; a person belongs to the unit
 * of their first row. Ids are compared without case, as e-mail addresses are.
 */
final class ActivityTally {

    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Integer> unitIndexes = new HashMap<>();
    private final List<String> units = new ArrayList<>();
    private final boolean hasUnits;
    private int anonymous;

    ActivityTally(boolean hasUnits) {
        this.hasUnits = hasUnits;
    }

    /**
     * Adds one row.
     *
     * @param person the person's id, not blank; {@code null} for a row that is a person of its own with no id
     *        (Microsoft 365's {@code (Unknown)} rows)
     * @param unit the unit as written, blank for none; ignored without a unit column
     * @param lastActivity the last activity in both readings, or {@link ActivityDates.Day#BLANK}
     * @param contributions the sum of the row's counts, not negative
     */
    void add(String person, String unit, ActivityDates.Day lastActivity, long contributions) {
        String key = person.toLowerCase(Locale.ROOT);
        Person tally = people.get(key);
        if (tally == null) {
            tally = new Person(hasUnits ? unitIndex(unit) : 0);
            people.put(key, tally);
        }
        tally.add(lastActivity, contributions);
    }

    /** Adds a row that stands for a person of its own although it carries no usable id. */
    void addAnonymous(String unit, ActivityDates.Day lastActivity, long contributions) {
        add("\u0000" + anonymous++, unit, lastActivity, contributions);
    }

    int size() {
        return people.size();
    }

    /** The newest last activity in the file under the given date order, or {@link ActivityDates#NEVER}. */
    int newest(DateOrder order) {
        int newest = ActivityDates.NEVER;
        for (Person person : people.values()) {
            newest = Math.max(newest, person.last(order));
        }
        return newest;
    }

    /** The oldest last activity in the file under the given date order, or {@link ActivityDates#NEVER}. */
    int oldest(DateOrder order) {
        int oldest = Integer.MAX_VALUE;
        for (Person person : people.values()) {
            int last = person.last(order);
            if (last != ActivityDates.NEVER) {
                oldest = Math.min(oldest, last);
            }
        }
        return oldest == Integer.MAX_VALUE ? ActivityDates.NEVER : oldest;
    }

    /**
     * The figures of the window that starts on {@code firstDay}: a person is active when their last activity is on or
     * after it. The largest {@code maxUnits} units keep their own figures; the people of the others are counted
     * together.
     *
     * @return the network first, then the units, the largest first, the people without a unit and the other units last
     */
    Figures figures(DateOrder order, long firstDay, long lastDay, int maxUnits) {
        Group network = new Group(GroupFigures.Kind.NETWORK, null);
        Group[] groups = unitGroups(maxUnits);
        int later = 0;
        for (Person person : people.values()) {
            int last = person.last(order);
            boolean active = last != ActivityDates.NEVER && last >= firstDay;
            if (active && last > lastDay) {
                later++;
            }
            network.add(active, person.contributions);
            if (hasUnits) {
                groups[person.unit].add(active, person.contributions);
            }
        }
        List<GroupFigures> unitFigures = Arrays.stream(groups).distinct().map(Group::figures)
                .sorted(Comparator.comparing((GroupFigures figures) -> !figures.assessable())
                        .thenComparing(GroupFigures::otherUnits)
                        .thenComparing(Comparator.comparingInt(GroupFigures::employees).reversed())
                        .thenComparing(figures -> figures.unit() == null ? "" : figures.unit()))
                .toList();
        return new Figures(network.figures(), unitFigures, later);
    }

    /** The group of each unit index: its own for the largest units and the blank unit, one shared for the rest. */
    private Group[] unitGroups(int maxUnits) {
        if (!hasUnits) {
            return new Group[0];
        }
        int[] sizes = new int[units.size()];
        for (Person person : people.values()) {
            sizes[person.unit]++;
        }
        Integer[] bySize = new Integer[units.size()];
        for (int i = 0; i < bySize.length; i++) {
            bySize[i] = i;
        }
        Arrays.sort(bySize, Comparator.comparingInt((Integer i) -> -sizes[i]).thenComparing(units::get));
        Group[] groups = new Group[units.size()];
        Group other = new Group(GroupFigures.Kind.OTHER_UNITS, null);
        int kept = 0;
        for (int index : bySize) {
            String unit = units.get(index);
            if (unit.isEmpty()) {
                groups[index] = new Group(GroupFigures.Kind.WITHOUT_UNIT, unit);
            } else if (kept < maxUnits) {
                groups[index] = new Group(GroupFigures.Kind.UNIT, unit);
                kept++;
            } else {
                groups[index] = other;
            }
        }
        return groups;
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

    /**
     * The figures of a window.
     *
     * @param network the whole network
     * @param units the units, the largest first; empty without a unit column
     * @param laterThanReference active people whose last activity is after the window's last day
     */
    record Figures(GroupFigures network, List<GroupFigures> units, int laterThanReference) {
    }

    /** One person's running totals. */
    private static final class Person {

        final int unit;
        long contributions;
        int lastMonthFirst = ActivityDates.NEVER;
        int lastDayFirst = ActivityDates.NEVER;

        Person(int unit) {
            this.unit = unit;
        }

        void add(ActivityDates.Day day, long count) {
            contributions += count;
            lastMonthFirst = Math.max(lastMonthFirst, day.monthFirst());
            lastDayFirst = Math.max(lastDayFirst, day.dayFirst());
        }

        int last(DateOrder order) {
            return order == DateOrder.DAY_FIRST ? lastDayFirst : lastMonthFirst;
        }
    }

    /** The running figures of one group of people while the report is made. */
    private static final class Group {

        private final GroupFigures.Kind kind;
        private final @Nullable String unit;
        private int employees;
        private long[] active = new long[16];
        private int activeCount;
        private int ignoredPeople;
        private long ignoredContributions;

        Group(GroupFigures.Kind kind, @Nullable String unit) {
            this.kind = kind;
            this.unit = unit;
        }

        void add(boolean isActive, long contributions) {
            employees++;
            if (isActive) {
                if (activeCount == active.length) {
                    active = Arrays.copyOf(active, active.length * 2);
                }
                active[activeCount++] = contributions;
            } else if (contributions > 0) {
                ignoredPeople++;
                ignoredContributions += contributions;
            }
        }

        GroupFigures figures() {
            long[] descending = Arrays.copyOf(active, activeCount);
            Arrays.sort(descending);
            for (int i = 0, j = descending.length - 1; i < j; i++, j--) {
                long swap = descending[i];
                descending[i] = descending[j];
                descending[j] = swap;
            }
            return GroupFigures.of(kind, unit, employees, descending, ignoredPeople, ignoredContributions);
        }
    }
}
