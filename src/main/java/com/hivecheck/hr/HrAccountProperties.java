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
     * After {@code maxFailures} failed sign-ins for one user name within {@code window}, that name is refused for
     * {@code lockout}, on every node (the counts are in the database).
     */
    record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration lockout) {

        Login {
            if (maxFailures < 1 || window.isNegative() || lockout.isNegative()) {
                throw new IllegalArgumentException("hivecheck.hr.login: limits must be positive");
            }
        }
    }
}
