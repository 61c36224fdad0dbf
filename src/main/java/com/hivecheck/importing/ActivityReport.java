package com.hivecheck.importing;

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
 * @param rows the data rows read (not counting the header or blank lines)
 * @param referenceDate the last day of the activity window
 * @param referenceChoice where the reference date came from
 * @param windowDays the length of the window in days, the reference date included
 * @param oldest the oldest activity date in the file, or {@code null} when no row had one
 * @param newest the newest activity date in the file, or {@code null} when no row had one
 * @param laterThanReference people whose last activity is after the reference date; they count as active
 * @param network the figures of the whole file
 * @param units the figures of each unit, the largest first and the people without a unit last; empty without a
 *        unit column
 */
public record ActivityReport(
        ExportFormat format,
        UsedColumns columns,
        TextEncoding encoding,
        char delimiter,
        long rows,
        LocalDate referenceDate,
        ReferenceChoice referenceChoice,
        int windowDays,
        @Nullable LocalDate oldest,
        @Nullable LocalDate newest,
        int laterThanReference,
        GroupFigures network,
        List<GroupFigures> units) {

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
        return FileSniffer.delimiterName(delimiter);
    }

    /** Where the reference date came from. */
    public enum ReferenceChoice {
        /** Chosen by the user. */
        CHOSEN,
        /** The newest activity date in the file, the default. */
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

        static UsedColumns of(Header header, ColumnMapping mapping) {
            List<String> names = header.names();
            return new UsedColumns(names.get(mapping.person()),
                    mapping.hasUnit() ? names.get(mapping.unit()) : null, names.get(mapping.lastActivity()),
                    mapping.counts().stream().map(names::get).toList());
        }
    }
}
