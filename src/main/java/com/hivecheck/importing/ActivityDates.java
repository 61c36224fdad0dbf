package com.hivecheck.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Reads the last activity dates of exports: ISO dates ({@code 2026-05-31}), ISO date-times
 * ({@code 2026-05-31T14:05:00Z}, {@code 2026-05-31 14:05}) and dotted dates ({@code 31.05.2026}, {@code 1.5.2026},
 * optionally with a time). A date-time counts on the date as written, whatever its offset. Dates are returned as epoch
 * days; a blank cell means the person was never active.
 */
final class ActivityDates {

    /** A blank date: no activity recorded. */
    static final int NEVER = Integer.MIN_VALUE;

    /** Any time of day after the date, as ISO or spreadsheet programs write it. */
    private static final Pattern TIME = Pattern.compile(
            "[T ]\\d{1,2}:\\d{2}(:\\d{2}([.,]\\d{1,9})?)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?|UTC)?", Pattern.CASE_INSENSITIVE);

    private ActivityDates() {
    }

    /**
     * @param text a stripped cell
     * @return the epoch day, or {@link #NEVER} for a blank cell
     * @throws IllegalArgumentException when the text is not a date in a supported format
     */
    static int parse(String text) {
        if (text.isEmpty()) {
            return NEVER;
        }
        try {
            if (text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                LocalDate date = LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
                return withOptionalTime(date, text, 10);
            }
            int firstDot = text.indexOf('.');
            int secondDot = firstDot < 0 ? -1 : text.indexOf('.', firstDot + 1);
            if (firstDot >= 1 && firstDot <= 2 && secondDot - firstDot >= 2 && secondDot - firstDot <= 3
                    && text.length() >= secondDot + 5) {
                LocalDate date = LocalDate.of(digits(text, secondDot + 1, secondDot + 5),
                        digits(text, firstDot + 1, secondDot), digits(text, 0, firstDot));
                return withOptionalTime(date, text, secondDot + 5);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a date: " + text, e);
        }
        throw new IllegalArgumentException("not a date: " + text);
    }

    private static int withOptionalTime(LocalDate date, String text, int end) {
        if (end != text.length() && !TIME.matcher(text).region(end, text.length()).matches()) {
            throw new IllegalArgumentException("not a date: " + text);
        }
        return Math.toIntExact(date.toEpochDay());
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a date: " + text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
