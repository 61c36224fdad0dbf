package com.hivecheck.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
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
 * <p>Under concurrent load, H2's file is written at most once per {@code hivecheck.storage.write-interval} (5 ms by
 * default): while the last write covered the commits of several requests, the next one waits out the rest of the
 * interval, and then covers every commit made meanwhile. A write is a chunk that rewrites the pages the commits
 * touched and the metadata of every chunk whose pages it supersedes, so it costs about as much for one commit as for
 * several: without the interval, pulse answers arriving at 800 a second were written two or three at a time, 36 KB
 * per write. Requests one after the other (each write covering one commit) never wait.
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

    /** Guards {@link #written}, {@link #writing} and {@link #writeEnded}. */
    private final Object lock = new Object();

    /** Every commit numbered up to this one is in the file. */
    private long written;

    /** Whether a request is writing H2's file now: one at a time. */
    private boolean writing;

    /**
     * Completed when the write running now ends, waking every request that waits for it at once (not one after the
     * other, each waiting for the CPU to wake the next); they then find their commit written, or one of them writes.
     */
    private CompletableFuture<Void> writeEnded = new CompletableFuture<>();

    /** The shortest time between two writes under concurrent load, in nanoseconds. */
    private final long interval;

    /** When the last write began ({@link System#nanoTime()}); only the writing request reads or sets it. */
    private long lastWrite;

    /** How many commits the last write covered; only the writing request reads or sets it. */
    private long lastGroup;

    /** Forces H2's file to the disk while the application runs; null when stopped. */
    private @Nullable ScheduledExecutorService syncing;

    DurableWrites(DataSource dataSource,
            @Value("${hivecheck.storage.checkpoint-before-acknowledging:true}") boolean enabled,
            @Value("${hivecheck.storage.write-interval:5ms}") Duration interval) {
        this.dataSource = dataSource;
        this.interval = interval.toNanos();
        this.lastWrite = System.nanoTime() - this.interval;
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
        while (true) {
            CompletableFuture<Void> running;
            synchronized (lock) {
                if (written >= mine) {
                    return;
                }
                if (writing) {
                    running = writeEnded;
                } else {
                    writing = true;
                    running = null;
                }
            }
            if (running != null) {
                running.join();
            } else {
                write();
            }
        }
    }

    /** Writes every commit counted so far to H2's file; the caller has taken the turn ({@link #writing}). */
    private void write() {
        long covered = 0;
        boolean done = false;
        try {
            long wait = lastWrite + interval - System.nanoTime();
            if (lastGroup > 1 && wait > 0) {
                LockSupport.parkNanos(wait);
            }
            lastWrite = System.nanoTime();
            covered = committed.get();
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
            done = true;
        } finally {
            CompletableFuture<Void> ended;
            synchronized (lock) {
                if (done) {
                    lastGroup = covered - written;
                    written = covered;
                }
                writing = false;
                ended = writeEnded;
                writeEnded = new CompletableFuture<>();
            }
            ended.complete(null);
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
