package com.hivecheck.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.hivecheck.assessment.AssessmentManagement;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.scoring.ScoringModel;
import com.hivecheck.scoring.ScoringModels;
import com.hivecheck.security.WebSecurityForSlices;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** What HR sees on the history, compare, timeline and portfolio pages, in English and Russian. */
@WebMvcTest(controllers = {HistoryController.class, CompareController.class, NetworkController.class})
@Import({WebSecurityForSlices.class, HrPagesTest.Setup.class})
@WithMockUser(username = "hr", roles = "HR")
class HrPagesTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        HistoryProperties historyProperties() {
            return HistoryProperties.defaults();
        }

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-05-01T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    static final PastAssessment FLOOD = Samples.assessment("2026-02-01T10:00:00Z", "Acme", "Sales", 70, 30,
            Quadrant.FLOOD_ROOM, 1000, 300, EnumSet.of(Benefit.IDEAS), Improvement.NO_CHANGE);
    static final PastAssessment APIARY = Samples.assessment("2026-05-01T10:00:00Z", "Acme", "Sales", 75, 62,
            Quadrant.HONEY_APIARY, 1000, 450, EnumSet.of(Benefit.IDEAS, Benefit.KNOWLEDGE), Improvement.BETTER);
    static final PastAssessment TYPED_IN = Samples.assessment("2026-01-01T10:00:00Z", "Acme", null, 20, 20,
            Quadrant.DESERT);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HistoryManagement management;

    /** Deletes assessments; the HR pages only ask it to. */
    @MockitoBean
    AssessmentManagement assessments;

    @BeforeEach
    void model() {
        when(management.model()).thenReturn(ScoringModels.V1);
        when(management.currentModelVersion()).thenReturn("1");
        when(management.on(any(), any())).thenAnswer(call -> call.getArgument(0));
        when(management.zone()).thenReturn(ZoneId.of("UTC"));
        when(management.recentNetworks()).thenReturn(List.of("Acme"));
    }

    @Test
    void listsAssessmentsWithTheirTypeScoresAndLinks() throws Exception {
        when(management.list(any(), eq(1), eq(25)))
                .thenReturn(new SliceImpl<>(List.of(APIARY, FLOOD), PageRequest.of(0, 25), true));

        String page = html("/hr?network=Acme");

        assertThat(page).contains("Honey Apiary").contains("Flood Room")
                .contains("href=\"/assessments/" + APIARY.id() + "\"")
                .contains("href=\"/hr/assessments/" + APIARY.id() + "/delete\"")
                .contains("name=\"ids\"")
                .contains("href=\"/hr/export.csv?network=Acme\"")
                .contains("href=\"/hr?network=Acme&amp;page=2\"")
                .contains("1 May 2026, 10:00");
    }

    @Test
    void marksARowFromAnActivityExportAndSaysWhichAnswersAndUpToWhen() throws Exception {
        PastAssessment partly = Samples.fromData(FLOOD, 1000, 300, 99);
        when(management.list(any(), eq(1), eq(25))).thenReturn(new SliceImpl<>(
                List.of(Samples.fromData(APIARY, 1000, 450, 45), partly, TYPED_IN), PageRequest.of(0, 25), false));

        String page = html("/hr");

        assertThat(badge(page, APIARY.id())).contains(">from data<").contains("class=\"tag tag--data\"")
                .contains("title=\"Counted from an activity export (Viva Engage activity report, 30 days up to "
                        + "30 April 2026): employees, active users and content creators.\"");
        assertThat(badge(page, partly.id())).contains(">partly from data<")
                .contains("30 days up to 30 April 2026): employees and active users.\"");
        assertThat(page).doesNotContain("id=\"from-data-" + TYPED_IN.id() + "\"");
        assertThat(page.split("class=\"tag tag--data\"", -1)).as("one badge per row from data").hasSize(3);
    }

    @Test
    void marksARowFromDataInRussianToo() throws Exception {
        when(management.list(any(), eq(1), eq(25))).thenReturn(new SliceImpl<>(
                List.of(Samples.fromData(APIARY, 1000, 450, 45)), PageRequest.of(0, 25), false));

        String page = html("/hr?lang=ru");

        assertThat(badge(page, APIARY.id())).contains(">по данным<")
                .contains("title=\"Посчитано по выгрузке активности (отчёт об активности Viva Engage, 30 дн. по "
                        + "30 апреля 2026): число сотрудников, активных пользователей и основных авторов.\"");
    }

    @Test
    void explainsAnInvalidFilterAndQueriesNothing() throws Exception {
        String page = html("/hr?from=2026-05-02&to=2026-05-01&type=SWAMP");

        assertThat(page).contains("The “From” date is after the “To” date.")
                .contains("Choose one of the four types.");
        verify(management, never()).list(any(), anyInt(), anyInt());
    }

    @Test
    void sendsOneTickBackToTheListWithTheFilterAndAMessage() throws Exception {
        MvcResult result = mvc.perform(get("/hr/compare").param("ids", FLOOD.id().toString())
                .param("network", "Acme").param("page", "2")).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/hr?network=Acme&page=2");
        assertThat(result.getFlashMap().get("comparePicked")).isEqualTo(1);

        when(management.list(any(), anyInt(), anyInt()))
                .thenReturn(new SliceImpl<>(List.of(APIARY), PageRequest.of(1, 25), false));
        String list = mvc.perform(get("/hr?network=Acme&page=2").flashAttrs(result.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Tick between 2 and 6 assessments to compare; you ticked 1.");
    }

    @Test
    void refusesToCompareMoreThanSix() throws Exception {
        var request = get("/hr/compare");
        for (int i = 0; i < 7; i++) {
            request.param("ids", java.util.UUID.randomUUID().toString());
        }

        MvcResult result = mvc.perform(request).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/hr");
        assertThat(result.getFlashMap().get("comparePicked")).isEqualTo(7);
    }

    @Test
    void comparesSideBySideWithChangesArrowsAndTheTypeChangeSpelledOut() throws Exception {
        when(management.find(any(java.util.Collection.class))).thenReturn(List.of(FLOOD, APIARY));

        String page = html("/hr/compare?ids=" + APIARY.id() + "&ids=" + FLOOD.id());

        assertThat(page).contains("Comparing 2 assessments")
                .contains("Flood Room → Honey Apiary on 1 May 2026")
                .contains("class=\"quadrant-chart__arrow\"")
                .contains("marker-end=\"url(#compare-chart-arrow)\"")
                .contains(">#1<").contains(">#2<");
        String benefitRow = row(page, "row-benefit");
        assertThat(benefitRow).contains("delta--up delta--good").contains("▲").contains("up by").contains("+32");
        String involvementRow = row(page, "row-involvement");
        assertThat(involvementRow).contains("+5");
    }

    @Test
    void marksTheAnswersFromDataInTheirOwnColumnOnly() throws Exception {
        PastAssessment creatorsChanged = Samples.fromData(APIARY, 1000, 450, 44);
        when(management.find(any(java.util.Collection.class))).thenReturn(List.of(FLOOD, creatorsChanged));

        String page = html("/hr/compare?ids=" + APIARY.id() + "&ids=" + FLOOD.id());

        for (String answer : List.of("row-employees", "row-monthlyActiveUsers")) {
            List<String> cells = cells(row(page, answer));
            assertThat(cells.get(0)).as(answer + " typed in").doesNotContain("from data");
            assertThat(cells.get(1)).as(answer + " from data").contains(">from data<")
                    .contains("title=\"This number was computed from an activity export: 30 days up to 30 April 2026.\"");
        }
        assertThat(cells(row(page, "row-contentCreators"))).as("45 differs from the export’s 44")
                .noneSatisfy(cell -> assertThat(cell).contains("from data"));
    }

    @Test
    void marksFallingScoresAsDownInWordsToo() throws Exception {
        when(management.find(any(java.util.Collection.class))).thenReturn(List.of(APIARY,
                Samples.assessment("2026-06-01T10:00:00Z", "Acme", "Sales", 60, 40, Quadrant.FLOOD_ROOM)));

        String page = html("/hr/compare?ids=" + APIARY.id() + "&ids=" + FLOOD.id());

        assertThat(row(page, "row-benefit")).contains("delta--down delta--bad").contains("▼").contains("down by")
                .contains("−22");
        assertThat(page).contains("Honey Apiary → Flood Room on 1 June 2026");
    }

    @Test
    void comparesPeersWithoutArrowsOrTypeChangesAgainstTheGroupMean() throws Exception {
        PastAssessment it = Samples.assessment("2026-04-01T10:00:00Z", "Acme", "IT", 30, 70,
                Quadrant.ONE_ACTOR_THEATER);
        when(management.find(any(java.util.Collection.class))).thenReturn(List.of(APIARY, it));

        String page = html("/hr/compare?ids=" + APIARY.id() + "&ids=" + it.id());

        assertThat(page).contains("Peers, not a sequence")
                .contains("Each column shows its difference from the mean of all columns.")
                .doesNotContain("class=\"quadrant-chart__arrow\"").doesNotContain("marker-end")
                .doesNotContain("id=\"type-changes\"").doesNotContain("→ Honey Apiary");
        String involvementRow = row(page, "row-involvement");
        assertThat(involvementRow).doesNotContain("▲").doesNotContain("▼").contains("+22.5").contains("−22.5")
                .contains("more than the baseline by");
        String againstFirst = html("/hr/compare?ids=" + APIARY.id() + "&ids=" + it.id() + "&baseline=1");
        assertThat(againstFirst).contains("Each column shows its difference from column #1.");
        assertThat(row(againstFirst, "row-involvement")).as("IT sorts first, Sales is 45 above it").contains("+45")
                .doesNotContain("▲");
    }

    @Test
    void speaksRussianOnTheComparePage() throws Exception {
        when(management.find(any(java.util.Collection.class))).thenReturn(List.of(FLOOD, APIARY));

        String page = html("/hr/compare?lang=ru&ids=" + APIARY.id() + "&ids=" + FLOOD.id());

        assertThat(page).contains("Сравнение оценок: 2").contains("Флудилка → Медовая пасека с 1 мая 2026")
                .contains("рост на");
    }

    @Test
    void drawsTheNetworkTimelineAsOneLinePerUnitAndOneForTheWholeNetwork() throws Exception {
        PastAssessment it = Samples.assessment("2026-03-01T10:00:00Z", "Acme", "IT", 60, 55, Quadrant.HONEY_APIARY);
        when(management.timelines("Acme")).thenReturn(List.of(points(TYPED_IN), points(it), points(FLOOD, APIARY)));
        when(management.onBasis(any(), any())).thenAnswer(call -> call.getArgument(0));

        String page = html("/hr/timeline?network=Acme");

        assertThat(page).contains("id=\"timeline-lines\"").doesNotContain("monthly average")
                .contains("data-unit=\"IT\"").contains("data-unit=\"Sales\"")
                .contains(">Whole network<")
                .contains("Flood Room → Honey Apiary on 1 May 2026")
                .contains("href=\"/hr/timeline?network=Acme&amp;unit=Sales\"");
        assertThat(page.split("class=\"timeline-chart\"", -1)).hasSize(4);
    }

    @Test
    void drawsAUnitTimelineFromItsAssessments() throws Exception {
        when(management.timeline("Acme", "Sales")).thenReturn(points(FLOOD, APIARY));
        when(management.onBasis(any(), any())).thenAnswer(call -> call.getArgument(0));
        when(management.units("Acme")).thenReturn(List.of("Sales"));

        String page = html("/hr/timeline?network=Acme&unit=Sales");

        assertThat(page).contains("Each point is one assessment of this unit: the latest 2.")
                .contains("Flood Room → Honey Apiary on 1 May 2026")
                .contains(">1 Feb 2026<").contains(">1 May 2026<")
                .contains("href=\"/assessments/" + APIARY.id() + "\"");
    }

    @Test
    void asksForANetworkBeforeDrawingATimeline() throws Exception {
        String page = html("/hr/timeline");

        assertThat(page).contains("id=\"picker-network\"").doesNotContain("class=\"timeline-chart\"");
    }

    @Test
    void placesEveryUnitOnThePortfolioFurthestFromHoneyApiaryFirst() throws Exception {
        when(management.latestRounds("Acme")).thenReturn(List.of(
                new HistoryManagement.Rounds(Samples.assessment("2026-04-02T10:00:00Z", "Acme", null, 40, 70,
                        Quadrant.ONE_ACTOR_THEATER), null),
                new HistoryManagement.Rounds(APIARY, FLOOD),
                new HistoryManagement.Rounds(Samples.assessment("2026-04-01T10:00:00Z", "Acme", "Logistics", 20, 10,
                        Quadrant.DESERT), null)));

        String page = html("/hr/portfolio?network=Acme");

        assertThat(page).contains(">Logistics<").contains(">Sales<");
        String table = page.substring(page.indexOf("id=\"portfolio-table\""));
        assertThat(table.indexOf("Logistics")).isLessThan(table.indexOf("Sales"));
        assertThat(table).doesNotContain("Whole network").contains("50.0").contains("0.0");
        assertThat(table).contains("Improved").contains("involvement +5, benefit +32").contains("since 1 Feb 2026")
                .contains("New");
        assertThat(page.substring(page.indexOf("id=\"portfolio-whole\""))).contains("Whole network")
                .contains("not counted as a unit");
        String counts = page.substring(page.indexOf("id=\"type-counts\""), page.indexOf("id=\"portfolio-table\""));
        assertThat(counts).containsPattern("Desert</span>\\s*<strong class=\"type-count__number\">1</strong>")
                .containsPattern("One-Actor Theater</span>\\s*<strong class=\"type-count__number\">0</strong>");
    }

    @Test
    void answers404ForDeletingAnUnknownOrMalformedId() throws Exception {
        when(management.find(any(java.util.UUID.class))).thenReturn(java.util.Optional.empty());

        assertThat(mvc.perform(get("/hr/assessments/{id}/delete", java.util.UUID.randomUUID())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/hr/assessments/not-an-id/delete")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private static List<TimelinePoint> points(PastAssessment... assessments) {
        return java.util.Arrays.stream(assessments).map(TimelinePoint::of).toList();
    }

    private String html(String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private static String badge(String page, java.util.UUID id) {
        int start = page.indexOf("id=\"from-data-" + id + "\"");
        assertThat(start).as("badge of " + id).isNotNegative();
        return page.substring(page.lastIndexOf("<span", start), page.indexOf("</span>", start) + "</span>".length());
    }

    /** The answer cells of a table row, one per column. */
    private static List<String> cells(String row) {
        return java.util.Arrays.stream(row.split("<td")).skip(1).toList();
    }

    private static String row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
