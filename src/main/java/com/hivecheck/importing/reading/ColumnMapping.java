package com.hivecheck.importing.reading;

import com.hivecheck.importing.ExportFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which column of a file holds what, by zero-based index.
 *
 * @param format where the mapping came from
 * @param person the person's id or e-mail
 * @param unit the unit, or {@link #NONE}
 * @param lastActivity the last activity date
 * @param counts the count columns whose sum is a person's contributions (posts, comments, replies…); at least one
 */
public record ColumnMapping(ExportFormat format, int person, int unit, int lastActivity, List<Integer> counts) {

    /** No column. */
    public static final int NONE = -1;

    public ColumnMapping {
        counts = List.copyOf(counts);
        if (person < 0 || lastActivity < 0 || unit < NONE) {
            throw new IllegalArgumentException("person and last activity columns are required");
        }
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("at least one count column is required");
        }
        Set<Integer> used = new HashSet<>();
        used.add(person);
        if (!used.add(lastActivity) || (unit != NONE && !used.add(unit))) {
            throw new IllegalArgumentException("person, unit and last activity must be different columns");
        }
        for (int count : counts) {
            if (count < 0 || !used.add(count)) {
                throw new IllegalArgumentException("count columns must be distinct from each other and the rest");
            }
        }
    }

    public boolean hasUnit() {
        return unit != NONE;
    }

    /** The highest index used: a row needs more columns than this. */
    int widest() {
        int widest = Math.max(person, Math.max(unit, lastActivity));
        for (int count : counts) {
            widest = Math.max(widest, count);
        }
        return widest;
    }
}
