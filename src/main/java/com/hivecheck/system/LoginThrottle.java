package com.hivecheck.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Counts failed sign-ins per user name, in memory. After {@code maxFailures} failures within {@code window}, the name
 * is locked for {@code lockout}: attempts are refused without looking at the password, so guessing stays slow even
 * with the right password in the list. Names are tracked whether or not an account exists, so that the answer never
 * tells which names are real. The map is bounded; when full, the least recently used name is forgotten.
 */
class LoginThrottle {

    /** Longer names are cut to this length before they are remembered, to bound memory. */
    private static final int MAX_KEY_LENGTH = 100;

    private final HrAccountProperties.Login limits;
    private final Clock clock;
    private final Map<String, Failures> failures;

    LoginThrottle(HrAccountProperties.Login limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.failures = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > limits.trackedNames();
            }
        };
    }

    /** How long the name stays locked, or empty when an attempt may go ahead. */
    synchronized Optional<Duration> lockedFor(String username) {
        String key = key(username);
        Failures entry = failures.get(key);
        if (entry == null || entry.lockedUntil == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!now.isBefore(entry.lockedUntil)) {
            failures.remove(key);
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, entry.lockedUntil));
    }

    /** Counts a wrong password (or an unknown name), locking the name when the limit is reached. */
    synchronized void failed(String username) {
        String key = key(username);
        Instant now = clock.instant();
        Failures entry = failures.get(key);
        if (entry == null || entry.lockedUntil != null || now.isAfter(entry.windowStart.plus(limits.window()))) {
            entry = new Failures(now);
            failures.put(key, entry);
        }
        entry.count++;
        if (entry.count >= limits.maxFailures()) {
            entry.lockedUntil = now.plus(limits.lockout());
        }
    }

    /** Forgets the failures of a name that just signed in. */
    synchronized void succeeded(String username) {
        failures.remove(key(username));
    }

    /** How many names are remembered; for tests of the bound. */
    synchronized int trackedNames() {
        return failures.size();
    }

    private static String key(String username) {
        String key = HrAccount.normalize(username);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    private static final class Failures {

        private final Instant windowStart;
        private int count;
        private @Nullable Instant lockedUntil;

        private Failures(Instant windowStart) {
            this.windowStart = windowStart;
        }
    }
}
