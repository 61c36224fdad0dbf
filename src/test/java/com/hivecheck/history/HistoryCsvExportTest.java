package com.hivecheck.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.hivecheck.HrApplicationTest;
import com.hivecheck.MutableClock;
import com.hivecheck.assessment.AssessmentManagement;
import com.hivecheck.assessment.Context;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The CSV export, parsed back: a BOM for Excel, one row per match, and text fields that survive any punctuation. */
@HrApplicationTest
class HistoryCsvExportTest {

    static final String TRICKY_NETWORK = "Acme, \"Engage\" Россия";
    static final String TRICKY_UNIT = "Sales\nNorth, \"West\"";
    static final String TRICKY_EXAMPLE = "Line one, with a comma\nLine \"two\"\r\nСтрока три; ещё";

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentManagement assessments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    UUID tricky;

    @BeforeEach
    void store() {
        jdbc.update("delete from assessment");
        clock.set(Instant.parse("2026-05-01T09:00:00Z"));
        tricky = assessments.submit(new Context(TRICKY_NETWORK, TRICKY_UNIT, TRICKY_EXAMPLE),
                new Answers(1000, 300, 4, true, EnumSet.of(Benefit.KNOWLEDGE, Benefit.IDEAS, Benefit.MARKET_INSIGHT,
                        Benefit.BEST_PRACTICES), 95, Improvement.BETTER))
                .getId();
        // Questions 1 and 2 of the tricky one from a Viva Engage export, whose 5 creators the respondent changed to 4.
        jdbc.update("""
                update assessment set evidence_source = 'VIVA_ENGAGE', evidence_reference_date = date '2026-04-30',
                evidence_window_days = 30, evidence_people = 1000, evidence_active = 300, evidence_creators = 5,
                evidence_lurkers = 250, evidence_occasional = 45 where id = ?""", tricky);
        for (int i = 0; i < 11; i++) {
            clock.advance(Duration.ofHours(1));
            assessments.submit(new Context("Plain", i % 2 == 0 ? "A" : null, i == 3 ? "=HYPERLINK(\"x\")" : null),
                    new Answers(500, 100 + i, 10, false, EnumSet.noneOf(Benefit.class), 50, Improvement.NO_CHANGE));
        }
    }

    @Test
    void startsWithAByteOrderMarkAndNamesTheFileWithTheDate() throws Exception {
        MvcResult result = export("/hr/export.csv");

        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"hivecheck-assessments-2026-05-01.csv\"");
    }

    @Test
    void writesOneRowPerAssessmentWithEveryAnswerScoreTypeModelAndDate() throws Exception {
        List<CSVRecord> rows = parse(export("/hr/export.csv"));

        assertThat(rows).hasSize(12);
        CSVRecord row = rows.stream().filter(r -> r.get("id").equals(tricky.toString())).findFirst().orElseThrow();
        assertThat(row.get("createdAt")).isEqualTo("2026-05-01T09:00:00Z");
        assertThat(row.get("date")).isEqualTo("2026-05-01");
        assertThat(row.get("employees")).isEqualTo("1000");
        assertThat(row.get("monthlyActiveUsers")).isEqualTo("300");
        assertThat(row.get("contentCreators")).isEqualTo("4");
        assertThat(row.get("creatorsMostlyOfficial")).isEqualTo("true");
        assertThat(row.get("benefits")).isEqualTo("MARKET_INSIGHT;BEST_PRACTICES;IDEAS;KNOWLEDGE");
        assertThat(row.get("workRelatedShare")).isEqualTo("95");
        assertThat(row.get("improvement")).isEqualTo("BETTER");
        assertThat(row.get("involvement")).isEqualTo("27");
        assertThat(row.get("benefit")).isEqualTo("69");
        assertThat(row.get("type")).isEqualTo("ONE_ACTOR_THEATER");
        assertThat(row.get("borderline")).isEqualTo("false");
        assertThat(row.get("modelVersion")).isEqualTo("1");
        assertThat(rows.get(0).get("createdAt")).as("newest first").isEqualTo("2026-05-01T20:00:00Z");
    }

    @Test
    void saysWhichAnswersCameFromAnActivityExportAfterTheOtherColumns() throws Exception {
        List<CSVRecord> rows = parse(export("/hr/export.csv"));

        assertThat(HistoryCsv.HEADER).endsWith("modelVersion", "evidenceSource", "evidenceReferenceDate",
                "evidenceWindowDays", "employeesFromData", "monthlyActiveUsersFromData", "contentCreatorsFromData",
                "pulseId", "pulseResponses");
        CSVRecord fromData = rows.stream().filter(r -> r.get("id").equals(tricky.toString())).findFirst().orElseThrow();
        assertThat(fromData.get("evidenceSource")).isEqualTo("VIVA_ENGAGE");
        assertThat(fromData.get("evidenceReferenceDate")).isEqualTo("2026-04-30");
        assertThat(fromData.get("evidenceWindowDays")).isEqualTo("30");
        assertThat(fromData.get("employeesFromData")).isEqualTo("true");
        assertThat(fromData.get("monthlyActiveUsersFromData")).isEqualTo("true");
        assertThat(fromData.get("contentCreatorsFromData")).as("4 typed over the export’s 5").isEqualTo("false");
        assertThat(fromData.get("modelVersion")).as("the columns before keep their place").isEqualTo("1");
        CSVRecord typedIn = rows.get(0);
        assertThat(typedIn.get("network")).isEqualTo("Plain");
        assertThat(List.of("evidenceSource", "evidenceReferenceDate", "evidenceWindowDays", "employeesFromData",
                "monthlyActiveUsersFromData", "contentCreatorsFromData")).allSatisfy(column ->
                assertThat(typedIn.get(column)).as(column).isEmpty());
    }

    @Test
    void keepsCommasQuotesNewlinesAndCyrillicInTextFieldsIntact() throws Exception {
        MvcResult result = mvc.perform(get("/hr/export.csv").param("network", TRICKY_NETWORK)
                .with(user("hr").roles("HR"))).andReturn();
        List<CSVRecord> rows = parse(result);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("network")).isEqualTo(TRICKY_NETWORK);
        assertThat(rows.get(0).get("unit")).isEqualTo(TRICKY_UNIT);
        assertThat(rows.get(0).get("example")).isEqualTo(TRICKY_EXAMPLE);
    }

    @Test
    void exportsOnlyWhatTheFilterMatches() throws Exception {
        assertThat(parse(export("/hr/export.csv?network=Plain&unit=A"))).hasSize(6)
                .allSatisfy(row -> assertThat(row.get("unit")).isEqualTo("A"));
        assertThat(parse(export("/hr/export.csv?type=ONE_ACTOR_THEATER"))).hasSize(1);
        assertThat(parse(export("/hr/export.csv?from=2026-05-02"))).isEmpty();
    }

    @Test
    void defusesTextThatASpreadsheetWouldRunAsAFormula() throws Exception {
        List<CSVRecord> rows = parse(export("/hr/export.csv?network=Plain"));

        assertThat(rows).extracting(r -> r.get("example")).contains("'=HYPERLINK(\"x\")");
    }

    @Test
    void sendsAnInvalidFilterBackToTheListInsteadOfExporting() throws Exception {
        MvcResult result = mvc.perform(get("/hr/export.csv?from=yesterday").with(user("hr").roles("HR"))).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/hr");
    }

    private MvcResult export(String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(user("hr").roles("HR"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result;
    }

    private static List<CSVRecord> parse(MvcResult result) throws Exception {
        String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(HistoryCsv.HEADER);
            return parser.getRecords();
        }
    }
}
