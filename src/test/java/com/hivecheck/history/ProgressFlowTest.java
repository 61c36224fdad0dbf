package com.hivecheck.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hivecheck.HrApplicationTest;
import com.hivecheck.MutableClock;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Three units over two rounds, entered newest round first with {@code assessedOn}, plus a fourth unit assessed once
 * and the whole network's own line: the progress page and {@code GET /api/progress} order each unit's rounds by the
 * day they describe, not by when they were typed in, and give IMPROVED, STEADY, DECLINED and NEW.
 */
@HrApplicationTest
class ProgressFlowTest {

    static final String LOW = """
            "employees": 1000, "monthlyActiveUsers": 100, "contentCreators": 2, "creatorsMostlyOfficial": true,
            "benefits": [], "workRelatedShare": 10, "improvement": "WORSE\"""";
    static final String HIGH = """
            "employees": 1000, "monthlyActiveUsers": 800, "contentCreators": 200, "creatorsMostlyOfficial": false,
            "benefits": ["IDEAS", "KNOWLEDGE", "BEST_PRACTICES", "MARKET_INSIGHT", "FASTER_TEAMWORK", "PARTNERS"],
            "workRelatedShare": 90, "improvement": "MUCH_BETTER\"""";
    static final String MIDDLE = """
            "employees": 1000, "monthlyActiveUsers": 400, "contentCreators": 40, "creatorsMostlyOfficial": false,
            "benefits": ["IDEAS", "KNOWLEDGE"], "workRelatedShare": 60, "improvement": "SLIGHTLY_BETTER\"""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void enterTwoRoundsNewestFirst() throws Exception {
        jdbc.update("delete from assessment");
        clock.set(Instant.parse("2026-05-01T09:00:00Z"));
        // Round 2 (January 2026) is typed in first ...
        submit("Alpha", "2026-01-15", HIGH);
        submit("Beta", "2026-01-15", MIDDLE);
        submit("Gamma", "2026-01-15", LOW);
        submit("Delta", "2026-01-20", MIDDLE);
        submit(null, "2026-01-31", MIDDLE);
        // ... and round 1 (July 2025) afterwards, as a past round.
        submit("Alpha", "2025-07-01", LOW);
        submit("Beta", "2025-07-01", MIDDLE);
        submit("Gamma", "2025-07-01", HIGH);
        submit(null, "2025-07-31", LOW);
    }

    @Test
    void theApiGivesEachUnitItsStatusFromItsTwoLatestRoundsByAssessedOn() throws Exception {
        String json = mvc.perform(get("/api/progress").param("network", "Acme")
                        .with(httpBasic("hr", HrApplicationTest.PASSWORD)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat((String) JsonPath.read(json, "$.network")).isEqualTo("Acme");
        List<Map<String, Object>> units = JsonPath.read(json, "$.units");
        assertThat(units).extracting(u -> u.get("unit")).containsExactly(null, "Alpha", "Beta", "Delta", "Gamma");
        assertThat(units).extracting(u -> u.get("status"))
                .containsExactly("IMPROVED", "IMPROVED", "STEADY", "NEW", "DECLINED");
        assertThat((String) JsonPath.read(json, "$.units[1].latest.assessedOn")).isEqualTo("2026-01-15");
        assertThat((String) JsonPath.read(json, "$.units[1].previous.assessedOn")).isEqualTo("2025-07-01");
        int involvement = JsonPath.read(json, "$.units[1].latest.involvement");
        int before = JsonPath.read(json, "$.units[1].previous.involvement");
        assertThat((int) JsonPath.read(json, "$.units[1].change.involvement")).isEqualTo(involvement - before);
        assertThat((String) JsonPath.read(json, "$.units[1].latest.quadrant")).isNotBlank();
        assertThat((Object) JsonPath.read(json, "$.units[3].previous")).isNull();
        assertThat((Object) JsonPath.read(json, "$.units[3].change")).isNull();
        assertThat((int) JsonPath.read(json, "$.units[2].change.involvement")).isZero();
        assertThat((int) JsonPath.read(json, "$.units[2].change.benefit")).isZero();
    }

    @Test
    void theApiNeedsAnHrAccountAndANetwork() throws Exception {
        assertThat(mvc.perform(get("/api/progress").param("network", "Acme")).andReturn().getResponse().getStatus())
                .isEqualTo(401);
        var missing = mvc.perform(get("/api/progress").with(httpBasic("hr", HrApplicationTest.PASSWORD)))
                .andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void thePageShowsTheSameStatusesWithTheDatesTheAnswersDescribe() throws Exception {
        Document page = page("/hr/progress?network=Acme", "en");

        assertThat(statuses(page)).containsExactly(
                List.of("Whole network", "Improved"), List.of("Alpha", "Improved"), List.of("Beta", "Steady"),
                List.of("Delta", "New"), List.of("Gamma", "Declined"));
        Element alpha = row(page, "Alpha");
        assertThat(alpha.select("time").eachAttr("datetime")).containsExactly("2026-01-15", "2025-07-01");
        assertThat(row(page, "Delta").text()).contains("No earlier assessment");
    }

    @Test
    void thePageFiltersByStatusAndSortsByChange() throws Exception {
        Document improved = page("/hr/progress?network=Acme&status=IMPROVED", "en");
        assertThat(statuses(improved)).containsExactly(List.of("Whole network", "Improved"),
                List.of("Alpha", "Improved"));
        assertThat(improved.select(".status-filter .is-current").text()).isEqualTo("Improved: 2");

        Document byChange = page("/hr/progress?network=Acme&sort=change&dir=desc", "en");
        assertThat(statuses(byChange)).extracting(l -> l.get(0))
                .containsExactly("Whole network", "Alpha", "Beta", "Gamma", "Delta");
        assertThat(byChange.select("th[aria-sort=descending]").text()).isEqualTo("Change, points");
    }

    @Test
    void thePageSpeaksRussian() throws Exception {
        Document page = page("/hr/progress?network=Acme", "ru");

        assertThat(statuses(page)).contains(List.of("Alpha", "Рост"), List.of("Gamma", "Спад"),
                List.of("Beta", "Без изменений"), List.of("Вся сеть", "Рост"));
    }

    @Test
    void theCsvHasOneRowPerLineAndASemicolonOption() throws Exception {
        String csv = mvc.perform(get("/hr/progress.csv").param("network", "Acme").param("separator", "semicolon")
                        .with(user("hr").roles("HR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("\uFEFFnetwork;unit;status;");
        assertThat(lines.get(2)).startsWith("Acme;Alpha;IMPROVED;");
    }

    @Test
    void theXlsxHasOneRowPerAssessmentAndASheetOfProgressInTheReadersLanguage() throws Exception {
        var response = mvc.perform(get("/hr/export.xlsx").param("network", "Acme").param("lang", "ru")
                        .with(user("hr").roles("HR")))
                .andReturn().getResponse();

        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Оценки", "Прогресс");
            List<Row> assessments = sheets.get(0).read();
            assertThat(assessments).hasSize(1 + 9);
            assertThat(assessments.get(0).getCellText(0)).isEqualTo("Дата оценки");
            Row newest = assessments.get(1);
            assertThat(newest.getCellAsDate(0)).contains(LocalDate.of(2026, 1, 31).atStartOfDay());
            assertThat(newest.getCellText(3)).isEqualTo("Вся сеть");
            assertThat(newest.getCellAsNumber(4)).contains(new BigDecimal(1000));
            assertThat(assessments.subList(1, assessments.size())).extracting(r -> r.getCellText(14))
                    .allMatch(type -> List.of("Пустыня", "Флудилка", "Театр одного актёра", "Медовая пасека")
                            .contains(type));
            List<Row> progress = sheets.get(1).read();
            assertThat(progress).hasSize(1 + 5);
            assertThat(progress.get(2).getCellText(1)).isEqualTo("Alpha");
            assertThat(progress.get(2).getCellText(2)).isEqualTo("Рост");
            assertThat(progress.get(2).getCellAsDate(3)).contains(LocalDate.of(2026, 1, 15).atStartOfDay());
        }
    }

    private void submit(String unit, String assessedOn, String answers) throws Exception {
        clock.advance(Duration.ofMinutes(1));
        String body = "{\"network\": \"Acme\", " + (unit == null ? "" : "\"unit\": \"" + unit + "\", ")
                + "\"assessedOn\": \"" + assessedOn + "\", " + answers + "}";
        int status = mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
    }

    private Document page(String url, String lang) throws Exception {
        String html = mvc.perform(get(url + "&lang=" + lang).with(user("hr").roles("HR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private static List<List<String>> statuses(Document page) {
        return page.select("#progress-table tbody tr").stream()
                .map(r -> List.of(r.selectFirst("th").text(), r.selectFirst(".status").text()))
                .toList();
    }

    private static Element row(Document page, String unit) {
        return page.selectFirst("#progress-table tbody tr[data-unit=" + unit + "]");
    }
}
