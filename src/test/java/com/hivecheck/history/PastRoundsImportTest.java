package com.hivecheck.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.hivecheck.HrApplicationTest;
import com.hivecheck.MutableClock;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Classification;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.ScoringModels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import page end to end: a good file stores every row, scored by the model version it names, and progress
 * orders the rounds by the day they describe; a file with one bad row lists every problem by line and column, in the
 * reader's language, and stores nothing; the export itself round-trips.
 */
@HrApplicationTest
class PastRoundsImportTest {

    static final String HEADER = "network,unit,assessedOn,employees,monthlyActiveUsers,contentCreators,"
            + "creatorsMostlyOfficial,benefits,workRelatedShare,improvement,modelVersion\n";
    static final String GOOD = HEADER
            // entered newest first: the January round, then the July round of the year before
            + "Acme,Alpha,2026-01-15,1000,800,200,false,IDEAS;KNOWLEDGE;BEST_PRACTICES;MARKET_INSIGHT,90,MUCH_BETTER,\n"
            + "Acme,Alpha,2025-07-01,1000,100,2,true,,10,WORSE,\n"
            + "Acme,Beta,2025-07-01,1000,400,40,false,IDEAS,60,SLIGHTLY_BETTER,1\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void empty() {
        jdbc.update("delete from assessment");
        clock.set(Instant.parse("2026-05-01T09:00:00Z"));
    }

    @Test
    void storesEveryRowWithItsDayAndModelAndProgressOrdersThemByDay() throws Exception {
        MvcResult result = upload(GOOD, "en");

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/hr/history/import");
        Document done = Jsoup.parse(mvc.perform(get("/hr/history/import").flashAttrs(result.getFlashMap())
                .with(user("hr").roles("HR"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(done.select("#import-done strong").text()).isEqualTo("3 assessments imported.");
        assertThat(done.select("#import-done a").eachAttr("href"))
                .containsExactly("/hr/progress?network=Acme", "/hr?network=Acme");

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select unit, assessed_on, model_version, involvement, benefit from assessment order by unit, assessed_on");
        assertThat(rows).extracting(row -> row.get("UNIT") + " " + row.get("ASSESSED_ON") + " v" + row.get("MODEL_VERSION"))
                .containsExactly("Alpha 2025-07-01 v2", "Alpha 2026-01-15 v2", "Beta 2025-07-01 v1");
        Classification v1 = ScoringModels.V1.classify(new Answers(1000, 400, 40, false, EnumSet.of(Benefit.IDEAS), 60,
                Improvement.SLIGHTLY_BETTER));
        assertThat(rows.get(2)).containsEntry("INVOLVEMENT", v1.involvement()).containsEntry("BENEFIT", v1.benefit());

        Document progress = page("/hr/progress?network=Acme", "en");
        assertThat(progress.select("tr:has(th:contains(Alpha)) time").eachAttr("datetime"))
                .containsExactly("2026-01-15", "2025-07-01");
        assertThat(progress.select("tr:has(th:contains(Alpha))").text()).contains("Improved");
    }

    @Test
    void aBadRowIsReportedByLineAndColumnAndNothingIsStored() throws Exception {
        String bad = GOOD
                + "Acme,Gamma,2026-13-01,1000,1200,20,perhaps,IDEAS,150,BETTER,\n"
                + "Acme,Delta,2030-01-01,0,0,0,false,,50,BETTER,7\n";

        MockHttpServletResponse response = upload(bad, "en").getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#import-errors-title").text()).startsWith("Nothing was imported.");
        assertThat(page.select("#import-errors li").eachText()).containsExactly(
                "Line 5, column assessedOn: “2026-13-01” is not a date; write it as 2026-01-15.",
                "Line 5, column monthlyActiveUsers: Active users cannot exceed the employees with access.",
                "Line 5, column creatorsMostlyOfficial: “perhaps” is neither true nor false.",
                "Line 5, column workRelatedShare: Enter a percentage from 0 to 100.",
                "Line 6, column assessedOn: Enter a date from 1 January 2000 up to today.",
                "Line 6, column employees: Enter a whole number from 1 to 10,000,000.",
                "Line 6, column modelVersion: Model version “7” is unknown; use 1, 2, or leave it empty for the"
                        + " current model (2).");
        assertThat(jdbc.queryForObject("select count(*) from assessment", Integer.class)).isZero();
    }

    @Test
    void listsTheProblemsInRussian() throws Exception {
        MockHttpServletResponse response = upload(HEADER + "Acme,Alpha,2026-01-15,десять,5,1,true,,50,BETTER,\n",
                "ru").getResponse();

        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#import-errors-title").text()).startsWith("Ничего не импортировано.");
        assertThat(page.select("#import-errors li").eachText())
                .containsExactly("Строка 2, столбец employees: «десять» — не целое число.");
    }

    @Test
    void theExportRoundTripsAndAChangedStoredRowIsRefused() throws Exception {
        upload(GOOD, "en");
        String export = mvc.perform(get("/hr/export.csv").param("separator", "semicolon")
                        .with(user("hr").roles("HR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        MvcResult again = upload(export, "en");
        assertThat(again.getFlashMap().get("imported")).isEqualTo(new RoundsImported(0, 3,
                List.of(new RoundsImported.Network("Acme"))));

        List<String> lines = export.lines().toList();
        String changed = lines.get(0) + "\n" + lines.get(1).replace(";1000;", ";1001;") + "\n";
        Document refused = Jsoup.parse(upload(changed, "en").getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.select("#import-errors li").eachText()).singleElement().asString()
                .startsWith("Line 2, column id: An assessment with this id is already stored with other answers");

        String newRow = lines.get(0) + "\n" + lines.get(1).replace(";1000;", ";1001;").replaceFirst("^[^;]*;", ";");
        assertThat(upload(newRow, "en").getFlashMap().get("imported")).extracting("imported").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from assessment", Integer.class)).isEqualTo(4);
    }

    @Test
    void theUploadNeedsAFileAndACsrfToken() throws Exception {
        MockHttpServletResponse empty = mvc.perform(multipart("/hr/history/import")
                        .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                        .with(csrf()).with(user("hr").roles("HR")))
                .andReturn().getResponse();
        assertThat(Jsoup.parse(empty.getContentAsString(StandardCharsets.UTF_8)).select("#import-errors li").text())
                .isEqualTo("Choose a CSV file.");

        int withoutToken = mvc.perform(multipart("/hr/history/import")
                        .file(new MockMultipartFile("file", "rounds.csv", "text/csv", GOOD.getBytes(StandardCharsets.UTF_8)))
                        .with(user("hr").roles("HR")))
                .andReturn().getResponse().getStatus();
        assertThat(withoutToken).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from assessment", Integer.class)).isZero();
    }

    @Test
    void theHistoryLinksToTheImport() throws Exception {
        assertThat(page("/hr?x=1", "en").select("#import-link").attr("href")).isEqualTo("/hr/history/import");
        Document form = page("/hr/history/import?x=1", "ru");
        assertThat(form.select("h1").text()).isEqualTo("Импорт прошлых раундов");
        assertThat(form.select("#import-form input[name=_csrf]")).hasSize(1);
    }

    @Test
    void theFormSaysBeforehandThatALargeFileTakesUpToAMinute() throws Exception {
        Document english = page("/hr/history/import?x=1", "en");
        assertThat(english.select("#import-form #import-wait").text()).isEqualTo("Importing can take up to a minute "
                + "for 10,000 rows: the page answers once every row is checked and stored.");
        assertThat(english.select("#import-submit").attr("data-busy-label")).isEqualTo("Importing…");
        assertThat(english.select("#import-wait").attr("data-busy"))
                .startsWith("Importing… this can take up to a minute for 10,000 rows.");
        assertThat(english.select("script[src=/js/hr.js]")).hasSize(1);

        Document russian = page("/hr/history/import?x=1", "ru");
        assertThat(russian.select("#import-wait").text()).startsWith("Импорт большого файла может занять до минуты");
        assertThat(russian.select("#import-submit").attr("data-busy-label")).isEqualTo("Импорт…");
    }

    private MvcResult upload(String csv, String language) throws Exception {
        return mvc.perform(multipart("/hr/history/import")
                        .file(new MockMultipartFile("file", "rounds.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .header("Accept-Language", language)
                        .with(csrf()).with(user("hr").roles("HR")))
                .andReturn();
    }

    private Document page(String url, String lang) throws Exception {
        String html = mvc.perform(get(url + "&lang=" + lang).with(user("hr").roles("HR")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }
}
