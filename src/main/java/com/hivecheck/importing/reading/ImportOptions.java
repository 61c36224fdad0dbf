package com.hivecheck.importing.reading;

import com.hivecheck.importing.ActivityReport;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How to read an export.
 *
 * @param encoding the encoding, or {@link TextEncoding#AUTO}
 * @param dateOrder the order of day and month in slashed dates, or {@link DateOrder#AUTO}
 * @param referenceDate the last day of the window, or {@code null} for the report's own date or else the newest
 *        activity date in the file
 * @param windowDays the window in days, 1..366; 30 for monthly active users
 * @param mapping the columns to use, or {@code null} to recognise a known export by its header
 * @param sheet the sheet of a workbook to read, or {@code null} for the first
 */
public record ImportOptions(TextEncoding encoding, DateOrder dateOrder, @Nullable LocalDate referenceDate,
        int windowDays, @Nullable ColumnMapping mapping, @Nullable String sheet) {

    public ImportOptions {
        if (windowDays < 1 || windowDays > ActivityReport.MAX_WINDOW_DAYS) {
            throw new IllegalArgumentException("window must be 1.." + ActivityReport.MAX_WINDOW_DAYS + " days");
        }
    }

    /** Detected encoding and date order, the report's date, 30 days, recognised columns, the first sheet. */
    public static ImportOptions defaults() {
        return new ImportOptions(TextEncoding.AUTO, DateOrder.AUTO, null, ActivityReport.DEFAULT_WINDOW_DAYS, null,
                null);
    }

    public ImportOptions withMapping(ColumnMapping mapping) {
        return new ImportOptions(encoding, dateOrder, referenceDate, windowDays, mapping, sheet);
    }
}
