package com.hivecheck.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The rules for the day an assessment's answers describe: not before {@link #EARLIEST}, and not after today. "Today"
 * is read where the calendar is furthest ahead (UTC+14), so that nobody anywhere is told that their today is in the
 * future; the default for a missing day is today in the application clock's zone.
 */
public final class AssessedOn {

    /** The earliest day accepted; the database refuses earlier ones too (V6). */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private static final ZoneOffset FURTHEST_AHEAD = ZoneOffset.ofHours(14);

    private AssessedOn() {
    }

    /** The latest day accepted now. */
    public static LocalDate latest(Clock clock) {
        return LocalDate.now(clock.withZone(FURTHEST_AHEAD));
    }

    /** Whether {@code day} may be stored: missing (it then defaults to today), or from 2000 up to today. */
    public static boolean plausible(@Nullable LocalDate day, Clock clock) {
        return day == null || (!day.isBefore(EARLIEST) && !day.isAfter(latest(clock)));
    }

    /** {@code day}, or today when it is missing. */
    static LocalDate orToday(@Nullable LocalDate day, Clock clock) {
        return day != null ? day : LocalDate.now(clock);
    }

    static LocalDate requireValid(LocalDate day) {
        if (day.isBefore(EARLIEST)) {
            throw new IllegalArgumentException("assessedOn must not be before " + EARLIEST);
        }
        return day;
    }
}
