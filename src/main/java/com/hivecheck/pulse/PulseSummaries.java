package com.hivecheck.pulse;

import com.hivecheck.system.LeastRecentlyUsed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The counted answers of the pulses HR reads, so that a results page over 100,000 answers does not recount them and
 * redraw the bootstrap on every view. An answer taken here forgets its pulse's summary once the answer is committed, so
 * this node never shows a count without it; answers taken by other nodes show within
 * {@link PulseProperties#summaryTtl()}. At most {@link PulseProperties#summaries()} pulses are kept, the least recently
 * read going first. A summary holds counts only, no answer.
 */
@Component
class PulseSummaries {

    private final Duration ttl;
    private final int capacity;
    private final Clock clock;
    private final Map<UUID, Entry> entries;

    /**
     * Forgets so far, of any pulse: a summary counted while one happened may predate an answer and is returned but
     * not kept.
     */
    private final AtomicLong forgets = new AtomicLong();

    PulseSummaries(PulseProperties properties, Clock clock) {
        this.ttl = properties.summaryTtl();
        this.capacity = properties.summaries();
        this.clock = clock;
        this.entries = new LeastRecentlyUsed<>(capacity);
    }

    /** The pulse's summary: the one kept if it is fresh, otherwise {@code count}'s, kept for the next reads. */
    PulseSummary get(UUID pulse, Supplier<PulseSummary> count) {
        if (capacity == 0 || ttl.isZero()) {
            return count.get();
        }
        Instant now = clock.instant();
        synchronized (entries) {
            Entry entry = entries.get(pulse);
            if (entry != null && now.isBefore(entry.countedAt().plus(ttl))) {
                return entry.summary();
            }
        }
        long forgetsBefore = forgets.get();
        PulseSummary summary = count.get();
        synchronized (entries) {
            Entry newer = entries.get(pulse);
            boolean forgottenMeanwhile = forgets.get() != forgetsBefore;
            if (!forgottenMeanwhile && (newer == null || newer.countedAt().isBefore(now))) {
                entries.put(pulse, new Entry(summary, now));
            }
        }
        return summary;
    }

    /**
     * Forgets the pulse's summary when the current transaction commits (at once outside one), and once more at that
     * moment, so that a summary counted while the answer was being written is not kept.
     */
    void forget(UUID pulse) {
        forgetNow(pulse);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetNow(pulse);
                }
            });
        }
    }

    private void forgetNow(UUID pulse) {
        synchronized (entries) {
            forgets.incrementAndGet();
            entries.remove(pulse);
        }
    }

    private record Entry(PulseSummary summary, Instant countedAt) {
    }
}
