package com.hivecheck.hr;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts failed sign-ins per user name, in the database, so that every node of a cluster sees the same counts. After
 * {@code maxFailures} failures within {@code window}, the name is locked for {@code lockout}: attempts are refused
 * without looking at the password, so guessing stays slow even with the right password in the list, and adding nodes
 * does not multiply the attempts. Names are tracked whether or not an account exists, so that the answer never tells
 * which names are real. A name's row is deleted once its window or its pause is over, which bounds the table by time.
 *
 * <p>Each change is one statement, so that concurrent failures on several nodes are all counted without locks: ended
 * windows and pauses are deleted first; then a failure is counted in the name's running window, or inserted as its
 * first (and counted again when another node inserted it first).
 */
class LoginThrottle {

    /** Longer names are cut to this length before they are remembered (the column's size). */
    private static final int MAX_KEY_LENGTH = 100;

    private final JdbcClient jdbc;
    private final HrAccountProperties.Login limits;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, HrAccountProperties.Login limits, Clock clock) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = clock;
    }

    /** How long the name stays locked, or empty when an attempt may go ahead. */
    Optional<Duration> lockedFor(String username) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from login_failure where username = ? and locked_until > ?")
                .params(key(username), at(now))
                .query((row, number) -> row.getObject(1, OffsetDateTime.class).toInstant())
                .optional()
                .map(until -> Duration.between(now, until));
    }

    /**
     * Counts a wrong password (or an unknown name), locking the name when the limit is reached. A failure while the
     * name is locked (an attempt that passed {@link #lockedFor} just before the lock) leaves the lock as it is.
     */
    void failed(String username) {
        String key = key(username);
        Instant now = clock.instant();
        OffsetDateTime lockedUntil = at(now.plus(limits.lockout()));
        while (true) {
            // Also on every retry: a pause that ended meanwhile must go, or its row would block the insert forever.
            jdbc.sql("delete from login_failure where expires_at <= ?").param(at(clock.instant())).update();
            int counted = jdbc.sql("""
                    update login_failure
                       set failures = failures + 1,
                           locked_until = case when failures + 1 >= :max then :lockedUntil end,
                           expires_at = case when failures + 1 >= :max then :lockedUntil else expires_at end
                     where username = :key and locked_until is null""")
                    .param("max", limits.maxFailures()).param("lockedUntil", lockedUntil).param("key", key)
                    .update();
            if (counted == 1) {
                return;
            }
            boolean locksAtOnce = limits.maxFailures() <= 1;
            try {
                jdbc.sql("""
                        insert into login_failure (username, failures, locked_until, expires_at)
                        values (:key, 1, :lockedUntil, :expiresAt)""")
                        .param("key", key)
                        .param("lockedUntil", locksAtOnce ? lockedUntil : null, Types.TIMESTAMP_WITH_TIMEZONE)
                        .param("expiresAt", locksAtOnce ? lockedUntil : at(now.plus(limits.window())))
                        .update();
                return;
            } catch (DuplicateKeyException exists) {
                if (lockedFor(username).isPresent()) {
                    return;
                }
                // Another node inserted the name's first failure in between: count this one on top.
            }
        }
    }

    /** Forgets the failures of a name that just signed in. */
    void succeeded(String username) {
        jdbc.sql("delete from login_failure where username = ?").param(key(username)).update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String key(String username) {
        String key = HrAccount.normalize(username);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }
}
