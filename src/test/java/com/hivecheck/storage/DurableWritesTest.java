package com.hivecheck.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a JVM killed right after an acknowledgement leaves behind: a copy of the H2 file taken the moment the write
 * returns must already hold it. H2's write delay is set to a minute here, so only the checkpoint can have written it.
 */
class DurableWritesTest {

    private static final Duration INTERVAL = Duration.ofMillis(5);

    @TempDir
    Path directory;

    @Test
    void aCommittedWriteIsInTheFileBeforeTheCallerIsAnswered() throws Exception {
        List<String> survived = writeThenCopyTheFile(true);

        assertThat(survived).containsExactly("acknowledged");
    }

    @Test
    void withoutTheCheckpointTheSameWriteIsOnlyInMemory() throws Exception {
        List<String> survived = writeThenCopyTheFile(false);

        assertThat(survived).isEmpty();
    }

    /**
     * Sixteen requests committing at once, forty times each: every one finds its commit in the file when it is
     * answered, and the writes they shared are fewer than a third of the commits.
     */
    @Test
    void concurrentCommitsAreEachInTheFileWhenAnsweredAndShareWrites() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + directory.resolve("shared") + ";WRITE_DELAY=60000");
        config.setUsername("sa");
        config.setMaximumPoolSize(16);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("create table note (text varchar(40))");
            DurableWrites durableWrites = new DurableWrites(dataSource, true, INTERVAL);
            MVStore store = store(dataSource);
            long writesBefore = store.getFileStore().getWriteCount();
            AtomicInteger late = new AtomicInteger();
            ExecutorService requests = Executors.newFixedThreadPool(16);
            List<Future<?>> answered = new ArrayList<>();
            for (int request = 0; request < 16; request++) {
                answered.add(requests.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        jdbc.update("insert into note values ('acknowledged')");
                        long committedVersion = store.getCurrentVersion();
                        durableWrites.onCommit();
                        if (store.getFileStore().lastChunkVersion() < committedVersion) {
                            late.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> request : answered) {
                request.get(1, TimeUnit.MINUTES);
            }
            requests.shutdown();

            assertThat(late).as("answers before their commit was in the file").hasValue(0);
            assertThat(store.getFileStore().getWriteCount() - writesBefore).as("writes for 640 commits")
                    .isLessThan(200);
        }
    }

    private static MVStore store(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
                    .getMvStore();
        }
    }

    @Test
    void inMemoryDatabasesAreLeftAlone() {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:durable-writes");

        assertThat(new DurableWrites(memory, true, INTERVAL).writesTheFileItself()).isFalse();
    }

    @Test
    void whileRunningOnAFileItFreesSupersededChunksAfterFiveSecondsAndSyncsEverySecond() throws Exception {
        try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                "jdbc:h2:file:" + directory.resolve("running"), "sa", "", true)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            DurableWrites durableWrites = new DurableWrites(dataSource, true, INTERVAL);
            assertThat(retentionTime(jdbc)).as("H2's default").isEqualTo(45_000);

            durableWrites.start();
            try {
                assertThat(durableWrites.isRunning()).isTrue();
                assertThat(retentionTime(jdbc)).isEqualTo(5_000);
                assertThat(syncThreads()).hasSize(1);
            } finally {
                durableWrites.stop();
            }

            assertThat(durableWrites.isRunning()).isFalse();
            Thread.sleep(100);
            assertThat(syncThreads()).isEmpty();
        }
    }

    @Test
    void inMemoryDatabasesGetNoSyncs() {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:durable-writes-lifecycle");
        DurableWrites durableWrites = new DurableWrites(memory, true, INTERVAL);

        durableWrites.start();

        assertThat(durableWrites.isRunning()).isFalse();
        assertThat(syncThreads()).isEmpty();
    }

    private static int retentionTime(JdbcTemplate jdbc) {
        return jdbc.queryForObject(
                "select cast(setting_value as int) from information_schema.settings where setting_name = 'RETENTION_TIME'",
                Integer.class);
    }

    private static List<Thread> syncThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("h2-file-sync") && thread.isAlive())
                .toList();
    }

    private List<String> writeThenCopyTheFile(boolean enabled) throws Exception {
        Path live = directory.resolve("live");
        try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                "jdbc:h2:file:" + live + ";WRITE_DELAY=60000", "sa", "", true)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("create table note (text varchar(40))");
            jdbc.execute("checkpoint");
            DurableWrites durableWrites = new DurableWrites(dataSource, enabled, INTERVAL);
            assertThat(durableWrites.writesTheFileItself()).isEqualTo(enabled);

            new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
                jdbc.update("insert into note values ('acknowledged')");
                durableWrites.onCommit();
            });
            Files.copy(directory.resolve("live.mv.db"), directory.resolve("crashed.mv.db"));
        }
        Path crashed = directory.resolve("crashed");
        try (SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                "jdbc:h2:file:" + crashed, "sa", "", true)) {
            return new JdbcTemplate(dataSource).queryForList("select text from note", String.class);
        }
    }
}
