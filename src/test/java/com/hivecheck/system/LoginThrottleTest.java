package com.hivecheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed sign-ins per user name: counted in a window, locking for a while, in a bounded memory. */
class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(
            new HrAccountProperties.Login(3, Duration.ofMinutes(10), Duration.ofMinutes(15), 4), clock);

    @Test
    void locksANameOnItsThirdFailureForFifteenMinutes() {
        throttle.failed("hr");
        throttle.failed("hr");
        assertThat(throttle.lockedFor("hr")).isEmpty();

        throttle.failed("HR ");

        assertThat(throttle.lockedFor("hr")).contains(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.lockedFor("hr")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("hr")).isEmpty();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        throttle.failed("hr");
        throttle.failed("hr");
        clock.advance(Duration.ofMinutes(11));

        throttle.failed("hr");

        assertThat(throttle.lockedFor("hr")).isEmpty();
    }

    @Test
    void forgetsFailuresAfterASuccessfulSignIn() {
        throttle.failed("hr");
        throttle.failed("hr");
        throttle.succeeded("hr");

        throttle.failed("hr");

        assertThat(throttle.lockedFor("hr")).isEmpty();
    }

    @Test
    void locksOnlyTheNameThatFailed() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("mallory");
        }

        assertThat(throttle.lockedFor("mallory")).isPresent();
        assertThat(throttle.lockedFor("hr")).isEmpty();
    }

    @Test
    void remembersABoundedNumberOfNames() {
        for (int i = 0; i < 100; i++) {
            throttle.failed("name" + i);
        }

        assertThat(throttle.trackedNames()).isEqualTo(4);
    }
}
