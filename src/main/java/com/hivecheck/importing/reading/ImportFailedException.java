package com.hivecheck.importing.reading;

import java.util.List;

/**
 * An upload that cannot be used: nothing of it is kept. Carries the first {@link #MAX_REPORTED} problems and how many
 * there were in all.
 */
public class ImportFailedException extends RuntimeException {

    /** How many problems are listed; the rest are only counted. */
    public static final int MAX_REPORTED = 20;

    private final List<ImportProblem> problems;
    private final long total;

    public ImportFailedException(List<ImportProblem> problems, long total) {
        super(problems.isEmpty() ? "import failed" : problems.get(0).code(), null, false, false);
        if (problems.isEmpty() || total < problems.size()) {
            throw new IllegalArgumentException("a failure needs at least one problem, and total >= listed");
        }
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_REPORTED)));
        this.total = total;
    }

    public static ImportFailedException of(ImportProblem problem) {
        return new ImportFailedException(List.of(problem), 1);
    }

    /** The first problems, at most {@link #MAX_REPORTED}, in the order of the file. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** How many problems there were in all. */
    public long total() {
        return total;
    }

    /** How many problems were found beyond those listed. */
    public long more() {
        return total - problems.size();
    }
}
