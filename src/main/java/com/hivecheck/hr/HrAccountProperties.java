package com.hivecheck.hr;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HR accounts and sign-in, under {@code hivecheck.hr}.
 *
 * @param username the user name of the first account, created when there is none (default {@code hr})
 * @param password the first account's password, usually from the environment variable
 *     {@code HIVECHECK_HR_PASSWORD} (formerly {@code ASSESSMENT_HR_PASSWORD}); when empty, a random one is generated
 *     and logged once
 * @param login how repeated failed sign-ins are slowed down
 */
@ConfigurationProperties("hivecheck.hr")
record HrAccountProperties(@DefaultValue("hr") String username, @Nullable String password,
        @DefaultValue Login login) {

    /**
     * How failed sign-ins are slowed down, on every node (the counts are in the database). Failures count per user
     * name and client address: after {@code freeFailures} of them, that client is paused for {@code firstPause}, and
     * each further failure doubles the pause up to {@code maxPause}. A client's failures are forgotten {@code window}
     * after its last one (or when its pause ends, if later), and when it signs in. Other clients are never paused:
     * once the failures of all clients for one name reach {@code nameCeiling}, every attempt for that name only waits
     * {@code ceilingDelay} before its password is checked. At most {@code maxRows} clients are remembered; the
     * soonest to expire are forgotten first.
     */
    record Login(@DefaultValue("5") int freeFailures, @DefaultValue("1h") Duration window,
            @DefaultValue("1m") Duration firstPause, @DefaultValue("15m") Duration maxPause,
            @DefaultValue("20") int nameCeiling, @DefaultValue("1s") Duration ceilingDelay,
            @DefaultValue("10000") int maxRows) {

        Login {
            if (freeFailures < 1 || nameCeiling < 1 || maxRows < 10 || window.isNegative() || firstPause.isNegative()
                    || maxPause.compareTo(firstPause) < 0 || ceilingDelay.isNegative()) {
                throw new IllegalArgumentException("hivecheck.hr.login: limits must be positive");
            }
        }

        /** The pause after a client's {@code failures}-th failure, or zero while it has failures to spare. */
        Duration pauseAfter(int failures) {
            if (failures < freeFailures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeFailures, 30);
            Duration pause = firstPause.multipliedBy(1L << doublings);
            return pause.compareTo(maxPause) > 0 ? maxPause : pause;
        }
    }
}
