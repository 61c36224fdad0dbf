package com.hivecheck.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.hivecheck.HrApplicationTest;
import com.hivecheck.MutableClock;
import com.hivecheck.assessment.AssessmentManagement;
import com.hivecheck.assessment.PastRound;
import com.hivecheck.assessment.Context;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.system.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core in a real browser on every page a respondent or HR sees, in English and Russian: the questionnaire (blank
 * and after an invalid submit), a result, the history, progress, compare (one unit over time, and peers), timeline,
 * portfolio and import pages. Any violation fails the build. Also takes the screenshots of progress, compare and
 * portfolio at desktop width and at 390 px ({@code target/screenshots/a11y-*.png}) and checks that nothing at
 * 390 px makes the page wider than the window, and that the stacked answers of the result page name their columns.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:accessibility-it;DB_CLOSE_DELAY=-1",
    "hivecheck.hr.password=" + HrApplicationTest.PASSWORD
})
@Import(HrApplicationTest.Clocks.class)
class AccessibilityIT {

    static final int PHONE = 390;

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    AssessmentManagement assessments;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    UUID salesBefore;
    UUID salesNow;
    UUID itNow;
    UUID modelOne;
    UUID modelTwo;

    @BeforeEach
    void storeTwoRounds() {
        jdbc.update("delete from assessment");
        clock.set(Instant.parse("2026-05-01T10:00:00Z"));
        salesBefore = store("Sales", "2025-11-01", 1000, 300, 20, EnumSet.of(Benefit.INVOLVEMENT), 30,
                Improvement.NO_CHANGE);
        salesNow = store("Sales", "2026-04-15", 1000, 750, 220, EnumSet.allOf(Benefit.class), 90,
                Improvement.BETTER);
        store("IT", "2025-11-01", 400, 200, 40, EnumSet.of(Benefit.IDEAS, Benefit.KNOWLEDGE), 70,
                Improvement.BETTER);
        itNow = store("IT", "2026-04-15", 400, 40, 2, EnumSet.noneOf(Benefit.class), 50, Improvement.WORSE);
        store("Logistics", "2026-04-10", 800, 200, 10, EnumSet.of(Benefit.KNOWLEDGE, Benefit.IDEAS,
                Benefit.BEST_PRACTICES, Benefit.PARTNERS), 95, Improvement.MUCH_BETTER);
        List<UUID> models = assessments.storePastRounds(List.of(
                new PastRound(null, new Context("Beta Corp", "Support", null), new Answers(1000, 900, 6, true,
                        EnumSet.of(Benefit.INVOLVEMENT), 40, Improvement.SLIGHTLY_BETTER), LocalDate.of(2025, 6, 1), "1"),
                new PastRound(null, new Context("Beta Corp", "Support", null), new Answers(1000, 800, 150, false,
                        EnumSet.of(Benefit.IDEAS, Benefit.KNOWLEDGE), 70, Improvement.BETTER), LocalDate.of(2026, 3, 1),
                        "2")));
        modelOne = models.get(0);
        modelTwo = models.get(1);
        store(null, "2025-10-20", 5000, 1500, 100, EnumSet.of(Benefit.INVOLVEMENT), 40, Improvement.NO_CHANGE);
        store(null, "2026-04-20", 5000, 2600, 400, EnumSet.of(Benefit.INVOLVEMENT, Benefit.IDEAS), 40,
                Improvement.SLIGHTLY_BETTER);
    }

    @Test
    void everyPageHasNoAxeViolationsInEnglishAndRussian() {
        List<String> violations = new ArrayList<>();
        for (String lang : List.of("en", "ru")) {
            desktop();
            check(violations, "/?lang=" + lang, "questionnaire");
            browser.driver().findElement(By.cssSelector("#questionnaire button[type=submit]")).click();
            browser.await(d -> !d.findElements(By.id("form-errors")).isEmpty());
            axe(violations, "questionnaire with errors " + lang);
            check(violations, "/assessments/" + salesNow + "?lang=" + lang, "result");
            check(violations, "/imports?lang=" + lang, "import");
            signIn();
            check(violations, "/hr?lang=" + lang, "history");
            check(violations, "/hr/progress?network=Acme+Engage&lang=" + lang, "progress");
            check(violations, "/hr/compare?ids=" + salesBefore + "&ids=" + salesNow + "&lang=" + lang,
                    "compare over time");
            check(violations, "/hr/compare?ids=" + salesNow + "&ids=" + itNow + "&lang=" + lang, "compare peers");
            check(violations, "/hr/compare?ids=" + modelOne + "&ids=" + modelTwo + "&scores=current&lang=" + lang,
                    "compare under the current model");
            check(violations, "/hr/timeline?network=Beta+Corp&unit=Support&lang=" + lang, "timeline of two models");
            check(violations, "/hr/timeline?network=Acme+Engage&lang=" + lang, "timeline");
            check(violations, "/hr/timeline?network=Acme+Engage&unit=Sales&lang=" + lang, "timeline of a unit");
            check(violations, "/hr/portfolio?network=Acme+Engage&lang=" + lang, "portfolio");
            browser.driver().manage().deleteAllCookies();
        }
        assertThat(violations).as("axe-core violations").isEmpty();
    }

