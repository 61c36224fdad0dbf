package com.hivecheck.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.MutableClock;
import com.hivecheck.assessment.Assessment;
import com.hivecheck.assessment.AssessmentManagement;
import com.hivecheck.assessment.Context;
import com.hivecheck.importing.ActivityReports;
import com.hivecheck.pulse.PulseManagement;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.ScoringModels;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.scoring.ScoringModel;
import com.hivecheck.storage.DurableWrites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Slice;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The HR queries on the real Flyway schema: each filter, paging, ordering, the latest per unit, monthly averages and
 * the streaming export. The HR time zone is Moscow (UTC+3), so that a day’s edges differ from UTC’s; assessments
 * submitted without a day describe that day in Moscow.
 */
@DataJpaTest(properties = "hivecheck.history.zone=Europe/Moscow")
@Tag("database")
@Import({HistoryManagement.class, PastAssessmentCursor.class, Rescoring.class, AssessmentManagement.class,
    DurableWrites.class,
    PastAssessmentsTest.Setup.class})
class PastAssessmentsTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @TestConfiguration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        }

        @Bean
        ScoringModels scoringModels() {
            return ScoringModels.standard();
        }

        @Bean
        HistoryProperties historyProperties() {
            return new HistoryProperties(MOSCOW, 25, 200, 3, 7);
        }
    }

    /** The import feature's reports, which assessments may cite as evidence; not used here. */
    @MockitoBean
    ActivityReports activityReports;

    @MockitoBean
    PulseManagement pulses;

    @Autowired
    HistoryManagement history;

    @Autowired
    AssessmentManagement assessments;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    /** The test database is shared with other test classes (and is PostgreSQL in the -Ppostgres run). */
    @BeforeEach
    void startFromAnEmptyTable() {
        jdbc.update("delete from assessment");
    }

    @Test
    void listsNewestFirstInSlicesOfTheRequestedSize() {
        for (int day = 1; day <= 30; day++) {
            store("2026-03-%02dT10:00:00Z".formatted(day), "Acme", null, 10);
        }

        Slice<PastAssessment> first = history.list(HistoryFilter.none(), 1, 25);
        Slice<PastAssessment> second = history.list(HistoryFilter.none(), 2, 25);

        assertThat(first.getContent()).hasSize(25);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.getContent().get(0).createdAt()).isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
        assertThat(first.getContent()).isSortedAccordingTo((a, b) -> b.createdAt().compareTo(a.createdAt()));
        assertThat(second.getContent()).hasSize(5);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.getContent().get(4).createdAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void breaksTiesOfTheSameInstantByIdDescending() {
        UUID a = store("2026-03-01T10:00:00Z", "Acme", null, 10);
        UUID b = store("2026-03-01T10:00:00Z", "Acme", null, 10);

        List<UUID> ids = history.list(HistoryFilter.none(), 1, 25).map(PastAssessment::id).getContent();

        // The database orders UUIDs by their bytes, unsigned (as their text sorts); UUID.compareTo is signed.
        boolean aFirst = a.toString().compareTo(b.toString()) > 0;
        assertThat(ids).containsExactly(aFirst ? a : b, aFirst ? b : a);
    }

    @Test
    void filtersByNetworkExactly() {
        UUID acme = store("2026-03-01T10:00:00Z", "Acme", null, 10);
        store("2026-03-02T10:00:00Z", "Acme Europe", null, 10);
        store("2026-03-03T10:00:00Z", "acme", null, 10);

        assertThat(ids(new HistoryFilter(" Acme ", null, null, null, null))).containsExactly(acme);
    }

    @Test
    void filtersByUnitWithinANetworkOrAcrossNetworks() {
        UUID acmeSales = store("2026-03-01T10:00:00Z", "Acme", "Sales", 10);
        UUID otherSales = store("2026-03-02T10:00:00Z", "Other", "Sales", 10);
        store("2026-03-03T10:00:00Z", "Acme", "IT", 10);
        store("2026-03-04T10:00:00Z", "Acme", null, 10);

        assertThat(ids(new HistoryFilter("Acme", "Sales", null, null, null))).containsExactly(acmeSales);
        assertThat(ids(new HistoryFilter(null, "Sales", null, null, null))).containsExactly(otherSales, acmeSales);
    }

    @Test
    void filtersByType() {
        UUID desert = store("2026-03-01T10:00:00Z", "Acme", null, 0);
        UUID apiary = store("2026-03-02T10:00:00Z", "Acme", null, 100);

        assertThat(ids(new HistoryFilter(null, null, Quadrant.DESERT, null, null))).containsExactly(desert);
        assertThat(ids(new HistoryFilter(null, null, Quadrant.HONEY_APIARY, null, null))).containsExactly(apiary);
        assertThat(ids(new HistoryFilter("Acme", null, Quadrant.FLOOD_ROOM, null, null))).isEmpty();
    }

    @Test
    void filtersByWholeDaysInTheHrTimeZoneBothDaysIncluded() {
        store("2026-04-30T20:59:59Z", "Acme", null, 10); // 23:59:59 on 30 April in Moscow
        UUID firstOfMay = store("2026-04-30T21:00:00Z", "Acme", null, 10); // 00:00 on 1 May in Moscow
        UUID lastOfMay = store("2026-05-31T20:59:59Z", "Acme", null, 10); // 23:59:59 on 31 May in Moscow
        store("2026-05-31T21:00:00Z", "Acme", null, 10); // 00:00 on 1 June in Moscow

        LocalDate may1 = LocalDate.of(2026, 5, 1);
        LocalDate may31 = LocalDate.of(2026, 5, 31);
        assertThat(ids(new HistoryFilter(null, null, null, may1, may31))).containsExactly(lastOfMay, firstOfMay);
        assertThat(ids(new HistoryFilter(null, null, null, may1, may1))).containsExactly(firstOfMay);
        assertThat(ids(new HistoryFilter(null, null, null, null, LocalDate.of(2026, 4, 30)))).hasSize(1);
        assertThat(ids(new HistoryFilter(null, null, null, LocalDate.of(2026, 6, 1), null))).hasSize(1);
    }

    @Test
    void combinesAllFilters() {
        UUID match = store("2026-03-10T10:00:00Z", "Acme", "Sales", 100);
        store("2026-03-10T10:00:00Z", "Acme", "Sales", 0);
        store("2026-03-10T10:00:00Z", "Acme", "IT", 100);
        store("2026-02-10T10:00:00Z", "Acme", "Sales", 100);

        HistoryFilter filter = new HistoryFilter("Acme", "Sales", Quadrant.HONEY_APIARY, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31));

        assertThat(ids(filter)).containsExactly(match);
    }

    @Test
    void findsTheLatestAssessmentOfEachUnitTheWholeNetworkIncluded() {
        store("2026-01-10T10:00:00Z", "Acme", "Sales", 0);
        UUID sales = store("2026-02-10T10:00:00Z", "Acme", "Sales", 100);
        UUID it = store("2026-01-15T10:00:00Z", "Acme", "IT", 0);
        store("2026-01-01T10:00:00Z", "Acme", null, 0);
        UUID whole = store("2026-03-01T10:00:00Z", "Acme", null, 50);
        store("2026-04-01T10:00:00Z", "Other", "Sales", 0);

        assertThat(history.latestRounds("Acme")).extracting(r -> r.latest().id())
                .containsExactlyInAnyOrder(sales, it, whole);
        assertThat(history.latestRounds("Nobody")).isEmpty();
        assertThat(history.units("Acme")).containsExactly("IT", "Sales");
    }

    @Test
    void drawsAUnitTimelineFromItsLatestAssessmentsOldestFirst() {
        for (int month = 1; month <= 5; month++) {
            store("2026-%02d-10T10:00:00Z".formatted(month), "Acme", "Sales", month * 10);
        }
        store("2026-06-10T10:00:00Z", "Acme", "IT", 0);

        List<TimelinePoint> timeline = history.timeline("Acme", "Sales");

        assertThat(timeline).extracting(a -> a.createdAt().toString())
                .containsExactly("2026-03-10T10:00:00Z", "2026-04-10T10:00:00Z", "2026-05-10T10:00:00Z");
    }

    @Test
    void drawsOneLinePerUnitAndOneForTheWholeNetworkNeverAnAverage() {
        store("2026-01-31T21:30:00Z", "Acme", "Sales", 0);
        store("2026-02-10T10:00:00Z", "Acme", "IT", 100);
        store("2026-03-05T10:00:00Z", "Acme", null, 100);
        store("2026-03-06T10:00:00Z", "Acme", "Sales", 100);
        store("2026-03-05T10:00:00Z", "Other", null, 0);

        List<List<TimelinePoint>> lines = history.timelines("Acme");

        assertThat(lines).extracting(line -> line.get(0).unit()).containsExactly(null, "IT", "Sales");
        assertThat(lines).extracting(List::size).containsExactly(1, 1, 2);
        assertThat(lines.get(2).get(0).involvement()).isLessThan(lines.get(2).get(1).involvement());
    }

    @Test
    void exportsEveryMatchingRowNewestFirstInChunks() throws IOException {
        for (int i = 0; i < 20; i++) {
            store("2026-03-01T10:00:00Z", "Acme", i % 2 == 0 ? "Sales" : "IT", 10);
        }
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = history.exportCsv(new HistoryFilter("Acme", "Sales", null, null, null), out);

        assertThat(rows).isEqualTo(10);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(11);
    }

    @Test
    void deletesOneAssessment() {
        UUID kept = store("2026-03-01T10:00:00Z", "Acme", null, 10);
        UUID gone = store("2026-03-02T10:00:00Z", "Acme", null, 10);

        assertThat(assessments.delete(gone)).isTrue();
        assertThat(assessments.delete(gone)).isFalse();

        assertThat(ids(HistoryFilter.none())).containsExactly(kept);
    }

    @Test
    void suggestsRecentNetworksOnceEachNewestFirst() {
        store("2026-03-01T10:00:00Z", "Old", null, 10);
        store("2026-03-02T10:00:00Z", "Acme", null, 10);
        store("2026-03-03T10:00:00Z", "Old", null, 10);

        assertThat(history.recentNetworks()).containsExactly("Old", "Acme");
    }

    @Test
    void findsPickedAssessmentsOldestFirstSkippingUnknownIds() {
        UUID later = store("2026-03-02T10:00:00Z", "Acme", null, 10);
        UUID earlier = store("2026-03-01T10:00:00Z", "Acme", null, 10);

        assertThat(history.find(List.of(later, UUID.randomUUID(), earlier))).extracting(PastAssessment::id)
                .containsExactly(earlier, later);
    }

    private List<UUID> ids(HistoryFilter filter) {
        return history.list(filter, 1, 100).map(PastAssessment::id).getContent();
    }

    /** Stores an assessment made at {@code instant}; {@code level} 0..100 moves both scores from 0 to 100. */
    private UUID store(String instant, String network, @Nullable String unit, int level) {
        clock.set(Instant.parse(instant));
        int active = level * 6;
        int creators = Math.min(active, level * 2);
        Answers answers = new Answers(1000, active, creators, false,
                level >= 50 ? EnumSet.allOf(Benefit.class) : EnumSet.noneOf(Benefit.class), level,
                level >= 50 ? Improvement.MUCH_BETTER : Improvement.WORSE);
        Assessment assessment = assessments.submit(new Context(network, unit, null), answers);
        return assessment.getId();
    }
}
