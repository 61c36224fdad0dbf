package com.hivecheck.pulse;

import com.hivecheck.scoring.Improvement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored answers of pulses, in plain SQL: an answer is written or replaced by its key, and read back only as
 * counts grouped in the database (at most 1,280 and 101 rows per pulse), never row by row. Comments are read in the
 * order of their random {@code shuffle} number, from a random starting point.
 */
@Repository
class PulseAnswers {

    /** The condition of {@link Pulse#isOpen(LocalDate)} on a row of {@code pulse}, for the day {@code :today}. */
    private static final String OPEN = "not closed and (closes_on is null or closes_on >= :today)";

    private final JdbcClient jdbc;

    PulseAnswers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the answer under its key if the pulse takes answers on {@code today}, replacing the one stored under the
     * same key before; a key just made ({@code fresh}) cannot have one, so its answer is inserted straight away. Each
     * statement checks that the pulse is open as it writes, so outside a transaction every statement commits on its
     * own and the common case is a single one, with no read of the pulse before it.
     *
     * @return whether the answer was stored; false when the pulse is closed on {@code today}, or gone
     */
    boolean saveIfOpen(UUID pulse, String answerKey, PulseAnswer answer, int shuffle, boolean fresh, LocalDate today) {
        if (!fresh && updateIfOpen(pulse, answerKey, answer, shuffle, today) > 0) {
            return true;
        }
        try {
            return jdbc.sql("""
                    insert into pulse_response (pulse_id, answer_key, benefits, improvement, work_related_share, comment,
                        shuffle)
                    select id, cast(:key as varchar(43)), cast(:benefits as integer), cast(:improvement as integer),
                        cast(:share as integer), cast(:comment as varchar(1000)), cast(:shuffle as integer)
                    from pulse where id = :pulse and\s""" + OPEN)
                    .param("pulse", pulse).param("key", answerKey)
                    .param("benefits", PulseTally.mask(answer.benefits()))
                    .param("improvement", answer.improvement().value())
                    .param("share", answer.workRelatedShare())
                    .param("comment", answer.comment(), Types.VARCHAR)
                    .param("shuffle", answer.comment() == null ? null : shuffle, Types.INTEGER)
                    .param("today", today)
                    .update() > 0;
        } catch (DuplicateKeyException sameBrowserTwice) {
            return updateIfOpen(pulse, answerKey, answer, shuffle, today) > 0;
        }
    }

    private int updateIfOpen(UUID pulse, String answerKey, PulseAnswer answer, int shuffle, LocalDate today) {
        return jdbc.sql("""
                update pulse_response set benefits = :benefits, improvement = :improvement,
                    work_related_share = :share, comment = :comment,
                    shuffle = case when :hasComment then coalesce(shuffle, :shuffle) end
                where pulse_id = :pulse and answer_key = :key
                    and exists (select 1 from pulse where id = :pulse and\s""" + OPEN + ")")
                .param("pulse", pulse).param("key", answerKey)
                .param("benefits", PulseTally.mask(answer.benefits()))
                .param("improvement", answer.improvement().value())
                .param("share", answer.workRelatedShare())
                .param("comment", answer.comment(), Types.VARCHAR)
                .param("hasComment", answer.comment() != null)
                .param("shuffle", shuffle)
                .param("today", today)
                .update();
    }

    Optional<PulseAnswer> find(UUID pulse, String answerKey) {
        return jdbc.sql("""
                select benefits, improvement, work_related_share, comment from pulse_response
                where pulse_id = :pulse and answer_key = :key""")
                .param("pulse", pulse).param("key", answerKey)
                .query((row, number) -> new PulseAnswer(PulseTally.benefits(row.getInt(1)),
                        Improvement.values()[row.getInt(2) - 1], row.getInt(3), row.getString(4)))
                .optional();
    }

    /** Answers per pulse, for a list of pulses; pulses without answers are absent. */
    Map<UUID, Long> counts(Collection<UUID> pulses) {
        Map<UUID, Long> counts = new HashMap<>();
        if (pulses.isEmpty()) {
            return counts;
        }
        jdbc.sql("select pulse_id, count(*) from pulse_response where pulse_id in (:pulses) group by pulse_id")
                .param("pulses", pulses)
                .query(row -> {
                    counts.put(row.getObject(1, UUID.class), row.getLong(2));
                })
                ;
        return counts;
    }

    /**
     * The three distributions of a pulse's answers, counted by the database in two scans of the tally index
     * ({@code V8_1}): at most 1,280 rows of benefits with improvement, and 101 of work-related share.
     */
    PulseTally tally(UUID pulse) {
        long[] benefits = new long[PulseTally.COMBINATIONS];
        long[] improvement = new long[Improvement.values().length];
        long[] share = new long[PulseTally.SHARES];
        jdbc.sql("""
                select benefits, improvement, count(*) from pulse_response where pulse_id = :pulse
                group by benefits, improvement""")
                .param("pulse", pulse)
                .query(row -> {
                    long count = row.getLong(3);
                    benefits[row.getInt(1)] += count;
                    improvement[row.getInt(2) - 1] += count;
                });
        jdbc.sql("""
                select work_related_share, count(*) from pulse_response where pulse_id = :pulse
                group by work_related_share""")
                .param("pulse", pulse)
                .query(row -> {
                    share[row.getInt(1)] = row.getLong(2);
                });
        return new PulseTally(benefits, improvement, share);
    }

    /**
     * Up to {@code limit} comments, taken in the order of their random shuffle number from {@code start} on, wrapping
     * around to the lowest numbers when fewer follow it. Only answers with a comment have a shuffle number (V12), so
     * both range scans of the comment index read comments alone; the explicit lower bound keeps the second one from
     * walking the answers without a number, which the index sorts first.
     */
    List<String> comments(UUID pulse, int start, int limit) {
        List<String> comments = new ArrayList<>(jdbc.sql("""
                select comment from pulse_response where pulse_id = :pulse and shuffle >= :start
                order by pulse_id, shuffle fetch first :limit rows only""")
                .param("pulse", pulse).param("start", start).param("limit", limit)
                .query(String.class).list());
        if (comments.size() < limit) {
            comments.addAll(jdbc.sql("""
                    select comment from pulse_response where pulse_id = :pulse and shuffle >= :lowest and shuffle < :start
                    order by pulse_id, shuffle fetch first :limit rows only""")
                    .param("pulse", pulse).param("lowest", Integer.MIN_VALUE).param("start", start)
                    .param("limit", limit - comments.size())
                    .query(String.class).list());
        }
        return comments;
    }

}