    @Test
    void progressComparePortfolioFitA390PxPhoneAndTheDesktop() {
        signIn();
        List<String> tooWide = new ArrayList<>();
        for (String lang : List.of("en", "ru")) {
            for (String[] page : List.of(
                    new String[] {"progress", "/hr/progress?network=Acme+Engage"},
                    new String[] {"compare-over-time", "/hr/compare?ids=" + salesBefore + "&ids=" + salesNow},
                    new String[] {"compare-peers", "/hr/compare?ids=" + salesNow + "&ids=" + itNow},
                    new String[] {"compare-models", "/hr/compare?ids=" + modelOne + "&ids=" + modelTwo
                            + "&scores=current"},
                    new String[] {"timeline-models", "/hr/timeline?network=Beta+Corp&unit=Support"},
                    new String[] {"portfolio", "/hr/portfolio?network=Acme+Engage"},
                    new String[] {"timeline", "/hr/timeline?network=Acme+Engage"},
                    new String[] {"result", "/assessments/" + salesNow})) {
                String url = url(page[1] + (page[1].contains("?") ? "&" : "?") + "lang=" + lang);
                desktop();
                browser.open(url);
                browser.screenshot("a11y-" + page[0] + "-" + lang + "-desktop");
                phone();
                browser.open(url);
                long width = ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth")).longValue();
                long window = ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.clientWidth")).longValue();
                if (width > window) {
                    tooWide.add(page[0] + " " + lang + ": " + width + " px in a " + window + " px window");
                }
                if (page[0].equals("result")) {
                    @SuppressWarnings("unchecked")
                    List<String> labels = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                            .executeScript("return Array.from(document.querySelectorAll('.answers__table td'))"
                                    + ".map(td => getComputedStyle(td, '::before').content)");
                    assertThat(labels).as("each stacked answer cell says which column it is").hasSize(8)
                            .allSatisfy(label -> assertThat(label).isIn(lang.equals("en")
                                    ? List.of("\"Your answer\"", "\"Benchmark\"")
                                    : List.of("\"Ваш ответ\"", "\"Ориентир\"")));
                }
                browser.screenshot("a11y-" + page[0] + "-" + lang + "-390");
                phone();
            }
        }
        desktop();
        assertThat(tooWide).as("pages wider than a 390 px phone").isEmpty();
    }

