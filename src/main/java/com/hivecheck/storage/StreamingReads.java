package com.hivecheck.storage;

import jakarta.persistence.EntityManager;
import java.sql.Statement;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Lets a long read stream its rows from the database instead of having them computed whole first.
 *
 * <p>H2 computes a whole result before returning its first row, unless its session executes queries lazily: then
 * the rows come as the cursor asks for them, so that the first ones are sent at once and the result is never held
 * whole. PostgreSQL's cursor (a fetch size inside a transaction) streams already, so there this only runs the read.
 */
public final class StreamingReads {

    private StreamingReads() {
    }

    /**
     * Runs {@code read}, which walks a cursor over the entity manager's connection, with H2's lazy query execution on.
     * Call inside a read-only transaction, so that the setting and the cursor share one connection.
     */
    public static <T> T run(EntityManager entityManager, Supplier<T> read) {
        Session session = entityManager.unwrap(Session.class);
        boolean h2 = session.doReturningWork(
                connection -> "H2".equals(connection.getMetaData().getDatabaseProductName()));
        if (!h2) {
            return read.get();
        }
        lazyQueryExecution(session, true);
        try {
            return read.get();
        } finally {
            lazyQueryExecution(session, false);
        }
    }

    private static void lazyQueryExecution(Session session, boolean lazy) {
        session.doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LAZY_QUERY_EXECUTION " + lazy);
            }
        });
    }
}
