package com.hivecheck.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.DataSourceUtils;
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
 * commit gets slower. Instead the background writer stays, and a write that must survive asks H2's store to write,
 * after its commit and before it returns.
 *
 * <p>H2 writes a chunk of a given version to the file, in version order, and skips a write it is asked for while one
 * of its own is running. So the store is asked to write, and the commit is durable once a chunk at least as new as
 * the store's version right after the commit is in the file, which is the common case when this returns. Otherwise
 * (H2 skipped the request, or a write it started holds the commit and is still on its way to the file), every write H2
 * has started is waited for, the store is asked once more, and waited for again. Concurrent requests share these
 * writes (group commit): a request whose commit a later write has covered returns without another. The data reaches
 * the operating system, not necessarily the disk: a killed JVM loses nothing.
 *
 * <p>While the application runs, H2's file is also forced to the disk every second ({@link #SYNC_INTERVAL}), which H2
 * itself only does when it closes: a power cut then hits only the last second of writes, instead of whatever the
 * operating system had not flushed yet (up to 30 s on Linux). Those writes can be lost, and the file damaged if H2 was
 * reusing space in that second, as with H2's defaults: PostgreSQL is the answer to power cuts. The per-second sync
 * lets H2 reuse the space of superseded chunks after {@link #RETENTION} instead of its default 45 s. H2 keeps a chunk
 * at least that long after writing it, on the assumption (its documentation's) that the operating system has flushed
 * the chunks written since by then; the forced write makes that hold within a second. With 45 s, two minutes of
 * sustained submissions grew the file past 1.5 GB, and H2 tracked some 23,000 retained chunks in the heap, which kept
 * the collector busy; with 5 s the file stays near 300 MB ({@code bench/README.md}). Readers are not affected: H2
 * never reuses a chunk that an open transaction or a running query may still read.
 *
 * <p>On every other database (PostgreSQL) a commit is durable when it returns, and this does nothing.
 */
@Component
public class DurableWrites implements SmartLifecycle {

    /** How often H2's file is forced to the disk. */
    static final Duration SYNC_INTERVAL = Duration.ofSeconds(1);

    /** How long H2 keeps the space of a chunk that no longer holds live data, given {@link #SYNC_INTERVAL}. */
    static final Duration RETENTION = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(DurableWrites.class);

    private final DataSource dataSource;
    private final boolean h2Storage;

    /** Commits counted so far, each numbered once it has committed. */
    private final AtomicLong committed = new AtomicLong();

    /** One writer at a time; the others wait, and most then find their commit written already. */
    private final ReentrantLock writing = new ReentrantLock();

    /** Every commit numbered up to this one is in the file. Guarded by {@link #writing}. */
    private long written;

    /** Forces H2's file to the disk while the application runs; null when stopped. */
    private @Nullable ScheduledExecutorService syncing;

    DurableWrites(DataSource dataSource,
            @Value("${hivecheck.storage.checkpoint-before-acknowledging:true}") boolean enabled) {
        this.dataSource = dataSource;
        this.h2Storage = enabled && isH2Storage(dataSource);
        if (!enabled) {
            log.warn("hivecheck.storage.checkpoint-before-acknowledging=false: on H2, acknowledged assessments can be "
                    + "lost when the JVM dies within H2's write delay");
        }
    }

    /**
     * Makes the current transaction's changes durable as soon as it commits: call it inside the transaction of a write
     * that will be acknowledged. Outside a transaction, everything committed so far is made durable now. The commit
     * (and so the request) fails when H2 cannot write its file.
     */
    public void onCommit() {
        if (!h2Storage) {
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

    /** Whether {@link #onCommit()} writes H2's file itself: true on an embedded H2 database that is not in memory. */
    public boolean writesTheFileItself() {
        return h2Storage;
    }

    private void writeCommitted() {
        long mine = committed.incrementAndGet();
        writing.lock();
        try {
            if (written >= mine) {
                return;
            }
            long covered = committed.get();
            MVStore store = store();
            long needed = store.getCurrentVersion();
            store.commit();
            if (store.getFileStore().lastChunkVersion() < needed) {
                // H2 skipped the write for one of its own already running, which may have begun before these
                // commits: wait until every write H2 has started is in the file, ask again, and wait again.
                waitForStartedWrites(store);
                store.commit();
                waitForStartedWrites(store);
            }
            written = covered;
        } finally {
            writing.unlock();
        }
    }

    /** On H2, shortens the retention of freed chunks and starts forcing the file to the disk every second. */
    @Override
    public synchronized void start() {
        if (!h2Storage || syncing != null) {
            return;
        }
        store().setRetentionTime((int) RETENTION.toMillis());
        syncing = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "h2-file-sync");
            thread.setDaemon(true);
            return thread;
        });
        long interval = SYNC_INTERVAL.toMillis();
        syncing.scheduleWithFixedDelay(this::sync, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Stops the periodic syncs; H2 forces its file to the disk itself when the database closes. */
    @Override
    public synchronized void stop() {
        if (syncing != null) {
            syncing.shutdownNow();
            syncing = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return syncing != null;
    }

    /** Started before the web server and stopped after it, so that the syncs go on while requests drain. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void sync() {
        try {
            store().sync();
        } catch (RuntimeException e) {
            // The database may be closing; the next sync, or H2's own on close, covers what this one missed.
            log.warn("could not force H2's file to the disk: {}", e.toString());
        }
    }

    private static void waitForStartedWrites(MVStore store) {
        store.executeFilestoreOperation(() -> { });
    }

    /** H2's store, reached through this thread's connection (the committed transaction's, while it is bound). */
    private MVStore store() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            return session.getDatabase().getStore().getMvStore();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach H2's store", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static boolean isH2Storage(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL().toLowerCase(Locale.ROOT);
            return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                    && !url.startsWith("jdbc:h2:ssl:");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database stores the assessments", e);
        }
    }
}
