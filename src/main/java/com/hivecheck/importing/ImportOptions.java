package com.hivecheck.importing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How to read an export.
 *
 * @param encoding the encoding, or {@link TextEncoding#AUTO}
 * @param referenceDate the last day of the window, or {@code null} for the newest activity date in the file
 * @param windowDays the window in days, 1..366; 30 for monthly active users
 * @param mapping the columns to use, or {@code null} to recognise a known export by its header
 */
public record ImportOptions(TextEncoding encoding, @Nullable LocalDate referenceDate, int windowDays,
        @Nullable ColumnMapping mapping) {

    public ImportOptions {
        if (windowDays < 1 || windowDays > ActivityReport.MAX_WINDOW_DAYS) {
            throw new IllegalArgumentException("window must be 1.." + ActivityReport.MAX_WINDOW_DAYS + " days");
        }
    }

    /** Detected encoding, newest date, 30 days, recognised columns. */
    public static ImportOptions defaults() {
        return new ImportOptions(TextEncoding.AUTO, null, ActivityReport.DEFAULT_WINDOW_DAYS, null);
    }

    ImportOptions withMapping(ColumnMapping mapping) {
        return new ImportOptions(encoding, referenceDate, windowDays, mapping);
    }
}
