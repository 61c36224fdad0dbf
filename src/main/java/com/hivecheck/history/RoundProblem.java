package com.hivecheck.history;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Why a file of past rounds was not imported: at a line of the file (the header is line 1, as in a spreadsheet) and a
 * column, or about the whole file.
 *
 * @param line the line the row starts on, or 0 for the whole file
 * @param column the export's name of the column, or {@code null}
 * @param message what is wrong, in the reader's language once resolved
 */
record RoundProblem(long line, @Nullable String column, MessageSourceResolvable message) {

    /** A problem with the whole file. */
    static RoundProblem ofFile(String code, Object... arguments) {
        return new RoundProblem(0, null, new DefaultMessageSourceResolvable(new String[] {code}, arguments));
    }

    /** A problem with one cell. */
    static RoundProblem at(long line, @Nullable String column, String code, Object... arguments) {
        return new RoundProblem(line, column, new DefaultMessageSourceResolvable(new String[] {code}, arguments));
    }

    /** A problem with one cell whose message is already in the reader's language (a constraint's message). */
    static RoundProblem resolved(long line, String column, String message) {
        return new RoundProblem(line, column, new DefaultMessageSourceResolvable(null, null, message));
    }
}
