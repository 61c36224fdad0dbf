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
 * Failed sign-ins per user name and client address, counted in the database: pauses that grow with each failure
 * from one client and never reach another, a ceiling per name that only slows down, the same counts for every node
 * (two throttles on one database stand for two nodes), and a table bounded by time and by size.
 */
@DataJpaTest
@Tag("database")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LoginThrottleTest {

    /** Three free failures, then 1, 2, 4, 8 minutes, at most 10; forgotten an hour on; a name ceiling of 6. */
    private static final HrAccountProperties.Login LIMITS = new HrAccountProperties.Login(3, Duration.ofHours(1),
            Duration.ofMinutes(1), Duration.ofMinutes(10), 6, Duration.ofMillis(500), 50);

    private static final String MALLORY = "203.0.113.66";
    private static final String HR_DESK = "192.0.2.10";

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
    void pausesAClientAfterItsFreeFailuresWithAPauseThatDoublesUpToTheMaximum() {
        fail("hr", MALLORY, 2);
        assertThat(throttle.pausedFor("hr", MALLORY)).isEmpty();

        throttle.failed("HR ", MALLORY);
        assertThat(throttle.pausedFor("hr", MALLORY)).contains(Duration.ofMinutes(1));

        List<Duration> pauses = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            clock.advance(throttle.pausedFor("hr", MALLORY).orElseThrow());
            assertThat(throttle.pausedFor("hr", MALLORY)).as("the pause is over").isEmpty();
            throttle.failed("hr", MALLORY);
            pauses.add(throttle.pausedFor("hr", MALLORY).orElseThrow());
        }

        assertThat(pauses).containsExactly(Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(10), Duration.ofMinutes(10));
    }

    @Test
    void neverPausesAnotherClientForTheSameName() {
        fail("hr", MALLORY, 6);

        assertThat(throttle.pausedFor("hr", MALLORY)).isPresent();
        assertThat(throttle.check("hr", HR_DESK).pausedFor()).as("HR at its own desk").isEmpty();
    }

    @Test
    void slowsEveryClientDownOnceTheNameFailsOftenFromManyClientsButPausesNone() {
        for (int client = 1; client <= 3; client++) {
            fail("hr", "198.51.100." + client, 2);
        }

        LoginThrottle.Verdict verdict = throttle.check("hr", HR_DESK);

        assertThat(verdict.pausedFor()).isEmpty();
        assertThat(verdict.slowDown()).isEqualTo(Duration.ofMillis(500));
        assertThat(throttle.check("someone else", HR_DESK).slowDown()).isZero();
    }

    @Test
    void failuresOnAnyNodeCountTowardsOnePauseSeenByAll() {
        throttle.failed("hr", MALLORY);
        otherNode.failed("hr", MALLORY);
        assertThat(throttle.pausedFor("hr", MALLORY)).isEmpty();

        otherNode.failed("hr", MALLORY);

        assertThat(throttle.pausedFor("hr", MALLORY)).contains(Duration.ofMinutes(1));
        assertThat(otherNode.pausedFor("hr", MALLORY)).contains(Duration.ofMinutes(1));
    }

    @Test
    void concurrentFailuresAreAllCounted() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> attempts = IntStream.range(0, 3).<Callable<Void>>mapToObj(i -> () -> {
                (i % 2 == 0 ? throttle : otherNode).failed("mallory", MALLORY);
                return null;
            }).toList();
            for (var attempt : nodes.invokeAll(attempts)) {
                attempt.get();
            }
        } finally {
            nodes.shutdown();
        }

        assertThat(throttle.pausedFor("mallory", MALLORY)).as("three failures at once, on two nodes").isPresent();
        assertThat(otherNode.pausedFor("mallory", MALLORY)).isPresent();
    }

    @Test
    void failuresWhileLockedDoNotLiftOrExtendThePause() {
        fail("hr", MALLORY, 3);
        clock.advance(Duration.ofSeconds(20));

        otherNode.failed("hr", MALLORY);
        throttle.failed("hr", MALLORY);

        assertThat(throttle.pausedFor("hr", MALLORY)).contains(Duration.ofSeconds(40));
    }

    @Test
    void forgetsAClientsFailuresAnHourAfterItsLast() {
        fail("hr", MALLORY, 2);
        clock.advance(Duration.ofMinutes(61));

        throttle.failed("hr", MALLORY);

        assertThat(throttle.pausedFor("hr", MALLORY)).isEmpty();
        fail("hr", MALLORY, 2);
        assertThat(throttle.pausedFor("hr", MALLORY)).as("a new count of three").isPresent();
    }

    @Test
    void forgetsOnlyTheClientThatSignedIn() {
        fail("hr", MALLORY, 2);
        fail("hr", HR_DESK, 2);

        otherNode.succeeded("hr", HR_DESK);

        throttle.failed("hr", HR_DESK);
        assertThat(throttle.pausedFor("hr", HR_DESK)).isEmpty();
        throttle.failed("hr", MALLORY);
        assertThat(throttle.pausedFor("hr", MALLORY)).isPresent();
    }

    @Test
    void pausesOnlyTheNameThatFailed() {
        fail("mallory", MALLORY, 3);

        assertThat(throttle.pausedFor("mallory", MALLORY)).isPresent();
        assertThat(throttle.pausedFor("hr", MALLORY)).isEmpty();
    }

    @Test
    void keepsNoClientLongerThanItsWindowOrPause() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("name" + i, MALLORY);
        }
        clock.advance(Duration.ofMinutes(30));
        fail("mallory", MALLORY, 12);
        assertThat(rows()).isEqualTo(21);

        clock.advance(Duration.ofMinutes(31));
        throttle.failed("someone", MALLORY);
        assertThat(rows()).as("the windows of the 20 names are over; mallory's is not").isEqualTo(2);
    }

    @Test
    void keepsAtMostTheConfiguredNumberOfRows() {
        for (int client = 0; client < 200; client++) {
            clock.advance(Duration.ofSeconds(1));
            throttle.failed("hr", "198.51.100." + client);
        }

        assertThat(rows()).isLessThanOrEqualTo(50);
        assertThat(jdbc.sql("select count(*) from login_failure where client = '198.51.100.199'").query(Long.class)
                .single()).as("the newest client is kept").isEqualTo(1);
    }

    @Test
    void cutsVeryLongNamesToTheColumnSize() {
        String longName = "x".repeat(500);
        fail(longName, MALLORY, 3);

        assertThat(throttle.pausedFor(longName, MALLORY)).isPresent();
    }

    private void fail(String username, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, client);
        }
    }

    private long rows() {
        return jdbc.sql("select count(*) from login_failure").query(Long.class).single();
    }
}
