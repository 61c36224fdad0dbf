package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** {@code POST /api/imports}: aggregates as JSON, problems as application/problem+json. */
@WebMvcTest(controllers = ImportApiController.class, includeFilters = @Filter(type = FilterType.REGEX,
        pattern = "com\\.hivecheck\\.(security\\.SecurityConfiguration|system\\.LocaleConfiguration|system\\.ClockConfiguration)"))
@Import({ActivityReports.class, PendingUploads.class, ImportManagement.class, ReportStoreForSlices.class,
        UploadLimitHandler.class})
@EnableConfigurationProperties(ImportingProperties.class)
@TestPropertySource(properties = "hivecheck.importing.max-people=10000")
class ImportApiControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ActivityReports reports;

    @Autowired
    DataSource database;

    private int storedReports() {
        Integer count = new JdbcTemplate(database).queryForObject("select count(*) from import_report", Integer.class);
        return count == null ? 0 : count;
    }

    private static MockMultipartFile csv(String content) {
        return new MockMultipartFile("file", "export.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void returnsTheFiguresOfTheNetworkAndEachUnitWithoutCsrf() {
        var result = mvc.post().uri("/api/imports").multipart().file(csv("""
                person,unit,last_activity_date,posts,comments
                a,Sales,2026-05-31,8,2
                b,Sales,2026-05-20,0,0
                c,Legal,2026-04-01,3,0
                d,,2026-05-30,0,1
                """)).param("network", "Acme").exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.format").isEqualTo("GENERIC");
        assertThat(result).bodyJson().extractingPath("$.referenceDate").isEqualTo("2026-05-31");
        assertThat(result).bodyJson().extractingPath("$.windowStart").isEqualTo("2026-05-02");
        assertThat(result).bodyJson().extractingPath("$.network.employees").isEqualTo(4);
        assertThat(result).bodyJson().extractingPath("$.network.monthlyActiveUsers").isEqualTo(3);
        assertThat(result).bodyJson().extractingPath("$.network.contentCreators").isEqualTo(1);
        assertThat(result).bodyJson().extractingPath("$.network.participation.inactive").isEqualTo(1);
        assertThat(result).bodyJson().extractingPath("$.network.participation.lurkers").isEqualTo(1);
        assertThat(result).bodyJson().extractingPath("$.network.participation.occasional").isEqualTo(1);
        assertThat(result).bodyJson().extractingPath("$.network.ignoredContributions").isEqualTo(3);
        assertThat(result).bodyJson().extractingPath("$.units[0].unit").isEqualTo("Sales");
        assertThat(result).bodyJson().extractingPath("$.units[0].monthlyActiveUsers").isEqualTo(2);
        assertThat(result).bodyJson().extractingPath("$.units[2].unit").isEqualTo("");
        assertThat(result).bodyJson().extractingPath("$.units[2].evidence").isNull();
        String token = JsonPath.read(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
                "$.units[0].evidence");
        assertThat(reports.evidence(token)).hasValueSatisfying(evidence -> {
            assertThat(evidence.unit()).isEqualTo("Sales");
            assertThat(evidence.network()).isEqualTo("Acme");
            assertThat(evidence.monthlyActiveUsers()).isEqualTo(2);
        });
    }

    @Test
    void takesAMappingByColumnName() {
        assertThat(mvc.post().uri("/api/imports").multipart().file(csv("""
                Login;Отдел;Дата входа;Посты;Ответы;Лайки
                ivanov;Продажи;31.05.2026;4;1;100
                petrova;Продажи;31.05.2026;0;0;50
                """)).param("person", "login").param("unit", "отдел").param("lastActivity", "Дата входа")
                .param("counts", "Посты", "Ответы").param("windowDays", "7"))
                .hasStatusOk().bodyJson().extractingPath("$.network.contributions").isEqualTo(5);
    }

    @Test
    void reportsProblemsWithLineNumbersAsProblemJson() {
        var result = mvc.post().uri("/api/imports").multipart()
                .file(csv("person,last_activity_date,posts\na,2026-05-31,-1\nb,soon,1\n"))
                .locale(Locale.ENGLISH).exchange();
        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title")
                .isEqualTo("The file could not be imported. Nothing from it was kept.");
        assertThat(result).bodyJson().extractingPath("$.totalErrors").isEqualTo(2);
        assertThat(result).bodyJson().extractingPath("$.errors[0].line").isEqualTo(2);
        assertThat(result).bodyJson().extractingPath("$.errors[0].code").isEqualTo("import.problem.negative");
        assertThat(result).bodyJson().extractingPath("$.errors[1].line").isEqualTo(3);
        assertThat(result).bodyJson().extractingPath("$.errors[1].message")
                .isEqualTo("“soon” in column “last_activity_date” is not a date. Use 2026-05-31 or 31.05.2026.");
    }

    @Test
    void countsTheProblemsBeyondTheFirstTwenty() {
        StringBuilder file = new StringBuilder("person,last_activity_date,posts\n");
        for (int i = 0; i < 25; i++) {
            file.append("p,2026-05-31,x\n");
        }
        var result = mvc.post().uri("/api/imports").multipart().file(csv(file.toString()))
                .locale(Locale.forLanguageTag("ru")).exchange();
        assertThat(result).bodyJson().extractingPath("$.errors").asArray().hasSize(20);
        assertThat(result).bodyJson().extractingPath("$.totalErrors").isEqualTo(25);
        assertThat(result).bodyJson().extractingPath("$.moreErrors").isEqualTo("… и ещё 5 ошибок.");
    }

    @Test
    void refusesAMissingFileAndUnknownColumns() {
        assertThat(mvc.post().uri("/api/imports").multipart().param("network", "x").locale(Locale.ENGLISH))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail")
                .isEqualTo("Choose a CSV or .xlsx file to upload.");
        assertThat(mvc.post().uri("/api/imports").multipart().file(csv("a,b,c\n1,2,3\n"))
                .param("person", "a").param("lastActivity", "when").param("counts", "c").locale(Locale.ENGLISH))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.errors[0].message")
                .isEqualTo("There is no column “when” in the file.");
        assertThat(mvc.post().uri("/api/imports").multipart().file(csv("")).locale(Locale.ENGLISH))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.detail")
                .isEqualTo("The file is empty.");
    }

    @Test
    void thePageOfTheReportIsAPathWhateverTheHostHeaderSays() {
        var result = mvc.post().uri("/api/imports").multipart().file(csv("person,last_activity_date,posts\na,2026-05-31,1\n"))
                .header("Host", "evil.example").header("X-Forwarded-Host", "evil.example").exchange();
        assertThat(result).hasStatusOk();
        String page = JsonPath.read(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
                "$.page");
        assertThat(page).matches("/imports/[A-Za-z0-9_-]+").doesNotContain("evil");
        assertThat(mvc.get().uri(page)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "+99999-01-01", "99999-01-01", "1999-12-31", "2999-12-31",
            "31/05/2026", "yesterday"})
    void aReferenceDateOutOfRangeOrUnreadableIsAProblemNamingTheField(String date) {
        int before = storedReports();
        var result = mvc.post().uri("/api/imports").multipart().file(csv("person,last_activity_date,posts\na,2026-05-31,1\n"))
                .param("referenceDate", date).locale(Locale.ENGLISH).exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:hivecheck:problem:import-failed");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("referenceDate");
        assertThat(result).bodyJson().extractingPath("$.errors[0].message")
                .isEqualTo("Enter a date from 2000-01-01 to today, such as 2026-05-31.");
        assertThat(storedReports()).isEqualTo(before);
    }

    @Test
    void aWorkbookWhoseTextsWouldNotFitIsRefusedWithAdviceToSaveItAsCsv() {
        byte[] workbook = com.hivecheck.importing.reading.WorkbookFiles.vivaEngage(40_000);
        var result = mvc.post().uri("/api/imports").multipart()
                .file(new MockMultipartFile("file", "VivaEngageActivityUserDetail.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook))
                .locale(Locale.ENGLISH).exchange();
        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("import.problem.workbook.sharedStrings");
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .contains("this server reads at most 1 MB of it", "CSV UTF-8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "windowDays|x|Enter a whole number of days from 1 to 366.",
            "windowDays|99999999999|Enter a whole number of days from 1 to 366.",
            "windowDays|０３０|Enter a whole number of days from 1 to 366.",
            "encoding|UTF16|Use AUTO, UTF_8 or WINDOWS_1251.",
            "dateOrder|sideways|Use AUTO, MONTH_FIRST or DAY_FIRST.",
            "network|Acme\u202E|Remove the invisible control or text-direction characters (often pasted along from another program).",
            "network|LONG|This name is too long: at most 120 characters.",
            "sheet|LONG|A sheet name has at most 120 characters."})
    void aBadParameterIsAProblemNamingItNeverA500(String field, String value, String message) {
        String sent = value.equals("LONG") ? "x".repeat(500) : value;
        int before = storedReports();
        var result = mvc.post().uri("/api/imports").multipart()
                .file(csv("person,last_activity_date,posts\na,2026-05-31,1\n")).param(field, sent)
                .locale(Locale.ENGLISH).exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo(message);
        assertThat(storedReports()).isEqualTo(before);
    }

    @Test
    void oddFilesGetClearProblemsNeverA500() {
        byte[] bomOnly = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n'};
        assertThat(mvc.post().uri("/api/imports").multipart()
                .file(new MockMultipartFile("file", "bom.csv", "text/csv", bomOnly)).locale(Locale.ENGLISH))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.detail")
                .isEqualTo("The file is empty.");
        assertThat(mvc.post().uri("/api/imports").multipart().file(csv(
                "Report Refresh Date,User Principal Name,Last Activity Date,Posted Count,Report Period\r\n"))
                .locale(Locale.ENGLISH))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.detail")
                .isEqualTo("The file has a header but no data rows.");
        assertThat(mvc.post().uri("/api/imports").multipart().file(new MockMultipartFile("file", "report.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "person,last_activity_date,posts\na,2026-05-31,1\n".getBytes(StandardCharsets.UTF_8))))
                .as("a CSV file renamed .xlsx is read by its content").hasStatusOk()
                .bodyJson().extractingPath("$.network.employees").isEqualTo(1);
        assertThat(mvc.post().uri("/api/imports").contentType(MediaType.TEXT_PLAIN).content("person,posts")
                .locale(Locale.ENGLISH)).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void excelSerialDaysInTheDateColumnAreReadAsDates() {
        var result = mvc.post().uri("/api/imports").multipart().file(csv("""
                person,last_activity_date,posts
                a,46173,2
                b,46100,1
                c,,0
                """)).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.referenceDate").isEqualTo("2026-05-31");
        assertThat(result).bodyJson().extractingPath("$.oldest").isEqualTo("2026-03-19");
        assertThat(result).bodyJson().extractingPath("$.network.monthlyActiveUsers").isEqualTo(1);
    }
}
