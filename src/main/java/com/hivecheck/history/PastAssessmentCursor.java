package com.hivecheck.history;

import com.hivecheck.assessment.ActivityEvidence;
import com.hivecheck.assessment.Assessment;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.Quadrant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Repository;

/**
 * Walks every assessment matching a filter, newest first, in constant memory: the rows are read as plain tuples (no
 * managed entities pile up in the persistence context; the embedded activity evidence comes as a plain value, or
 * {@code null} when its columns are) through a forward-only cursor that fetches a chunk at a time.
 * Call inside a read-only transaction.
 */
@Repository
class PastAssessmentCursor {

    private static final String[] COLUMNS = {"id", "createdAt", "assessedOn", "network", "unit", "employees", "monthlyActiveUsers",
        "contentCreators", "creatorsMostlyOfficial", "benefits", "workRelatedShare", "improvement", "example",
        "modelVersion", "involvement", "benefit", "quadrant", "borderline", "evidence"};

    private final EntityManager entityManager;

    PastAssessmentCursor(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Hands each matching assessment to {@code action}, newest first; returns how many there were. */
    long forEach(HistoryFilter filter, int fetchSize, Consumer<PastAssessment> action) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = builder.createTupleQuery();
        Root<Assessment> root = query.from(Assessment.class);
        query.multiselect(Stream.of(COLUMNS).<jakarta.persistence.criteria.Selection<?>>map(root::get).toList());
        query.where(filter.toSpecification().toPredicate(root, query, builder));
        query.orderBy(QueryUtils.toOrders(filter.newestFirst(), root, builder));
        Session session = entityManager.unwrap(Session.class);
        boolean h2 = session.doReturningWork(
                connection -> "H2".equals(connection.getMetaData().getDatabaseProductName()));
        if (h2) {
            lazyQueryExecution(session, true);
        }
        long count = 0;
        try (Stream<Tuple> rows = entityManager.createQuery(query)
                .setHint(HibernateHints.HINT_FETCH_SIZE, fetchSize)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            var iterator = rows.iterator();
            while (iterator.hasNext()) {
                action.accept(toPastAssessment(iterator.next()));
                count++;
            }
        } finally {
            if (h2) {
                lazyQueryExecution(session, false);
            }
        }
        return count;
    }

    /**
     * H2 computes a whole result before returning its first row, unless its session executes queries lazily: then
     * the rows come as the cursor asks for them, so that the first ones are sent at once and the result is never
     * held whole. PostgreSQL's cursor (a fetch size inside a transaction) streams already.
     */
    private static void lazyQueryExecution(Session session, boolean lazy) {
        session.doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LAZY_QUERY_EXECUTION " + lazy);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static PastAssessment toPastAssessment(Tuple row) {
        Answers answers = new Answers((Integer) row.get(5), (Integer) row.get(6), (Integer) row.get(7),
                (Boolean) row.get(8), (Set<Benefit>) row.get(9), (Integer) row.get(10), (Improvement) row.get(11));
        return new PastAssessment((UUID) row.get(0), (Instant) row.get(1), (LocalDate) row.get(2),
                (String) row.get(3), (String) row.get(4), answers, (String) row.get(12), (String) row.get(13),
                (Integer) row.get(14), (Integer) row.get(15), (Quadrant) row.get(16), (Boolean) row.get(17),
                (ActivityEvidence) row.get(18));
    }
}
