package com.hivecheck.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.scoring.Quadrant;
import com.hivecheck.scoring.ScoringModel;
import com.hivecheck.scoring.ScoringModels;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The HR views' own rules: changes between columns, type changes, the distance from Honey Apiary, filter links. */
class HistoryViewsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void comparesEachColumnWithThePreviousOne() {
        CompareView view = CompareView.of(List.of(
                Samples.assessment("2026-01-01T10:00:00Z", "Acme", null, 40, 60, Quadrant.ONE_ACTOR_THEATER),
                Samples.assessment("2026-02-01T10:00:00Z", "Acme", null, 55, 60, Quadrant.HONEY_APIARY),
                Samples.assessment("2026-03-01T10:00:00Z", "Acme", null, 52, 45, Quadrant.FLOOD_ROOM)),
                0, ScoringModels.V1, UTC, "/hr", null, "/hr/compare?ids=x");

        assertThat(view.overTime()).isTrue();
        assertThat(view.columns().get(0).involvement()).isNull();
        assertThat(view.columns().get(1).involvement()).isEqualTo(new Delta(15, 0, false));
        assertThat(view.columns().get(1).benefit().direction()).isEqualTo("same");
        assertThat(view.columns().get(2).benefit().tone()).isEqualTo("bad");
        assertThat(view.columns().get(2).employees().tone()).isEqualTo("neutral");
        assertThat(view.changes()).containsExactly(
                new TypeChange(Quadrant.ONE_ACTOR_THEATER, Quadrant.HONEY_APIARY, LocalDate.of(2026, 2, 1), 2),
                new TypeChange(Quadrant.HONEY_APIARY, Quadrant.FLOOD_ROOM, LocalDate.of(2026, 3, 1), 3));
        assertThat(view.chart().arrows()).hasSize(2);
        assertThat(view.sameUnit()).isTrue();
    }

    @Test
    void comparesPeersWithTheGroupMeanWithoutArrowsOrTypeChanges() {
        CompareView view = CompareView.of(List.of(
                Samples.assessment("2026-01-01T10:00:00Z", "Acme", "Sales", 40, 60, Quadrant.ONE_ACTOR_THEATER),
                Samples.assessment("2026-01-02T10:00:00Z", "Acme", "IT", 70, 30, Quadrant.FLOOD_ROOM),
                Samples.assessment("2026-01-03T10:00:00Z", "Acme", "HR", 55, 60, Quadrant.HONEY_APIARY)),
                0, ScoringModels.V1, UTC, "/hr", null, "/hr/compare?ids=x");

        assertThat(view.overTime()).isFalse();
        assertThat(view.baseline().mean()).isTrue();
        assertThat(view.columns()).extracting(c -> c.assessment().unit()).containsExactly("HR", "IT", "Sales");
        assertThat(view.columns()).extracting(CompareView.Column::involvement)
                .containsExactly(new Delta(0, 1, false), new Delta(15, 1, false), new Delta(-15, 1, false));
        assertThat(view.chart().arrows()).isEmpty();
        assertThat(view.changes()).isEmpty();
        assertThat(view.benefits()).allSatisfy(row -> assertThat(row.marks()).noneMatch(CompareView.Mark::changed));
    }

    @Test
    void comparesPeersWithAChosenColumn() {
        CompareView view = CompareView.of(List.of(
                Samples.assessment("2026-01-01T10:00:00Z", "Acme", "Sales", 40, 60, Quadrant.ONE_ACTOR_THEATER),
                Samples.assessment("2026-01-02T10:00:00Z", "Beta", null, 70, 30, Quadrant.FLOOD_ROOM)),
                0, ScoringModels.V1, UTC, "/hr", "2", "/hr/compare?ids=x");

        assertThat(view.baseline().column()).isEqualTo(2);
        assertThat(view.columns().get(0).involvement()).isEqualTo(new Delta(-30, 0, false));
        assertThat(view.columns().get(0).benefit()).isEqualTo(new Delta(30, 0, false));
        assertThat(view.columns().get(1).involvement()).as("the baseline itself").isNull();
        assertThat(view.baselineUrl("mean")).isEqualTo("/hr/compare?ids=x&baseline=mean");
    }

    @Test
    void ordersAUnitOverTimeByTheDayItsAnswersDescribe() {
        PastAssessment enteredLater = new PastAssessment(java.util.UUID.randomUUID(),
                java.time.Instant.parse("2026-03-01T10:00:00Z"), LocalDate.of(2025, 6, 1), "Acme", null,
                Samples.assessment("2026-03-01T10:00:00Z", "Acme", null, 20, 20, Quadrant.DESERT).answers(), null,
                "1", 20, 20, Quadrant.DESERT, false, null);
        CompareView view = CompareView.of(List.of(
                Samples.assessment("2026-01-01T10:00:00Z", "Acme", null, 40, 60, Quadrant.ONE_ACTOR_THEATER),
                enteredLater), 0, ScoringModels.V1, UTC, "/hr", null, "/hr/compare?ids=x");

        assertThat(view.columns().get(0).assessment()).isEqualTo(enteredLater);
        assertThat(view.columns().get(1).involvement()).isEqualTo(new Delta(20, 0, false));
    }

    @Test
    void aLineOfTheNetworkTimelineListsItsLatestThreeChangesOfTypeAndCountsTheEarlierOnes() {
        List<TimelinePoint> alternating = new java.util.ArrayList<>();
        for (int month = 1; month <= 7; month++) {
            boolean high = month % 2 == 0;
            alternating.add(TimelinePoint.of(Samples.assessment("2026-%02d-01T10:00:00Z".formatted(month), "Acme",
                    "Sales", high ? 70 : 20, high ? 70 : 20, high ? Quadrant.HONEY_APIARY : Quadrant.DESERT)));
        }

        TimelineView view = TimelineView.ofNetwork("Acme", List.of(alternating), ScoringModels.V2,
                java.util.Locale.ENGLISH, ScoreBasis.AS_SCORED);

        TimelineView.Line line = view.lines().get(0);
        assertThat(line.entries()).hasSize(7);
        assertThat(line.changes()).extracting(TypeChange::date)
                .containsExactly(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1));
        assertThat(line.earlierChanges()).isEqualTo(3);
        assertThat(line.url()).isEqualTo("/hr/timeline?network=Acme&unit=Sales");
        assertThat(view.units()).extracting(TimelineView.UnitLink::unit).containsExactly(null, "Sales");
    }

    @Test
    void measuresTheDistanceToTheHoneyApiaryQuadrant() {
        assertThat(PortfolioView.distance(sample(20, 10), 50)).isEqualTo(50.0);
        assertThat(PortfolioView.distance(sample(70, 20), 50)).isEqualTo(30.0);
        assertThat(PortfolioView.distance(sample(50, 50), 50)).isZero();
        assertThat(PortfolioView.distance(sample(90, 95), 50)).isZero();
    }

    @Test
    void ranksUnitsFurthestFirstThenTheWeakerInsideHoneyApiary() {
        PortfolioView view = PortfolioView.of("Acme", Stream.of(sample(90, 90), sample(20, 10), sample(60, 55),
                sample(45, 80)).map(a -> new HistoryManagement.Rounds(a, null)).toList(), ScoringModels.V1,
                UTC);

        assertThat(view.standings()).extracting(PortfolioView.Standing::distance).containsExactly(50.0, 5.0, 0.0, 0.0);
        assertThat(view.standings().get(2).latest().involvement()).isEqualTo(60);
        assertThat(view.counts()).extracting(PortfolioView.TypeCount::count).containsExactly(1L, 0L, 1L, 2L);
        assertThat(view.standings()).allMatch(s -> s.progress().status() == ProgressStatus.NEW);
    }

    @Test
    void keepsTheWholeNetworkApartFromTheUnitsAndShowsEachUnitsChange() {
        PastAssessment salesBefore = Samples.assessment("2026-01-01T10:00:00Z", "Acme", "Sales", 30, 30,
                Quadrant.DESERT);
        PastAssessment salesNow = Samples.assessment("2026-04-01T10:00:00Z", "Acme", "Sales", 42, 60,
                Quadrant.ONE_ACTOR_THEATER);
        PastAssessment whole = Samples.assessment("2026-04-02T10:00:00Z", "Acme", null, 70, 70,
                Quadrant.HONEY_APIARY);

        PortfolioView view = PortfolioView.of("Acme", List.of(new HistoryManagement.Rounds(whole, null),
                new HistoryManagement.Rounds(salesNow, salesBefore)), ScoringModels.V1, UTC);

        assertThat(view.standings()).extracting(PortfolioView.Standing::unit).containsExactly("Sales");
        assertThat(view.counts()).extracting(PortfolioView.TypeCount::count).containsExactly(0L, 0L, 1L, 0L);
        assertThat(view.chart().points()).hasSize(1);
        assertThat(view.standings().get(0).progress().change()).isEqualTo(new Progress.Change(12, 30));
        assertThat(view.standings().get(0).progress().status()).isEqualTo(ProgressStatus.IMPROVED);
        assertThat(view.whole().latest().id()).isEqualTo(whole.id());
    }

    @Test
    void buildsLinksThatKeepTheFilterEncoded() {
        HistoryFilter filter = new HistoryFilter("R&D = Lab", "Sales North", Quadrant.DESERT,
                LocalDate.of(2026, 1, 1), null);

        assertThat(filter.url("/hr", 1)).isEqualTo("/hr?network=R%26D+%3D+Lab&unit=Sales+North&type=DESERT&from=2026-01-01");
        assertThat(filter.url("/hr", 3)).endsWith("&page=3");
        assertThat(HistoryFilter.none().url("/hr", 2)).isEqualTo("/hr?page=2");
    }

    @Test
    void ordersByTheFilteredColumnsFirstSoThatAnIndexServesThePage() {
        assertThat(new HistoryFilter("Acme", "Sales", Quadrant.DESERT, null, null).newestFirst().toString())
                .isEqualTo("network: DESC,unit: DESC,assessedOn: DESC,createdAt: DESC,id: DESC");
        assertThat(new HistoryFilter(null, null, Quadrant.DESERT, null, null).newestFirst().toString())
                .isEqualTo("quadrant: DESC,assessedOn: DESC,createdAt: DESC,id: DESC");
        assertThat(HistoryFilter.none().newestFirst().toString()).isEqualTo("assessedOn: DESC,createdAt: DESC,id: DESC");
    }

    private static PastAssessment sample(int involvement, int benefit) {
        return Samples.assessment("2026-01-0%dT10:00:00Z".formatted(1 + (involvement + benefit) % 9), "Acme",
                "Unit " + involvement + "/" + benefit, involvement, benefit,
                Quadrant.of(involvement >= 50, benefit >= 50));
    }
}
