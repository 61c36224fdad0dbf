package com.hivecheck.history;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

/**
 * The field separator of a CSV export: the comma of RFC 4180, or a semicolon for spreadsheets whose locale uses the
 * comma as the decimal separator (Excel in Russian opens such a file in columns only with semicolons).
 */
public enum CsvSeparator {
    COMMA(','),
    SEMICOLON(';');

    private final char character;

    CsvSeparator(char character) {
        this.character = character;
    }

    /** {@link #SEMICOLON} for the {@code separator} parameter {@code semicolon} (or {@code ;}), else the comma. */
    static CsvSeparator of(@Nullable String parameter) {
        return "semicolon".equals(parameter) || ";".equals(parameter) ? SEMICOLON : COMMA;
    }

    /** RFC 4180 with this separator. */
    CSVFormat format() {
        return CSVFormat.RFC4180.builder().setDelimiter(character).get();
    }

    /** The value of the {@code separator} parameter, or {@code null} for the default comma. */
    @Nullable String parameter() {
        return this == SEMICOLON ? "semicolon" : null;
    }
}
