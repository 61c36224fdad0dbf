package com.hivecheck.importing.reading;

import java.util.List;

/**
 * One thing wrong with an uploaded file, as a message key of {@code messages/importing} with its arguments.
 *
 * @param line the line of the file it was found on, counting the header as line 1; 0 for the file as a whole
 * @param code the message key
 * @param arguments the message arguments
 */
public record ImportProblem(long line, String code, List<Object> arguments) {

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

    public boolean hasLine() {
        return line > 0;
    }

    /** The arguments as an array, for a {@code MessageSource}. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
