package com.hivecheck.hr;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins per user name, counted in the database: in a window, locking for a while, the same for every node
 * (two throttles on one database stand for two nodes), and forgotten once over.
 */
@DataJpaTest
@Tag("database")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LoginThrottleTest {

    private static final HrAccountProperties.Login LIMITS = new HrAccountProperties.Login(3, Duration.ofMinutes(10),
            Duration.ofMinutes(15));

    @Autowired
    DataSource dataSource;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T09:00:00Z"));
    private LoginThrottle throttle;
    private LoginThrottle otherNode;
    private JdbcClient jdbc;

    @BeforeEach
    void twoNodesOnOneDatabase() {
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("delete from login_failure").update();
        throttle = new LoginThrottle(jdbc, LIMITS, clock);
        otherNode = new LoginThrottle(JdbcClient.create(dataSource), LIMITS, clock);
    }

    @AfterEach
    void forgetEverything() {
        jdbc.sql("delete from login_failure").update();
    }

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
    void failuresOnAnyNodeCountTowardsOnePauseSeenByAll() {
        throttle.failed("hr");
        otherNode.failed("hr");
        assertThat(throttle.lockedFor("hr")).isEmpty();

        otherNode.failed("hr");

        assertThat(throttle.lockedFor("hr")).contains(Duration.ofMinutes(15));
        assertThat(otherNode.lockedFor("hr")).contains(Duration.ofMinutes(15));
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> attempts = IntStream.range(0, 3).<Callable<Void>>mapToObj(i -> () -> {
                (i % 2 == 0 ? throttle : otherNode).failed("mallory");
                return null;
            }).toList();
            for (var attempt : nodes.invokeAll(attempts)) {
                attempt.get();
            }
        } finally {
            nodes.shutdown();
        }

        assertThat(throttle.lockedFor("mallory")).as("three failures at once, on two nodes").isPresent();
        assertThat(otherNode.lockedFor("mallory")).isPresent();
    }

    @Test
    void failuresWhileLockedDoNotLiftOrExtendThePause() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("hr");
        }
        clock.advance(Duration.ofMinutes(5));

        otherNode.failed("hr");
        throttle.failed("hr");

        assertThat(throttle.lockedFor("hr")).contains(Duration.ofMinutes(10));
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        throttle.failed("hr");
        throttle.failed("hr");
        clock.advance(Duration.ofMinutes(11));

        throttle.failed("hr");

        assertThat(throttle.lockedFor("hr")).isEmpty();
        throttle.failed("hr");
        throttle.failed("hr");
        assertThat(throttle.lockedFor("hr")).as("a new window of three").isPresent();
    }

    @Test
    void countsAgainFromOneAfterAPause() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("hr");
        }
        clock.advance(Duration.ofMinutes(15));

        throttle.failed("hr");

        assertThat(throttle.lockedFor("hr")).isEmpty();
    }

    @Test
    void forgetsFailuresAfterASuccessfulSignIn() {
        throttle.failed("hr");
        throttle.failed("hr");
        otherNode.succeeded("hr");

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
    void keepsNoNameLongerThanItsWindowOrPause() {
        for (int i = 0; i < 100; i++) {
            throttle.failed("name" + i);
        }
        for (int i = 0; i < 3; i++) {
            throttle.failed("mallory");
        }
        assertThat(rows()).isEqualTo(101);

        clock.advance(Duration.ofMinutes(10));
        throttle.failed("someone");
        assertThat(rows()).as("the windows of the 100 names are over; mallory's pause is not").isEqualTo(2);

        clock.advance(Duration.ofMinutes(5));
        throttle.failed("someone else");
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void cutsVeryLongNamesToTheColumnSize() {
        String longName = "x".repeat(500);
        for (int i = 0; i < 3; i++) {
            throttle.failed(longName);
        }

        assertThat(throttle.lockedFor(longName)).isPresent();
    }

    private long rows() {
        return jdbc.sql("select count(*) from login_failure").query(Long.class).single();
    }
}
