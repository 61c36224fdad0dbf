package com.hivecheck.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes a write durable before the user is told it is stored, on the embedded H2 file database too.
 *
 * <p>H2 writes committed transactions to its file from a background thread, up to {@code WRITE_DELAY} (500 ms) later:
 * a JVM killed in between loses transactions that were already acknowledged. H2's {@code WRITE_DELAY=0} writes every
 * commit at once, but it also stops that background thread and with it H2's housekeeping, so the file then grows by a
 * whole chunk per commit until the next restart (931 MB after 25,000 submissions in {@code bench/profile.sh}), and every
 * commit gets slower. Instead the background writer stays, and a write that must survive ends with a {@code CHECKPOINT}
 * after its commit: H2 writes every committed change to the file before it returns. Concurrent requests share one
 * write (group commit): a request whose commit is covered by a write that started after it returns without another.
 * The data reaches the operating system, not necessarily the disk: a killed JVM loses nothing, a power cut may
 * lose the last writes (PostgreSQL is the answer to that).
 *
 * <p>H2 itself skips a store while another store of its own (its background writer's) is running, so a commit that
 * lands during one can still be acknowledged a few milliseconds before it reaches the file; {@code WRITE_DELAY=0} has
 * the same window. On every other database (PostgreSQL) a commit is durable when it returns, and this does nothing.
 */
@Component
public class DurableWrites {

    private static final Logger log = LoggerFactory.getLogger(DurableWrites.class);

    private final JdbcTemplate jdbc;
    private final boolean checkpoint;

    /** Commits counted so far, each numbered once it has committed. */
    private final AtomicLong committed = new AtomicLong();

    /** One write at a time; the others wait, and most then find their commit written already. */
    private final ReentrantLock writing = new ReentrantLock();

    /** Every commit numbered up to this one is in the file. Guarded by {@link #writing}. */
    private long written;

    DurableWrites(DataSource dataSource,
            @Value("${assessment.storage.checkpoint-before-acknowledging:true}") boolean enabled) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.checkpoint = enabled && isH2Storage(dataSource);
        if (!enabled) {
            log.warn("assessment.storage.checkpoint-before-acknowledging=false: on H2, acknowledged assessments can be "
                    + "lost when the JVM dies within H2's write delay");
        }
    }

    /**
     * Makes the current transaction's changes durable as soon as it commits: call it inside the transaction of a write
     * that will be acknowledged. Outside a transaction, everything committed so far is made durable now. The commit
     * (and so the request) fails when H2 cannot write its file.
     */
    public void onCommit() {
        if (!checkpoint) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    writeCommitted();
                }
            });
        } else {
            writeCommitted();
        }
    }

    /** Whether {@link #onCommit()} writes H2's file itself: true on an H2 database that is not in memory. */
    public boolean checkpoints() {
        return checkpoint;
    }

    private void writeCommitted() {
        long mine = committed.incrementAndGet();
        writing.lock();
        try {
            if (written >= mine) {
                return;
            }
            long covered = committed.get();
            jdbc.execute("CHECKPOINT");
            written = covered;
        } finally {
            writing.unlock();
        }
    }

    private static boolean isH2Storage(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL().toLowerCase(Locale.ROOT);
            return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database stores the assessments", e);
        }
    }
}