    @Test
    void theImportOfPastRoundsListsErrorsThenReportsSuccessAtBothWidths() throws Exception {
        signIn();
        String header = "network,unit,assessedOn,employees,monthlyActiveUsers,contentCreators,"
                + "creatorsMostlyOfficial,benefits,workRelatedShare,improvement\n";
        Path bad = Files.createTempFile("rounds-bad", ".csv");
        Files.writeString(bad, header + "Acme Engage,Sales,2025-05-01,1000,1200,20,perhaps,IDEAS,150,BETTER\n"
                + "Acme Engage,Sales,2030-01-01,1000,200,20,false,IDEAS,50,WORSE\n");
        Path good = Files.createTempFile("rounds-good", ".csv");
        Files.writeString(good, header + "Acme Engage,Sales,2025-05-01,1000,250,10,true,IDEAS,40,NO_CHANGE\n"
                + "Acme Engage,IT,2025-05-01,400,150,30,false,IDEAS;KNOWLEDGE,60,BETTER\n");
        List<String> violations = new ArrayList<>();
        List<String> tooWide = new ArrayList<>();
        try {
            for (String lang : List.of("en", "ru")) {
                for (boolean onPhone : List.of(false, true)) {
                    String size = onPhone ? "390" : "desktop";
                    if (onPhone) {
                        phone();
                    } else {
                        desktop();
                    }
                    browser.open(url("/hr/history/import?lang=" + lang));
                    upload(bad);
                    browser.await(d -> !d.findElements(By.id("import-errors")).isEmpty());
                    assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                            .as("focus on the error summary").isEqualTo("import-errors");
                    assertThat(browser.driver().findElements(By.cssSelector("#import-errors li"))).hasSize(4);
                    axe(violations, "import with errors " + lang + " " + size);
                    fits(tooWide, "import with errors " + lang);
                    browser.screenshot("import-errors-" + lang + "-" + size);
                    if (onPhone) {
                        phone();
                    }
                    upload(good);
                    browser.await(d -> !d.findElements(By.id("import-done")).isEmpty());
                    axe(violations, "import done " + lang + " " + size);
                    fits(tooWide, "import done " + lang);
                    browser.screenshot("import-done-" + lang + "-" + size);
                }
            }
        } finally {
            desktop();
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
        assertThat(violations).as("axe-core violations").isEmpty();
        assertThat(tooWide).as("pages wider than a 390 px phone").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from assessment where assessed_on = '2025-05-01'",
                Integer.class)).as("the good file has no ids: each of its four imports stored its two rows anew").isEqualTo(8);
    }

    @Test
    void theImportButtonSaysItIsImportingAndTakesNoSecondSubmission() throws Exception {
        signIn();
        Path file = Files.createTempFile("rounds-wait", ".csv");
        Files.writeString(file, "network,unit,assessedOn,employees,monthlyActiveUsers,contentCreators,"
                + "creatorsMostlyOfficial,benefits,workRelatedShare,improvement\n"
                + "Acme Engage,Sales,2025-05-01,1000,250,10,true,IDEAS,40,NO_CHANGE\n");
        try {
            for (String lang : List.of("en", "ru")) {
                for (boolean onPhone : List.of(false, true)) {
                    if (onPhone) {
                        phone();
                    } else {
                        desktop();
                    }
                    browser.open(url("/hr/history/import?lang=" + lang));
                    WebDriver page = browser.driver();
                    page.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
                    // Holds the page as it is while the request would run: a listener after the page's own cancels it.
                    ((ChromeDriver) page).executeScript("document.getElementById('import-form')"
                            + ".addEventListener('submit', function (e) { e.preventDefault(); });");
                    page.findElement(By.id("import-submit")).click();

                    WebElement button = page.findElement(By.id("import-submit"));
                    assertThat(button.isEnabled()).as("no second submission").isFalse();
                    assertThat(page.findElement(By.id("import-form")).getAttribute("aria-busy")).isEqualTo("true");
                    if (lang.equals("en")) {
                        assertThat(button.getText()).isEqualTo("Importing…");
                        assertThat(page.findElement(By.id("import-wait")).getText())
                                .startsWith("Importing… this can take up to a minute for 10,000 rows.");
                    } else {
                        assertThat(button.getText()).isEqualTo("Импорт…");
                        assertThat(page.findElement(By.id("import-wait")).getText()).startsWith("Импорт… Большой файл");
                    }
                    browser.screenshot("import-busy-" + lang + "-" + (onPhone ? "390" : "desktop"));
                }
            }
        } finally {
            desktop();
            Files.deleteIfExists(file);
        }
        assertThat(jdbc.queryForObject("select count(*) from assessment where assessed_on = '2025-05-01'",
                Integer.class)).as("nothing was sent").isZero();
    }

    private void upload(Path file) {
        WebDriver page = browser.driver();
        page.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickToNextPage(page.findElement(By.id("import-submit")));
    }

    private void fits(List<String> tooWide, String name) {
        long width = ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth")).longValue();
        long window = ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.clientWidth")).longValue();
        if (width > window) {
            tooWide.add(name + ": " + width + " px in a " + window + " px window");
        }
    }

    private void check(List<String> violations, String path, String name) {
        browser.open(url(path));
        axe(violations, name + " " + path);
    }

    private void axe(List<String> violations, String name) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                "best-practice")).analyze(browser.driver());
        for (Rule rule : results.getViolations()) {
            violations.add(name + ": " + rule.getId() + " (" + rule.getHelp() + ") at "
                    + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
        }
    }

    private void signIn() {
        browser.open(url("/login"));
        WebDriver page = browser.driver();
        if (page.findElements(By.id("username")).isEmpty()) {
            return;
        }
        page.findElement(By.id("username")).sendKeys("hr");
        page.findElement(By.id("password")).sendKeys(HrApplicationTest.PASSWORD);
        String before = page.getCurrentUrl();
        page.findElement(By.id("login-submit")).click();
        browser.await(d -> !d.getCurrentUrl().equals(before));
    }

    private void desktop() {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** A 390 px phone: a mobile viewport with overlay scroll bars, as the phone's own browser has. */
    private void phone() {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private UUID store(@Nullable String unit, String day, int employees, int active, int creators,
            EnumSet<Benefit> benefits, int workRelatedShare, Improvement improvement) {
        clock.set(clock.instant().plusSeconds(60));
        return assessments.submit(new Context("Acme Engage", unit, null),
                new Answers(employees, active, creators, false, benefits, workRelatedShare, improvement), null,
                LocalDate.parse(day)).getId();
    }
}
