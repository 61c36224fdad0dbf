package com.hivecheck.importing.reading;

import com.hivecheck.importing.GroupFigures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The running totals while a file is read: per person only the sum of their counts, their newest activity date (in
 * both readings of a date whose day and month order is not known yet) and their unit. Rows for the same person add up;
 * a person belongs to the unit of their first row. Ids are compared without case, as e-mail addresses are.
 *
 * <p>Memory is bounded by construction, whatever the file holds: a person takes a fixed 28 bytes per slot of an
 * open-addressing table (no object and no copy of their id is kept: the id is known by a 64-bit hash, so two of a
 * million ids share one with a chance of about one in 30 million), at most {@link ReadingLimits#maxPeople()} people
 * are accepted, and at most {@link ReadingLimits#maxTrackedUnits()} unit names are kept.
 */
final class ActivityTally {

    /** The unit index of people whose unit was first seen after the tracked ones were full. */
    private static final int UNTRACKED = -1;
    private static final long EMPTY = 0;
    private static final int INITIAL_SLOTS = 1 << 10;

    private final boolean hasUnits;
    private final int maxPeople;
    private final int maxTrackedUnits;
    private final Map<String, Integer> unitIndexes = new HashMap<>();
    private final List<String> units = new ArrayList<>();
    private long[] keys = new long[INITIAL_SLOTS];
    private int[] unitOf = new int[INITIAL_SLOTS];
    private long[] contributions = new long[INITIAL_SLOTS];
    private int[] lastMonthFirst = new int[INITIAL_SLOTS];
    private int[] lastDayFirst = new int[INITIAL_SLOTS];
    private int size;
    private long anonymous;
    private final int csvPeople;

    ActivityTally(boolean hasUnits, ReadingLimits limits) {
        this(hasUnits, limits, 0);
    }

    /**
     * @param sharedStringsHeap the heap a workbook's shared strings take beside the people (0 for CSV text): the
     *        people it leaves room for are fewer, and a workbook with more is refused with the advice to save it as CSV
     */
    ActivityTally(boolean hasUnits, ReadingLimits limits, long sharedStringsHeap) {
        this.hasUnits = hasUnits;
        this.maxPeople = limits.maxPeopleBeside(sharedStringsHeap);
        this.csvPeople = limits.maxPeople();
        this.maxTrackedUnits = limits.maxTrackedUnits();
    }

    /**
     * Adds one row.
     *
     * @param person the person's id, not blank
     * @param unit the unit as written, blank for none; ignored without a unit column
     * @param lastActivity the last activity in both readings, or {@link ActivityDates.Day#BLANK}
     * @param contributions the sum of the row's counts, not negative
     * @throws ImportFailedException when the row is a new person beyond {@link ReadingLimits#maxPeople()}
     */
    void add(String person, String unit, ActivityDates.Day lastActivity, long contributions) {
        add(hash(person), unit, lastActivity, contributions);
    }

    /**
     * Adds a row that stands for a person of its own although it carries no usable id (Microsoft 365's
     * {@code (Unknown)} rows).
     */
    void addAnonymous(String unit, ActivityDates.Day lastActivity, long contributions) {
        add(mix(0x9E3779B97F4A7C15L ^ anonymous++) | 1L, unit, lastActivity, contributions);
    }

    private void add(long key, String unit, ActivityDates.Day lastActivity, long count) {
        int slot = slot(keys, key);
        if (keys[slot] == EMPTY) {
            if (size == maxPeople) {
                throw ImportFailedException.of(maxPeople < csvPeople
                        ? ImportProblem.ofFile("import.problem.workbook.tooManyPeople", maxPeople, csvPeople)
                        : ImportProblem.ofFile("import.problem.tooManyPeople", maxPeople));
            }
            if ((size + 1) * 4L > keys.length * 3L) {
                grow();
                slot = slot(keys, key);
            }
            keys[slot] = key;
            unitOf[slot] = hasUnits ? unitIndex(unit) : 0;
            lastMonthFirst[slot] = ActivityDates.NEVER;
            lastDayFirst[slot] = ActivityDates.NEVER;
            size++;
        }
        contributions[slot] += count;
        lastMonthFirst[slot] = Math.max(lastMonthFirst[slot], lastActivity.monthFirst());
        lastDayFirst[slot] = Math.max(lastDayFirst[slot], lastActivity.dayFirst());
    }

    int size() {
        return size;
    }

    /** The newest last activity in the file under the given date order, or {@link ActivityDates#NEVER}. */
    int newest(DateOrder order) {
        int[] last = last(order);
        int newest = ActivityDates.NEVER;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                newest = Math.max(newest, last[slot]);
            }
        }
        return newest;
    }

    /** The oldest last activity in the file under the given date order, or {@link ActivityDates#NEVER}. */
    int oldest(DateOrder order) {
        int[] last = last(order);
        int oldest = Integer.MAX_VALUE;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY && last[slot] != ActivityDates.NEVER) {
                oldest = Math.min(oldest, last[slot]);
            }
        }
        return oldest == Integer.MAX_VALUE ? ActivityDates.NEVER : oldest;
    }

    /**
     * The figures of the window that starts on {@code firstDay}: a person is active when their last activity is on or
     * after it. The largest {@code maxUnits} units keep their own figures; the people of the others, and of units
     * first seen after the tracked ones were full, are counted together.
     *
     * @return the network first, then the units, the largest first, the people without a unit and the other units last
     */
    Figures figures(DateOrder order, long firstDay, long lastDay, int maxUnits) {
        int[] last = last(order);
        Group network = new Group(GroupFigures.Kind.NETWORK, null);
        Group other = new Group(GroupFigures.Kind.OTHER_UNITS, null);
        Group[] groups = unitGroups(maxUnits, other);
        int later = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] == EMPTY) {
                continue;
            }
            boolean active = last[slot] != ActivityDates.NEVER && last[slot] >= firstDay;
            if (active && last[slot] > lastDay) {
                later++;
            }
            network.add(active, contributions[slot]);
            if (hasUnits) {
                (unitOf[slot] == UNTRACKED ? other : groups[unitOf[slot]]).add(active, contributions[slot]);
            }
        }
        List<Group> unitGroups = new ArrayList<>(Arrays.asList(groups));
        unitGroups.add(other);
        List<GroupFigures> unitFigures = unitGroups.stream().distinct().filter(Group::hasPeople).map(Group::figures)
                .sorted(Comparator.comparing((GroupFigures figures) -> !figures.assessable())
                        .thenComparing(GroupFigures::otherUnits)
                        .thenComparing(Comparator.comparingInt(GroupFigures::employees).reversed())
                        .thenComparing(figures -> figures.unit() == null ? "" : figures.unit()))
                .toList();
        return new Figures(network.figures(), unitFigures, later);
    }

    /** The group of each tracked unit: its own for the largest units and the blank unit, {@code other} for the rest. */
    private Group[] unitGroups(int maxUnits, Group other) {
        if (!hasUnits) {
            return new Group[0];
        }
        int[] sizes = new int[units.size()];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY && unitOf[slot] != UNTRACKED) {
                sizes[unitOf[slot]]++;
            }
        }
        Integer[] bySize = new Integer[units.size()];
        for (int i = 0; i < bySize.length; i++) {
            bySize[i] = i;
        }
        Arrays.sort(bySize, Comparator.comparingInt((Integer i) -> -sizes[i]).thenComparing(units::get));
        Group[] groups = new Group[units.size()];
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
        if (index != null) {
            return index;
        }
        if (units.size() == maxTrackedUnits && !unit.isEmpty()) {
            return UNTRACKED;
        }
        index = units.size();
        units.add(unit);
        unitIndexes.put(unit, index);
        return index;
    }

    private int[] last(DateOrder order) {
        return order == DateOrder.DAY_FIRST ? lastDayFirst : lastMonthFirst;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldUnits = unitOf;
        long[] oldContributions = contributions;
        int[] oldMonthFirst = lastMonthFirst;
        int[] oldDayFirst = lastDayFirst;
        int slots = oldKeys.length * 2;
        keys = new long[slots];
        unitOf = new int[slots];
        contributions = new long[slots];
        lastMonthFirst = new int[slots];
        lastDayFirst = new int[slots];
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldKeys[old] != EMPTY) {
                int slot = slot(keys, oldKeys[old]);
                keys[slot] = oldKeys[old];
                unitOf[slot] = oldUnits[old];
                contributions[slot] = oldContributions[old];
                lastMonthFirst[slot] = oldMonthFirst[old];
                lastDayFirst[slot] = oldDayFirst[old];
            }
        }
    }

    /** The slot that holds {@code key}, or the empty slot where it goes (linear probing). */
    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int slot = (int) key & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** A 64-bit hash of the id without case (FNV-1a over its characters, then a finalising mix), never {@link #EMPTY}. */
    static long hash(String person) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < person.length(); i++) {
            char c = person.charAt(i);
            hash = (hash ^ Character.toLowerCase(Character.toUpperCase(c))) * 0x100000001b3L;
        }
        long mixed = mix(hash);
        return mixed == EMPTY ? 1 : mixed;
    }

    private static long mix(long value) {
        value ^= value >>> 33;
        value *= 0xff51afd7ed558ccdL;
        value ^= value >>> 33;
        value *= 0xc4ceb34fe1a85ec3L;
        return value ^ (value >>> 33);
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

        boolean hasPeople() {
            return employees > 0;
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
