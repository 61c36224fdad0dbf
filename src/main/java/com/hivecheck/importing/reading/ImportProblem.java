package com.hivecheck.importing.reading;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an uploaded file, as a message key of {@code messages/importing} with its arguments.
 *
 * @param line the line of the file it was found on, counting the header as line 1; 0 for the file as a whole
 * @param code the message key
 * @param arguments the message arguments
 * @param field the request parameter the problem is about, or {@code null} when it is about the file
 */
public record ImportProblem(long line, String code, List<Object> arguments, @Nullable String field) {

    public ImportProblem(long line, String code, List<Object> arguments) {
        this(line, code, arguments, null);
    }

    public ImportProblem {
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative");
        }
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem ofFile(String code, Object... arguments) {
        return new ImportProblem(0, code, List.of(arguments));
    }

    public static ImportProblem atLine(long line, String code, Object... arguments) {
        return new ImportProblem(line, code, List.of(arguments));
    }

    /** A problem with one of the request's parameters rather than with the file. */
    public static ImportProblem ofField(String field, String code, Object... arguments) {
        return new ImportProblem(0, code, List.of(arguments), field);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** The arguments as an array, for a {@code MessageSource}. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
