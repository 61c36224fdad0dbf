package com.hivecheck.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.MutableClock;
import com.hivecheck.scoring.ScoringModels;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * HR's results reuse a pulse's counted answers until an answer arrives or they grow old, so a results page over
 * 100,000 answers does not recount them on every view, yet never hides an answer this node took.
 */
class PulseSummariesTest {

    private static final BenefitAxis AXIS = new BenefitAxis(ScoringModels.V1);
    private static final UUID PULSE = UUID.randomUUID();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    private final AtomicInteger counts = new AtomicInteger();

    private Supplier<PulseSummary> counting(int responses) {
        return () -> {
            counts.incrementAndGet();
            return PulseSummary.of(PulseTally.of(Answers.alike(responses)), 40, 5, AXIS);
        };
    }

    private PulseSummaries summaries(Duration ttl, int capacity) {
        return new PulseSummaries(new PulseProperties(5, ttl, capacity), clock);
    }

    @Test
    void aSecondReadReusesTheCount() {
        PulseSummaries summaries = summaries(Duration.ofSeconds(10), 256);
        summaries.get(PULSE, counting(7));
        PulseSummary again = summaries.get(PULSE, counting(7));
        assertThat(counts).hasValue(1);
        assertThat(again.responses()).isEqualTo(7);
    }

    @Test
    void anAnswerTakenHereIsCountedAtTheNextRead() {
        PulseSummaries summaries = summaries(Duration.ofSeconds(10), 256);
        summaries.get(PULSE, counting(4));
        summaries.forget(PULSE);
        assertThat(summaries.get(PULSE, counting(5)).responses()).isEqualTo(5);
        assertThat(counts).hasValue(2);
    }

    @Test
    void aCountThatAnAnswerOvertookIsShownOnceButNotKept() {
        PulseSummaries summaries = summaries(Duration.ofSeconds(10), 256);
        PulseSummary raced = summaries.get(PULSE, () -> {
            PulseSummary before = counting(4).get();
            summaries.forget(PULSE);
            return before;
        });
        assertThat(raced.responses()).isEqualTo(4);
        assertThat(summaries.get(PULSE, counting(5)).responses()).isEqualTo(5);
    }

    @Test
    void answersTakenElsewhereShowOnceTheCountIsOld() {
        PulseSummaries summaries = summaries(Duration.ofSeconds(10), 256);
        summaries.get(PULSE, counting(4));
        clock.advance(Duration.ofSeconds(9));
        assertThat(summaries.get(PULSE, counting(5)).responses()).isEqualTo(4);
        clock.advance(Duration.ofSeconds(1));
        assertThat(summaries.get(PULSE, counting(5)).responses()).isEqualTo(5);
    }

    @Test
    void theLeastRecentlyReadPulseGoesFirst() {
        PulseSummaries summaries = summaries(Duration.ofSeconds(10), 2);
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        summaries.get(PULSE, counting(5));
        summaries.get(second, counting(5));
        summaries.get(PULSE, counting(5));
        summaries.get(third, counting(5));
        assertThat(counts).hasValue(3);
        summaries.get(PULSE, counting(5));
        assertThat(counts).as("the first pulse was read recently and kept").hasValue(3);
        summaries.get(second, counting(5));
        assertThat(counts).as("the second was read least recently and went").hasValue(4);
    }

    @Test
    void noTimeToLiveCountsEveryTime() {
        PulseSummaries summaries = summaries(Duration.ZERO, 256);
        summaries.get(PULSE, counting(5));
        summaries.get(PULSE, counting(5));
        assertThat(counts).hasValue(2);
    }
}
