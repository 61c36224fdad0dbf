package com.hivecheck.history;

import com.hivecheck.assessment.ActivityEvidence;
import com.hivecheck.assessment.Assessment;
import com.hivecheck.assessment.PulseLink;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.storage.StreamingReads;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Repository;

/**
 * Walks every assessment matching a filter, newest first, in constant memory: the rows are read as a projection of
 * named columns (no managed entities pile up in the persistence context; the embedded activity evidence comes as a
 * plain value, or {@code null} when its columns are) through a forward-only cursor that fetches a chunk at a time,
 * streamed by the database ({@link StreamingReads}). Call inside a read-only transaction.
 */
@Repository
class PastAssessmentCursor {

    /** The attributes of {@link Assessment} a {@link PastAssessment} is made of; each is also its alias in a row. */
    private static final List<String> COLUMNS = List.of("id", "createdAt", "assessedOn", "network", "unit", "employees",
            "monthlyActiveUsers", "contentCreators", "creatorsMostlyOfficial", "benefits", "workRelatedShare",
            "improvement", "example", "modelVersion", "involvement", "benefit", "quadrant", "borderline", "evidence",
            "pulseId", "pulseResponses");

    private final EntityManager entityManager;

    PastAssessmentCursor(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Hands each matching assessment to {@code action}, newest first; returns how many there were. */
    long forEach(HistoryFilter filter, int fetchSize, Consumer<PastAssessment> action) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = builder.createTupleQuery();
        Root<Assessment> root = query.from(Assessment.class);
        query.multiselect(COLUMNS.stream().<Selection<?>>map(name -> root.get(name).alias(name)).toList());
        query.where(filter.toSpecification().toPredicate(root, query, builder));
        query.orderBy(QueryUtils.toOrders(filter.newestFirst(), root, builder));
        return StreamingReads.run(entityManager, () -> {
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
            }
            return count;
        });
    }

    @SuppressWarnings("unchecked")
    private static PastAssessment toPastAssessment(Tuple row) {
        Answers answers = new Answers(row.get("employees", Integer.class), row.get("monthlyActiveUsers", Integer.class),
                row.get("contentCreators", Integer.class), row.get("creatorsMostlyOfficial", Boolean.class),
                (Set<Benefit>) row.get("benefits", Set.class), row.get("workRelatedShare", Integer.class),
                row.get("improvement", Improvement.class));
        return new PastAssessment(row.get("id", UUID.class), row.get("createdAt", Instant.class),
                row.get("assessedOn", LocalDate.class), row.get("network", String.class), row.get("unit", String.class), answers,
                row.get("example", String.class), row.get("modelVersion", String.class),
                row.get("involvement", Integer.class), row.get("benefit", Integer.class),
                row.get("quadrant", Quadrant.class), row.get("borderline", Boolean.class),
                row.get("evidence", ActivityEvidence.class), pulse(row));
    }

    private static @Nullable PulseLink pulse(Tuple row) {
        UUID pulse = row.get("pulseId", UUID.class);
        Integer responses = row.get("pulseResponses", Integer.class);
        return pulse == null || responses == null ? null : new PulseLink(pulse, responses);
    }
}
