package com.hivecheck.importing.reading;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of exports: ISO dates and date-times ({@code 2026-05-31}, {@code 2026-05-31T14:05:00Z}), dotted dates
 * ({@code 31.05.2026}), slashed dates ({@code 5/31/2026} or {@code 31/5/2026}, with an optional time and AM/PM) and
 * English month names ({@code May 31, 2026}, {@code 31 May 2026}). A date-time counts on the date as written, whatever
 * its offset. A slashed date whose order is not chosen is read both ways; the whole file then decides
 * ({@link Evidence}). Dates are epoch days; a blank cell means the person was never active.
 */
final class ActivityDates {

    /** A blank date: no activity recorded. */
    static final int NEVER = Integer.MIN_VALUE;

    private static final Pattern TIME = Pattern.compile(
            "[T ]\\s*\\d{1,2}:\\d{2}(:\\d{2}([.,]\\d{1,9})?)?\\s*(AM|PM)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?|UTC)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern MONTH_FIRST_NAME = Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    /** An Excel serial day as a column formatted "General" shows it, with the time of day as a fraction. */
    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(\\.\\d+)?");
    /** Excel's serial days count from here (its 1900 date system, with the leap day 1900 never had). */
    private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);
    /** The serial days read as dates: 2000-01-01 to 2099-12-31; other numbers are no dates. */
    private static final int FIRST_SERIAL = 36_526;
    private static final int LAST_SERIAL = 73_050;
    private static final Pattern DAY_FIRST_NAME = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
        "dec"};

    private ActivityDates() {
    }

    /**
     * @param text a stripped cell
     * @param order the order of slashed dates, or {@link DateOrder#AUTO} to read them both ways
     * @return the date in both readings; {@link Day#BLANK} for a blank cell
     * @throws IllegalArgumentException when the text is not a date in a supported format
     */
    static Day parse(String text, DateOrder order) {
        if (text.isEmpty()) {
            return Day.BLANK;
        }
        try {
            Matcher m = ISO.matcher(text);
            if (m.lookingAt()) {
                return Day.of(date(text, m, 1, 2, 3));
            }
            m = DOTTED.matcher(text);
            if (m.lookingAt()) {
                return Day.of(date(text, m, 3, 2, 1));
            }
            m = SLASHED.matcher(text);
            if (m.lookingAt()) {
                checkTime(text, m.end());
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(2));
                int year = Integer.parseInt(m.group(3));
                int monthFirst = order == DateOrder.DAY_FIRST ? NEVER : epochDay(year, first, second);
                int dayFirst = order == DateOrder.MONTH_FIRST ? NEVER : epochDay(year, second, first);
                if (monthFirst == NEVER && dayFirst == NEVER) {
                    throw new IllegalArgumentException("not a date: " + text);
                }
                return order == DateOrder.MONTH_FIRST ? Day.of(monthFirst)
                        : order == DateOrder.DAY_FIRST ? Day.of(dayFirst) : new Day(monthFirst, dayFirst, false);
            }
            m = SERIAL.matcher(text);
            if (m.matches()) {
                int serial = Integer.parseInt(m.group(1));
                if (serial < FIRST_SERIAL || serial > LAST_SERIAL) {
                    throw new IllegalArgumentException("not a date: " + text);
                }
                return Day.of(Math.toIntExact(SERIAL_EPOCH.plusDays(serial).toEpochDay()));
            }
            m = MONTH_FIRST_NAME.matcher(text);
            if (m.lookingAt()) {
                checkTime(text, m.end());
                return Day.of(Math.toIntExact(LocalDate.of(Integer.parseInt(m.group(3)), month(text, m.group(1)),
                        Integer.parseInt(m.group(2))).toEpochDay()));
            }
            m = DAY_FIRST_NAME.matcher(text);
            if (m.lookingAt()) {
                checkTime(text, m.end());
                return Day.of(Math.toIntExact(LocalDate.of(Integer.parseInt(m.group(3)), month(text, m.group(2)),
                        Integer.parseInt(m.group(1))).toEpochDay()));
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("not a date: " + text, e);
        }
        throw new IllegalArgumentException("not a date: " + text);
    }

    /**
     * Whether a stripped cell reads as a date in any supported format other than a bare Excel serial day, which
     * looks like any other number: a column of numbers is never taken for dates, though one mapped as the last
     * activity is read as serial days.
     */
    static boolean isDate(String text) {
        try {
            return !text.isEmpty() && !SERIAL.matcher(text).matches() && parse(text, DateOrder.AUTO) != Day.BLANK;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int date(String text, Matcher m, int year, int month, int day) {
        checkTime(text, m.end());
        return Math.toIntExact(LocalDate.of(Integer.parseInt(m.group(year)), Integer.parseInt(m.group(month)),
                Integer.parseInt(m.group(day))).toEpochDay());
    }

    private static void checkTime(String text, int end) {
        if (end != text.length() && !TIME.matcher(text).region(end, text.length()).matches()) {
            throw new IllegalArgumentException("not a date: " + text);
        }
    }

    private static int epochDay(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return NEVER;
        }
        try {
            return Math.toIntExact(LocalDate.of(year, month, day).toEpochDay());
        } catch (DateTimeException e) {
            return NEVER;
        }
    }

    private static int month(String text, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (lower.startsWith(MONTHS[i]) && (lower.length() == 3 || fullName(i).startsWith(lower)
                    || (i == 8 && lower.equals("sept")))) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a date: " + text);
    }

    private static String fullName(int month) {
        return java.time.Month.of(month + 1).name().toLowerCase(Locale.ROOT);
    }

    /**
     * A date in both readings of day and month order: equal unless it is a slashed date read without a chosen order.
     * A reading that is no date is {@link #NEVER}.
     *
     * @param monthFirst the epoch day when month comes first ({@code 5/31/2026})
     * @param dayFirst the epoch day when day comes first ({@code 31/5/2026})
     * @param ordered whether the order does not matter for this date
     */
    record Day(int monthFirst, int dayFirst, boolean ordered) {

        static final Day BLANK = new Day(NEVER, NEVER, true);

        static Day of(int epochDay) {
            return new Day(epochDay, epochDay, true);
        }

        boolean blank() {
            return ordered && monthFirst == NEVER;
        }

        /** The epoch day under a decided order. */
        int in(DateOrder order) {
            return order == DateOrder.DAY_FIRST ? dayFirst : monthFirst;
        }
    }

    /** What the dates of a whole file say about their order, collected row by row. */
    static final class Evidence {

        private long monthFirstOnly;
        private long dayFirstOnly;
        private long either;

        void add(Day day) {
            if (day.ordered()) {
                return;
            }
            if (day.monthFirst() == NEVER) {
                dayFirstOnly++;
            } else if (day.dayFirst() == NEVER) {
                monthFirstOnly++;
            } else if (day.monthFirst() != day.dayFirst()) {
                either++;
            }
        }

        /**
         * The order the file's dates are in.
         *
         * @param chosen the user's choice
         * @return {@code chosen} when it is not {@link DateOrder#AUTO}; otherwise the one order the dates allow,
         *         month first when there are no slashed dates or they read the same either way
         * @throws ImportFailedException when the dates allow both orders, or neither
         */
        DateOrder decide(DateOrder chosen, String column) {
            if (chosen != DateOrder.AUTO) {
                return chosen;
            }
            if (monthFirstOnly > 0 && dayFirstOnly > 0) {
                throw ImportFailedException.of(ImportProblem.ofFile("import.problem.dateOrder.mixed", column));
            }
            if (dayFirstOnly > 0) {
                return DateOrder.DAY_FIRST;
            }
            if (monthFirstOnly > 0 || either == 0) {
                return DateOrder.MONTH_FIRST;
            }
            throw ImportFailedException.of(ImportProblem.ofFile("import.problem.dateOrder.ambiguous", column));
        }
    }
}
