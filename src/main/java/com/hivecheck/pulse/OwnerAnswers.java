package com.hivecheck.pulse;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The network owner's own latest answers to questions 3 and 4 for a network and unit, from the stored assessments that
 * were not themselves filled from a pulse. Read straight from the {@code assessment} table (its documented columns,
 * V1 and V8) so that the pulse does not depend on the assessment feature, which depends on it.
 */
@Repository
class OwnerAnswers {

    private final JdbcClient jdbc;

    OwnerAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OwnerAnswer> latest(String network, @Nullable String unit) {
        String sameUnit = unit == null ? "unit is null" : "unit = :unit";
        JdbcClient.StatementSpec statement = jdbc.sql("""
                select id, created_at, benefits, improvement, work_related_share from assessment
                where network = :network and %s and pulse_id is null
                order by created_at desc fetch first 1 rows only""".formatted(sameUnit))
                .param("network", network);
        if (unit != null) {
            statement = statement.param("unit", unit);
        }
        return statement.query((row, number) -> new OwnerAnswer(row.getObject(1, UUID.class),
                        row.getObject(2, java.time.OffsetDateTime.class).toInstant(), benefits(row.getString(3)),
                        Improvement.valueOf(row.getString(4)), row.getInt(5)))
                .optional();
    }

    /** The assessment table's benefits column: enum names joined by commas. */
    private static Set<Benefit> benefits(@Nullable String column) {
        Set<Benefit> benefits = EnumSet.noneOf(Benefit.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(Benefit::valueOf).forEach(benefits::add);
        }
        return benefits;
    }
}
