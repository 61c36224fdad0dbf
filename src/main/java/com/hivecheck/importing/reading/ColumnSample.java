package com.hivecheck.importing.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * What the first rows of a file hold in one column: a few values to show under its name, and what kind of values
 * they are, for a safe mapping guess.
 *
 * @param values the first distinct non-blank values, at most {@link #SHOWN}
 * @param blank whether every value seen was blank
 * @param numbers whether every non-blank value seen is a whole number
 * @param dates whether every non-blank value seen is a date
 * @param constant whether at least two rows were seen and all hold the same value
 */
public record ColumnSample(List<String> values, boolean blank, boolean numbers, boolean dates, boolean constant) {

    /** How many values are shown. */
    public static final int SHOWN = 3;

    public ColumnSample {
        values = List.copyOf(values);
    }

    /** Collects one column's values row by row. */
    static final class Collector {

        private static final int MAX_SHOWN_LENGTH = 40;

        private final List<String> values = new ArrayList<>();
        private boolean numbers = true;
        private boolean dates = true;
        private long nonBlank;
        private String first = "";
        private boolean same = true;

        void add(String value) {
            if (value.isEmpty()) {
                return;
            }
            nonBlank++;
            if (nonBlank == 1) {
                first = value;
            } else if (!value.equals(first)) {
                same = false;
            }
            if (values.size() < SHOWN && !values.contains(shown(value))) {
                values.add(shown(value));
            }
            if (numbers && ActivityFileReader.count(value) < 0) {
                numbers = false;
            }
            if (dates && !ActivityDates.isDate(value)) {
                dates = false;
            }
        }

        ColumnSample sample() {
            return new ColumnSample(values, nonBlank == 0, nonBlank > 0 && numbers, nonBlank > 0 && dates,
                    nonBlank >= 2 && same);
        }

        private static String shown(String value) {
            return value.length() <= MAX_SHOWN_LENGTH ? value : value.substring(0, MAX_SHOWN_LENGTH - 1) + "…";
        }
    }
}
