package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The import pages over MockMvc, with the real security, locale and clock configuration. */
@WebMvcTest(controllers = ImportController.class, includeFilters = @Filter(type = FilterType.REGEX,
        pattern = "com\\.hivecheck\\.(security\\.SecurityConfiguration|system\\.LocaleConfiguration|system\\.ClockConfiguration)"))
@Import({ActivityReports.class, PendingUploads.class, ImportManagement.class, ReportStoreForSlices.class,
        UploadLimitHandler.class, UploadSizeConfiguration.class})
@EnableConfigurationProperties(ImportingProperties.class)
@TestPropertySource(properties = "hivecheck.importing.max-people=10000")
class ImportControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PendingUploads pendingUploads;

    private static MockMultipartFile csv(String name, String content) {
        return csv(name, content, StandardCharsets.UTF_8);
    }

    private static MockMultipartFile csv(String name, String content, Charset charset) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(charset));
    }

    private MvcTestResult upload(MockMultipartFile file, String... parameters) {
        var request = mvc.post().uri("/imports").multipart().file(file).with(csrf()).locale(Locale.ENGLISH);
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        return request.exchange();
    }

    private String follow(MvcTestResult result) throws Exception {
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).isNotNull();
        return mvc.get().uri(location).locale(Locale.ENGLISH).exchange().getResponse().getContentAsString(
                StandardCharsets.UTF_8);
    }

    @Test
    void theUploadPageDocumentsTheFormatsAndPromisesPrivacy() {
        assertThat(mvc.get().uri("/imports?network=Acme").locale(Locale.ENGLISH))
                .hasStatusOk()
                .bodyText()
                .contains("Your file stays private", "No per-person row is ever stored", "User Principal Name",
                        "last_activity_date", "value=\"Acme\"", "data-busy=\"Computing…\"", "at most 50 MB");
    }

    @Test
    void aRecognisedExportGoesStraightToItsFigures() throws Exception {
        MvcTestResult result = upload(csv("activity.csv", ActivityFiles.tenMakeNinetyPercent()), "network", "Acme");
        assertThat(result).hasStatus(HttpStatus.SEE_OTHER).redirectedUrl().startsWith("/imports/");
        String page = follow(result);
        assertThat(page).contains("id=\"stat-employees\">1,000<", "id=\"stat-active\">1,000<",
                "id=\"stat-creators\">9<", "activity.csv", "Acme", "Lurkers: 890 (89%)",
                "Occasional: 101 (10.1%)", "Core (creators): 9 (0.9%)", "generic format", "Columns recognized");
        assertThat(page).doesNotContain("Map columns");
        assertThat(page).containsPattern("href=\"/\\?network=Acme&amp;evidence=[\\w-]{22}\\.0\"");
        assertThat(page).contains("<polyline class=\"curve-chart__line\"");
    }

    @Test
    void aVivaEngageReportIsRecognisedWithoutMapping() throws Exception {
        String page = follow(upload(csv("viva.csv", """
                Report Refresh Date,User Principal Name,Display Name,Last Activity Date,Posted Count,Read Count,Liked Count
                2026-06-01,ann@contoso.com,Ann,2026-05-30,8,120,14
                2026-06-01,bob@contoso.com,Bob,,0,0,0
                """)));
        assertThat(page).contains("Viva Engage activity report", "id=\"stat-employees\">2<",
                "id=\"stat-active\">1<", "id=\"stat-creators\">1<");
    }

    @Test
    void unitsGetTheirOwnFiguresAndFillLinks() throws Exception {
        String page = follow(upload(csv("units.csv", """
                person;unit;last_activity_date;posts;comments
                Иванов;Отдел продаж;31.05.2026;12;3
                Петрова;Бухгалтерия;30.05.2026;0;1
                Сидоров;Отдел продаж;01.01.2026;0;0
                """, Charset.forName("windows-1251")), "network", "Acme"));
        assertThat(page).contains("Отдел продаж", "Бухгалтерия", "Windows-1251 (Cyrillic) with semicolons");
        assertThat(page).containsPattern(
                "href=\"/\\?network=Acme&amp;unit=%D0%9E%D1%82%D0%B4%D0%B5%D0%BB%20%D0%BF%D1%80%D0%BE%D0%B4%D0%B0%D0%B6&amp;evidence=[\\w-]{22}\\.1\"");
        assertThat(page).doesNotContain("Иванов", "Петрова", "Сидоров");
    }

    @Test
    void anUnknownExportIsMappedByTheUserAndTheWaitingFileIsThenDeleted() throws Exception {
        int waiting = pendingUploads.size();
        MvcTestResult result = upload(csv("custom.csv", """
                Сотрудник,Подразделение,Дата последнего входа,Публикации,Комментарии,Просмотры
                ivanov,Продажи,31.05.2026,4,1,100
                petrova,Продажи,30.05.2026,0,0,50
                """));
        assertThat(result).hasStatus(HttpStatus.SEE_OTHER).redirectedUrl().startsWith("/imports/mapping/");
        String mappingUrl = result.getResponse().getRedirectedUrl();
        assertThat(pendingUploads.size()).isEqualTo(waiting + 1);

        assertThat(mvc.get().uri(mappingUrl).locale(Locale.ENGLISH)).hasStatusOk().bodyText()
                .contains("Which column holds what?", "1. Сотрудник", "6. Просмотры",
                        "<option value=\"0\" selected=\"selected\">1. Сотрудник</option>",
                        "<option value=\"2\" selected=\"selected\">3. Дата последнего входа</option>",
                        "name=\"counts\" value=\"3\" checked=\"checked\"", "31.05.2026 · 30.05.2026",
                        "30 minutes at most");

        MvcTestResult warned = mvc.post().uri(mappingUrl).with(csrf()).locale(Locale.ENGLISH)
                .param("person", "0").param("unit", "1").param("lastActivity", "2")
                .param("counts", "3", "4").param("windowDays", "30").param("referenceDate", "").exchange();
        assertThat(warned).as("everybody active: asked to check first").hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText().contains("Everybody comes out active", "name=\"confirmed\" value=\"true\"");
        assertThat(pendingUploads.size()).isEqualTo(waiting + 1);

        MvcTestResult mapped = mvc.post().uri(mappingUrl).with(csrf()).locale(Locale.ENGLISH)
                .param("person", "0").param("unit", "1").param("lastActivity", "2").param("confirmed", "true")
                .param("counts", "3", "4").param("windowDays", "30").param("referenceDate", "").exchange();
        assertThat(mapped).hasStatus(HttpStatus.SEE_OTHER).redirectedUrl().startsWith("/imports/");
        assertThat(pendingUploads.size()).isEqualTo(waiting);
        assertThat(follow(mapped)).contains("columns chosen by you", "id=\"stat-creators\">1<", "Продажи",
                "Map columns").doesNotContain("Columns recognized");
        assertThat(mvc.get().uri(mappingUrl)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theMappingStepExplainsWhatIsMissingAndKeepsTheFileForAnotherTry() throws Exception {
        int waiting = pendingUploads.size();
        MvcTestResult result = upload(csv("custom.csv", "a,b,c\nx,2026-05-31,1\n"), "mapColumns", "true");
        String mappingUrl = result.getResponse().getRedirectedUrl();
        assertThat(mvc.post().uri(mappingUrl).with(csrf()).locale(Locale.ENGLISH)
                .param("person", "0").param("lastActivity", "0").param("windowDays", "30").exchange())
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("Choose at least one column of counts.");
        assertThat(mvc.post().uri(mappingUrl).with(csrf()).locale(Locale.ENGLISH)
                .param("person", "0").param("lastActivity", "2").param("counts", "1").param("windowDays", "30")
                .exchange())
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("Line 2:", "“1” in column “c” is not a date.", "“2026-05-31” in column “b” is not a whole number.");
        assertThat(pendingUploads.size()).isEqualTo(waiting + 1);
        assertThat(mvc.post().uri(mappingUrl + "/discard").with(csrf()).exchange())
                .hasStatus(HttpStatus.SEE_OTHER).redirectedUrl().isEqualTo("/imports?discarded");
        assertThat(pendingUploads.size()).isEqualTo(waiting);
    }

    @Test
    void aKnownExportWithMissingColumnsSaysWhichOnLineOne() throws Exception {
        MvcTestResult result = upload(csv("viva.csv", "User Principal Name,Read Count\nann,3\n"));
        assertThat(mvc.get().uri(result.getResponse().getRedirectedUrl()).locale(Locale.ENGLISH)).hasStatusOk()
                .bodyText().contains("id=\"missing-columns\"", "Line 1:",
                        "The required column “Last Activity Date” is missing.",
                        "The required column “Posted Count” is missing.");
    }

    @Test
    void badRowsAreListedWithTheirLinesAndNothingIsKept() {
        StringBuilder file = new StringBuilder("person,last_activity_date,posts\nann,yesterday,1\nbob,2026-05-31,-3\n");
        for (int i = 0; i < 40; i++) {
            file.append("p").append(i).append(",2026-05-31,x\n");
        }
        assertThat(upload(csv("bad.csv", file.toString())))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("The file could not be imported. Nothing from it was kept.",
                        "Line 2:", "“yesterday” in column “last_activity_date” is not a date.",
                        "Line 3:", "“-3” in column “posts” is negative; counts cannot be.",
                        "Line 21:", "… and 22 more problems.")
                .doesNotContain("Line 22:");
    }

    @Test
    void problemsAreExplainedInRussianToo() {
        assertThat(mvc.post().uri("/imports").multipart()
                .file(csv("bad.csv", "person,last_activity_date,posts\nann,вчера,1\n")).with(csrf())
                .locale(Locale.forLanguageTag("ru")).exchange())
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("Файл не удалось импортировать", "Строка 2:", "«вчера» в столбце «last_activity_date» — не дата.");
    }

    @Test
    void emptyBinaryAndMissingFilesGetClearMessages() {
        assertThat(upload(csv("empty.csv", ""))).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("The file is empty.");
        assertThat(upload(new MockMultipartFile("file", "photo.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13})))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("This is not a CSV text file.");
        assertThat(upload(new MockMultipartFile("file", "book.xlsx", "application/octet-stream",
                new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0})))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("The Excel workbook could not be read");
        assertThat(upload(new MockMultipartFile("file", "", "application/octet-stream", new byte[0])))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("Choose a CSV or .xlsx file to upload.");
    }

    @Test
    void aBadWindowIsShownNextToItsField() {
        assertThat(upload(csv("a.csv", ActivityFiles.generic("2026-05-31", 1)), "windowDays", "0"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("Enter a whole number of days from 1 to 366.");
        assertThat(upload(csv("a.csv", ActivityFiles.generic("2026-05-31", 1)), "referenceDate", "31/05/2026"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText().contains("Enter a date from 2000-01-01 to today, such as 2026-05-31.");
    }

    @Test
    void aChosenReferenceDateAndWindowAreUsed() throws Exception {
        String page = follow(upload(csv("a.csv", """
                person,last_activity_date,posts
                a,2026-05-31,1
                b,2026-05-20,1
                c,2026-05-10,1
                """), "referenceDate", "2026-05-25", "windowDays", "7"));
        assertThat(page).contains("between 19 May 2026 and 25 May 2026 (7 days, both included)",
                "The reference date was chosen on upload.", "id=\"stat-active\">2<",
                "1 person was last active after the reference date");
    }

    @Test
    void theUploadPageSaysWhenTheLastFileWasTooLarge() {
        assertThat(mvc.get().uri("/imports").param("tooLarge", "").locale(Locale.ENGLISH)).hasStatusOk().bodyText()
                .contains("The file is larger than 50 MB.");
    }

    @Test
    void anUnknownOrExpiredImportIsGone() {
        assertThat(mvc.get().uri("/imports/nope").locale(Locale.ENGLISH)).hasStatus(HttpStatus.NOT_FOUND)
                .bodyText().contains("This import is no longer here");
        assertThat(mvc.get().uri("/imports/mapping/nope")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void uploadsNeedTheFormsCsrfToken() {
        assertThat(mvc.post().uri("/imports").multipart().file(csv("a.csv", "person,posts\n")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "+99999-01-01", "99999-01-01", "1999-12-31", "2999-12-31",
            "31/05/2026"})
    void aReferenceDateOutOfRangeIsShownNextToItsField(String date) {
        var result = upload(csv("a.csv", ActivityFiles.generic("2026-05-31", 1)), "referenceDate", date);
        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("id=\"referenceDate-error\"", "Enter a date from 2000-01-01 to today, such as 2026-05-31.")
                .doesNotContain("import-problems");
        var russian = mvc.post().uri("/imports").multipart().file(csv("a.csv", ActivityFiles.generic("2026-05-31", 1)))
                .param("referenceDate", date).with(csrf()).locale(Locale.forLanguageTag("ru")).exchange();
        assertThat(russian).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("Введите дату от 2000-01-01 до сегодняшнего дня, например 2026-05-31.");
    }

    @Test
    void theMappingStepShowsAReferenceDateOutOfRangeNextToItsFieldAndKeepsTheFile() {
        int waiting = pendingUploads.size();
        String mappingUrl = upload(csv("custom.csv", "a,b,c\nx,2026-05-31,1\n"), "mapColumns", "true")
                .getResponse().getRedirectedUrl();
        assertThat(mvc.post().uri(mappingUrl).with(csrf()).locale(Locale.ENGLISH)
                .param("person", "0").param("lastActivity", "1").param("counts", "2").param("windowDays", "30")
                .param("referenceDate", "-999999999-01-01").exchange())
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("id=\"referenceDate-error\"", "Enter a date from 2000-01-01 to today, such as 2026-05-31.");
        assertThat(pendingUploads.size()).isEqualTo(waiting + 1);
    }

    @Test
    void aWorkbookWhoseTextsWouldNotFitIsRefusedOnThePageInBothLanguages() {
        MockMultipartFile workbook = new MockMultipartFile("file", "VivaEngageActivityUserDetail.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                com.hivecheck.importing.reading.WorkbookFiles.vivaEngage(40_000));
        assertThat(upload(workbook)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("The workbook’s table of texts would need about", "this server reads at most 1 MB",
                        "File › Save As › CSV UTF-8 (comma delimited)");
        assertThat(mvc.post().uri("/imports").multipart().file(workbook).with(csrf())
                .locale(Locale.forLanguageTag("ru")).exchange()).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyText().contains("Для таблицы текстов этой книги нужно около", "сервер читает не больше 1 МБ");
    }
}
