package com.hivecheck.hr;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts failed sign-ins per user name and client address, in the database, so that every node of a cluster sees the
 * same counts (see {@link HrAccountProperties.Login} for the limits).
 *
 * <p>A client that keeps failing is paused for longer and longer: its attempts are then refused without looking at
 * the password, so guessing stays slow even with the right password in the list, and adding nodes does not multiply
 * the attempts. A pause never reaches another client: someone who fails on purpose cannot lock HR out. What many
 * clients do to one name together only slows every attempt for that name down ({@link Verdict#slowDown()}).
 * Names are tracked whether or not an account exists, so that the answer never tells which names are real.
 *
 * <p>The table is bounded by time (a row is deleted once its window and pause are over) and by size (at most
 * {@code maxRows}; the rows that would expire soonest make room). A change is a compare-and-set on the row's count,
 * retried when another node changed it first, so concurrent failures on several nodes are all counted without locks.
 */
class LoginThrottle {

    /** Longer names are cut to this length before they are remembered (the column's size). */
    private static final int MAX_KEY_LENGTH = 100;

    /** Longer client keys are cut to this length (the column's size). */
    private static final int MAX_CLIENT_LENGTH = 64;

    private final JdbcClient jdbc;
    private final HrAccountProperties.Login limits;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, HrAccountProperties.Login limits, Clock clock) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Whether an attempt for the name from the client may go ahead.
     *
     * @param pausedFor how long this client stays paused for this name, or empty when it may try
     * @param slowDown how long the attempt should wait first because the name is failing from many clients, or zero
     */
    record Verdict(Optional<Duration> pausedFor, Duration slowDown) {
    }

    /** Whether the client may try the name now, and whether it should be slowed down. */
    Verdict check(String username, String client) {
        Instant now = clock.instant();
        Optional<Duration> paused = jdbc.sql("""
                select blocked_until from login_failure
                 where username = ? and client = ? and blocked_until > ?""")
                .params(key(username), clientKey(client), at(now))
                .query((row, number) -> row.getObject(1, OffsetDateTime.class).toInstant())
                .optional()
                .map(until -> Duration.between(now, until));
        if (paused.isPresent()) {
            return new Verdict(paused, Duration.ZERO);
        }
        long failures = jdbc.sql("select coalesce(sum(failures), 0) from login_failure where username = ? and expires_at > ?")
                .params(key(username), at(now))
                .query(Long.class)
                .single();
        return new Verdict(Optional.empty(), failures >= limits.nameCeiling() ? limits.ceilingDelay() : Duration.ZERO);
    }

    /** How long the client stays paused for the name, or empty when it may try. */
    Optional<Duration> pausedFor(String username, String client) {
        return check(username, client).pausedFor();
    }

    /**
     * Counts a wrong password (or an unknown name) from the client, pausing it once it has no failures to spare. A
     * failure while the client is paused (an attempt that passed {@link #check} just before the pause) leaves the
     * pause as it is.
     */
    void failed(String username, String client) {
        String key = key(username);
        String from = clientKey(client);
        while (true) {
            Instant now = clock.instant();
            jdbc.sql("delete from login_failure where expires_at <= ?").param(at(now)).update();
            Optional<Row> row = jdbc.sql("""
                    select failures, blocked_until from login_failure where username = ? and client = ?""")
                    .params(key, from)
                    .query((result, number) -> new Row(result.getInt(1),
                            result.getObject(2, OffsetDateTime.class)))
                    .optional();
            if (row.isPresent()) {
                Row current = row.get();
                if (current.blockedUntil() != null && current.blockedUntil().toInstant().isAfter(now)) {
                    return;
                }
                int failures = current.failures() + 1;
                int changed = jdbc.sql("""
                        update login_failure set failures = :failures, blocked_until = :blockedUntil,
                               expires_at = :expiresAt
                         where username = :key and client = :client and failures = :previous""")
                        .param("failures", failures)
                        .param("blockedUntil", blockedUntil(now, failures), Types.TIMESTAMP_WITH_TIMEZONE)
                        .param("expiresAt", expiresAt(now, failures))
                        .param("key", key).param("client", from).param("previous", current.failures())
                        .update();
                if (changed == 1) {
                    return;
                }
                continue;
            }
            makeRoom(now);
            try {
                jdbc.sql("""
                        insert into login_failure (username, client, failures, blocked_until, expires_at)
                        values (:key, :client, 1, :blockedUntil, :expiresAt)""")
                        .param("key", key).param("client", from)
                        .param("blockedUntil", blockedUntil(now, 1), Types.TIMESTAMP_WITH_TIMEZONE)
                        .param("expiresAt", expiresAt(now, 1))
                        .update();
                return;
            } catch (DuplicateKeyException exists) {
                // Another node inserted this client's first failure in between: count this one on top.
            }
        }
    }

    /** Forgets the failures of a client that just signed in with the name; other clients' counts stay. */
    void succeeded(String username, String client) {
        jdbc.sql("delete from login_failure where username = ? and client = ?")
                .params(key(username), clientKey(client))
                .update();
    }

    /** Forgets every failure for the name, from every client (an administrator's reset, and tests). */
    void forget(String username) {
        jdbc.sql("delete from login_failure where username = ?").param(key(username)).update();
    }

    /** Keeps the table under {@code maxRows}: the rows that would expire soonest go first. */
    private void makeRoom(Instant now) {
        long rows = jdbc.sql("select count(*) from login_failure").query(Long.class).single();
        if (rows < limits.maxRows()) {
            return;
        }
        long excess = rows - limits.maxRows() + Math.max(1, limits.maxRows() / 100);
        jdbc.sql("select expires_at from login_failure order by expires_at offset ? rows fetch next 1 rows only")
                .param(excess - 1)
                .query(OffsetDateTime.class)
                .optional()
                .ifPresent(threshold -> jdbc.sql("delete from login_failure where expires_at <= ?")
                        .param(threshold)
                        .update());
    }

    private @Nullable OffsetDateTime blockedUntil(Instant now, int failures) {
        Duration pause = limits.pauseAfter(failures);
        return pause.isZero() ? null : at(now.plus(pause));
    }

    private OffsetDateTime expiresAt(Instant now, int failures) {
        Instant forgotten = now.plus(limits.window());
        Instant pauseEnds = now.plus(limits.pauseAfter(failures));
        return at(pauseEnds.isAfter(forgotten) ? pauseEnds : forgotten);
    }

    private record Row(int failures, @Nullable OffsetDateTime blockedUntil) {
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String key(String username) {
        String key = HrAccount.normalize(username);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    private static String clientKey(String client) {
        return client.length() > MAX_CLIENT_LENGTH ? client.substring(0, MAX_CLIENT_LENGTH) : client;
    }
}
