package com.hivecheck.importing;

import com.hivecheck.importing.reading.ActivityFileReader;
import com.hivecheck.importing.reading.TextEncoding;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an activity export says, for the whole network and for each unit. Holds aggregates only: no person's id,
 * date or count survives the reading.
 *
 * @param format the export the columns were taken from
 * @param columns the names of the columns used
 * @param encoding the encoding the file was read in
 * @param delimiter the value separator found
 * @param sheet the sheet read when the file was a workbook, or {@code null} for CSV text
 * @param rows the rows of people read (not counting the header, blank lines, totals rows or people who have left)
 * @param referenceDate the last day of the activity window
 * @param referenceChoice where the reference date came from
 * @param windowDays the length of the window in days, the reference date included
 * @param oldest the oldest activity date in the file, or {@code null} when no row had one
 * @param newest the newest activity date in the file, or {@code null} when no row had one
 * @param laterThanReference people whose last activity is after the reference date; they count as active
 * @param network the figures of the whole file
 * @param units the figures of each unit, the largest first and the people without a unit last; empty without a
 *        unit column
 * @param skipped the rows left out: people who have left, totals rows, repeated header lines
 */
public record ActivityReport(
        ExportFormat format,
        UsedColumns columns,
        TextEncoding encoding,
        char delimiter,
        @Nullable String sheet,
        long rows,
        LocalDate referenceDate,
        ReferenceChoice referenceChoice,
        int windowDays,
        @Nullable LocalDate oldest,
        @Nullable LocalDate newest,
        int laterThanReference,
        GroupFigures network,
        List<GroupFigures> units,
        Skipped skipped) {

    /** The longest window accepted, in days. */
    public static final int MAX_WINDOW_DAYS = 366;

    /** The window the domain defines monthly active users by. */
    public static final int DEFAULT_WINDOW_DAYS = 30;

    public ActivityReport {
        units = List.copyOf(units);
        if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
            throw new IllegalArgumentException("window must be 1.." + MAX_WINDOW_DAYS + " days");
        }
    }

    /** The first day of the window: {@code windowDays} calendar days ending on the reference date. */
    public LocalDate windowStart() {
        return referenceDate.minusDays(windowDays - 1L);
    }

    /** The delimiter as a word for people: comma, semicolon or tab. */
    public String delimiterName() {
        return ActivityFileReader.delimiterName(delimiter);
    }

    /** Whether the file was an Excel workbook. */
    public boolean workbook() {
        return sheet != null;
    }

    /**
     * Warnings about figures that usually come from a wrong column: everybody or nobody active, or more units than a
     * fifth of the people. Message keys of {@code messages/importing}; empty when the figures look plausible.
     */
    public List<String> warnings() {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        if (network.employees() > 1 && network.monthlyActiveUsers() == network.employees()) {
            warnings.add("import.warning.allActive");
        }
        if (network.monthlyActiveUsers() == 0) {
            warnings.add("import.warning.noneActive");
        }
        long named = units.stream().filter(GroupFigures::assessable).count();
        if (named > 1 && named * 5 > network.employees()) {
            warnings.add("import.warning.manyUnits");
        }
        return List.copyOf(warnings);
    }

    /**
     * The rows that were not counted as people.
     *
     * @param departed people the export marks as deleted, suspended or deactivated: they are no employees
     * @param totals totals rows (no person, or «Итого»/"Total", and no date)
     * @param headers header lines repeated further down (two exports pasted together)
     */
    public record Skipped(int departed, long totals, long headers) {

        public static final Skipped NONE = new Skipped(0, 0, 0);

        public boolean any() {
            return departed > 0 || totals > 0 || headers > 0;
        }
    }

    /** Where the reference date came from. */
    public enum ReferenceChoice {
        /** Chosen by the user. */
        CHOSEN,
        /** The report's own date (Microsoft 365's Report Refresh Date). */
        REPORT_DATE,
        /** The date in the file's name (Slack). */
        FILE_NAME,
        /** The newest activity date in the file, when it has no date of its own. */
        NEWEST_IN_FILE,
        /** Today, because no row had a date and none was chosen. */
        TODAY
    }

    /**
     * The column names the figures were read from, as written in the file.
     *
     * @param person the person column
     * @param unit the unit column, or {@code null}
     * @param lastActivity the last activity date column
     * @param counts the count columns, summed per person
     */
    public record UsedColumns(String person, @Nullable String unit, String lastActivity, List<String> counts) {

        public UsedColumns {
            counts = List.copyOf(counts);
        }

        /** The names of the columns at these indexes; {@code unit} may be negative for none. */
        public static UsedColumns of(List<String> names, int person, int unit, int lastActivity,
                List<Integer> counts) {
            return new UsedColumns(names.get(person), unit < 0 ? null : names.get(unit), names.get(lastActivity),
                    counts.stream().map(names::get).toList());
        }
    }
}
