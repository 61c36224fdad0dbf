package com.hivecheck.importing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports computed from uploads, kept in the database under an unguessable id for a while (two hours by default)
 * so that the results page can be shown and the questionnaire filled from it on any node and after a restart. They
 * hold aggregates only (the figures as JSON), at most {@code hivecheck.importing.max-reports} of them: the oldest go
 * first, and expired ones are deleted whenever a report is added.
 */
@Component
public class ActivityReports {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** What {@link #newId()} makes: anything else is not looked up (PostgreSQL refuses a NUL in a parameter). */
    private static final java.util.regex.Pattern REPORT_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ImportingProperties properties;
    private final Clock clock;

    ActivityReports(DataSource dataSource, ImportingProperties properties, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.properties = properties;
        this.clock = clock;
    }

    /** Keeps a report and returns it with its id. */
    @Transactional
    StoredReport add(ActivityReport report, @Nullable String network, @Nullable String fileName) {
        Instant now = clock.instant();
        jdbc.sql("delete from import_report where expires_at <= ?").param(at(now)).update();
        long kept = jdbc.sql("select count(*) from import_report").query(Long.class).single();
        if (kept >= properties.maxReports()) {
            List<String> oldest = jdbc.sql("select id from import_report order by expires_at limit ?")
                    .param(kept - properties.maxReports() + 1).query(String.class).list();
            oldest.forEach(id -> jdbc.sql("delete from import_report where id = ?").param(id).update());
        }
        StoredReport stored = new StoredReport(newId(), network, fileName, report, now.plus(properties.reportTtl()));
        jdbc.sql("insert into import_report (id, network, file_name, expires_at, figures) values (?, ?, ?, ?, ?)")
                .params(stored.id(), network, fileName, at(stored.expiresAt()), json.writeValueAsString(report))
                .update();
        return stored;
    }

    /** The report with this id, unless it has expired or never existed. */
    Optional<StoredReport> find(String id) {
        if (!REPORT_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select id, network, file_name, expires_at, figures from import_report "
                        + "where id = ? and expires_at > ?")
                .params(id, at(clock.instant()))
                .query((row, number) -> new StoredReport(row.getString(1), row.getString(2), row.getString(3),
                        json.readValue(row.getString(5), ActivityReport.class),
                        row.getObject(4, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /**
     * The figures behind an evidence token such as {@code <report id>.0} (the whole network) or
     * {@code <report id>.3} (the third unit); empty when the token is blank, malformed or its report has expired.
     */
    public Optional<Evidence> evidence(@Nullable String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot < 1 || token.length() - dot > 6) {
            return Optional.empty();
        }
        int group;
        try {
            group = Integer.parseInt(token.substring(dot + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return find(token.substring(0, dot)).flatMap(stored -> stored.evidence(group));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A kept report.
     *
     * @param id its unguessable id
     * @param network the network name given with the upload, or {@code null}
     * @param fileName the uploaded file's name, or {@code null}
     * @param report the figures
     * @param expiresAt when it is forgotten
     */
    record StoredReport(String id, @Nullable String network, @Nullable String fileName, ActivityReport report,
            Instant expiresAt) implements ImportManagement.Uploaded {

        /**
         * Group 0 is the whole network, group {@code i} the {@code i}-th unit in report order. The people without a
         * unit, and those of the smaller units counted together, are no unit to assess: they give no evidence.
         */
        Optional<Evidence> evidence(int group) {
            List<GroupFigures> units = report.units();
            if (group < 0 || group > units.size()) {
                return Optional.empty();
            }
            GroupFigures figures = group == 0 ? report.network() : units.get(group - 1);
            if (!figures.assessable()) {
                return Optional.empty();
            }
            return Optional.of(Evidence.of(token(group), report, network, figures));
        }

        String token(int group) {
            return id + "." + group;
        }
    }
}
