package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

class ActivityReportsTest {

    private final MutableClock clock = new MutableClock();
    private final EmbeddedDatabase database = new EmbeddedDatabaseBuilder().generateUniqueName(true)
            .setType(EmbeddedDatabaseType.H2).addScript("db/migration/common/V7__import_reports.sql").build();
    private final ActivityReports reports = new ActivityReports(database,
            new ImportingProperties(Duration.ofHours(2), 3, Duration.ofMinutes(30), 2, 2000, 200, 0, 1, Duration.ofSeconds(30)), clock);

    @AfterEach
    void dropDatabase() {
        database.shutdown();
    }

    private static ActivityReport report() throws IOException {
        return ActivityFiles.read("""
                person,unit,last_activity_date,posts
                a,Sales,2026-05-31,4
                b,Sales,2026-05-31,1
                c,,2026-05-31,0
                """);
    }

    @Test
    void evidenceTokensFindTheNetworkAndEachUnit() throws IOException {
        ActivityReports.StoredReport stored = reports.add(report(), "Acme", "a.csv");
        assertThat(reports.evidence(stored.id() + ".0")).hasValueSatisfying(evidence -> {
            assertThat(evidence.unit()).isNull();
            assertThat(evidence.network()).isEqualTo("Acme");
            assertThat(evidence.employees()).isEqualTo(3);
            assertThat(evidence.token()).isEqualTo(stored.id() + ".0");
        });
        assertThat(reports.evidence(stored.id() + ".1")).hasValueSatisfying(evidence -> {
            assertThat(evidence.unit()).isEqualTo("Sales");
            assertThat(evidence.contentCreators()).isEqualTo(1);
        });
    }

    @Test
    void peopleWithoutAUnitAndMalformedTokensGiveNoEvidence() throws IOException {
        String id = reports.add(report(), null, null).id();
        assertThat(reports.evidence(id + ".2")).as("people without a unit").isEmpty();
        for (String token : new String[] {id + ".3", id + ".-1", id + ".x", id, ".0", "", "nope.0"}) {
            assertThat(reports.evidence(token)).as(token).isEmpty();
        }
        assertThat(reports.evidence(null)).isEmpty();
    }

    @Test
    void reportsAreForgottenAfterTheirTime() throws IOException {
        String id = reports.add(report(), null, null).id();
        clock.advance(Duration.ofHours(2).minusSeconds(1));
        assertThat(reports.find(id)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(reports.find(id)).isEmpty();
        assertThat(reports.evidence(id + ".0")).isEmpty();
    }

    @Test
    void theOldestReportsGiveWayWhenTooManyAreKept() throws IOException {
        String first = reports.add(report(), null, null).id();
        clock.advance(Duration.ofSeconds(1));
        String second = reports.add(report(), null, null).id();
        clock.advance(Duration.ofSeconds(1));
        reports.add(report(), null, null);
        clock.advance(Duration.ofSeconds(1));
        String fourth = reports.add(report(), null, null).id();
        assertThat(reports.find(first)).isEmpty();
        assertThat(reports.find(second)).isPresent();
        assertThat(reports.find(fourth)).isPresent();
    }

    @Test
    void aReportReadBackHasTheSameFiguresAsTheOneKept() throws IOException {
        ActivityReport report = report();
        ActivityReports.StoredReport stored = reports.add(report, "Acme", "a.csv");
        ActivityReports other = new ActivityReports(database,
                new ImportingProperties(Duration.ofHours(2), 3, Duration.ofMinutes(30), 2, 2000, 200, 0, 1, Duration.ofSeconds(30)), clock);
        assertThat(other.find(stored.id())).hasValueSatisfying(found -> {
            assertThat(found.report()).isEqualTo(report);
            assertThat(found.network()).isEqualTo("Acme");
            assertThat(found.fileName()).isEqualTo("a.csv");
        });
    }

    @Test
    void idsAreLongAndRandom() {
        assertThat(ActivityReports.newId()).hasSize(22).isNotEqualTo(ActivityReports.newId());
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-06-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
