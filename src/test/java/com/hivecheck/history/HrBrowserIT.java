package com.hivecheck.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.HrApplicationTest;
import com.hivecheck.MutableClock;
import com.hivecheck.assessment.AssessmentManagement;
import com.hivecheck.assessment.Context;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.system.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HR in a real browser: signs in, filters the history, compares two assessments and sees the arrow between them,
 * opens the portfolio and the timeline, downloads the CSV, and signs out, in English and Russian; one assessment was
 * filled from an activity export and is marked "from data". Screenshots go to {@code target/screenshots/hr-*.png}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:hr-browser-it;DB_CLOSE_DELAY=-1",
    "hivecheck.hr.password=" + HrApplicationTest.PASSWORD
})
@Import(HrApplicationTest.Clocks.class)
class HrBrowserIT {

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

    @BeforeEach
    void storeANetworkWithUnits() {
        jdbc.update("delete from assessment");
        store("2026-02-01T10:00:00Z", "Sales", 1000, 700, 200, EnumSet.of(Benefit.INVOLVEMENT), 30, Improvement.NO_CHANGE);
        UUID fromData = store("2026-05-01T10:00:00Z", "Sales", 1000, 750, 220, EnumSet.allOf(Benefit.class), 90,
                Improvement.BETTER);
        // Questions 1 and 2 of the latest Sales assessment were filled from a Viva Engage export, unchanged.
        jdbc.update("""
                update assessment set evidence_source = 'VIVA_ENGAGE', evidence_unit = 'Sales',
                evidence_reference_date = date '2026-04-30', evidence_window_days = 30, evidence_people = 1000,
                evidence_active = 750, evidence_creators = 220, evidence_lurkers = 400, evidence_occasional = 130
                where id = ?""", fromData);
        store("2026-03-15T10:00:00Z", "IT", 400, 40, 2, EnumSet.noneOf(Benefit.class), 50, Improvement.WORSE);
        store("2026-04-10T10:00:00Z", "Logistics", 800, 200, 10, EnumSet.of(Benefit.KNOWLEDGE, Benefit.IDEAS,
                Benefit.BEST_PRACTICES, Benefit.PARTNERS), 95, Improvement.MUCH_BETTER);
        store("2026-04-20T10:00:00Z", null, 5000, 2600, 400, EnumSet.of(Benefit.INVOLVEMENT, Benefit.IDEAS), 40,
                Improvement.SLIGHTLY_BETTER);
    }

    @Test
    void hrSignsInFiltersComparesOpensThePortfolioAndDownloadsTheCsv() throws Exception {
        WebDriver page = browser.driver();
        browser.open(url("/hr"));
        assertThat(page.getCurrentUrl()).endsWith("/login");
        browser.screenshot("hr-login-en");

        signIn("hr", "not the password");
        assertThat(page.findElement(By.id("login-error")).getText()).contains("Wrong user name or password");
        signIn("hr", HrApplicationTest.PASSWORD);
        assertThat(URI.create(page.getCurrentUrl()).getPath()).isEqualTo("/hr");
        assertThat(page.findElement(By.id("account-name")).getText()).isEqualTo("hr");
        assertThat(rows()).hasSize(5);

        page.findElement(By.id("network")).sendKeys("Acme Engage");
        page.findElement(By.id("unit")).sendKeys("Sales");
        page.findElement(By.id("filter-apply")).click();
        browser.await(d -> d.getCurrentUrl().contains("unit=Sales"));
        assertThat(rows()).hasSize(2).allSatisfy(row -> assertThat(row.getText()).contains("Sales"));
        List<WebElement> badges = page.findElements(By.cssSelector("#history-table .tag--data"));
        assertThat(badges).as("only the latest Sales assessment is from data").hasSize(1);
        assertThat(badges.get(0).getText()).isEqualTo("from data");
        assertThat(badges.get(0).getAttribute("title")).isEqualTo("Counted from an activity export (Viva Engage "
                + "activity report, 30 days up to 30 April 2026): employees, active users and content creators.");
        assertThat(rows().get(0).getText()).contains("from data");
        assertThat(rows().get(1).getText()).doesNotContain("from data");
        for (WebElement pick : page.findElements(By.cssSelector("input.pick"))) {
            pick.click();
        }
        assertThat(page.findElement(By.id("compare-hint")).getText()).startsWith("2 ticked");
        browser.screenshot("hr-history-en");

        page.findElement(By.id("compare-button")).click();
        browser.await(d -> d.getCurrentUrl().contains("/hr/compare"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Comparing 2 assessments");
        assertThat(page.findElement(By.id("type-changes")).getText())
                .contains("Flood Room → Honey Apiary on 1 May 2026");
        List<WebElement> arrows = page.findElements(By.cssSelector("svg line.quadrant-chart__arrow"));
        assertThat(arrows).hasSize(1);
        var arrow = arrows.get(0).getRect();
        assertThat(arrow.getWidth() + arrow.getHeight()).as("the arrow has a visible length").isGreaterThan(40);
        assertThat(arrows.get(0).getAttribute("marker-end")).isEqualTo("url(#compare-chart-arrow)");
        assertThat(page.findElement(By.id("row-benefit")).getText()).contains("▲").contains("+");
        List<WebElement> employees = page.findElements(By.cssSelector("#row-employees td"));
        assertThat(employees.get(0).getText()).doesNotContain("from data");
        assertThat(employees.get(1).findElement(By.cssSelector(".tag--data")).getText()).isEqualTo("from data");
        assertThat(page.findElements(By.cssSelector("#compare-table .tag--data"))).as("three answers of #2").hasSize(3);
        browser.screenshot("hr-compare-en");

        page.findElement(By.id("back-to-list")).click();
        browser.await(d -> !d.getCurrentUrl().contains("/hr/compare"));
        assertThat(rows()).hasSize(2);
        String export = page.findElement(By.id("export-link")).getAttribute("href");
        page.findElement(By.id("portfolio-link")).click();
        browser.await(d -> d.getCurrentUrl().contains("/hr/portfolio"));
        assertThat(page.findElement(By.id("portfolio-table")).getText())
                .contains("IT").contains("Logistics").contains("Sales").doesNotContain("Whole network");
        assertThat(page.findElement(By.id("portfolio-whole")).getText()).contains("Whole network")
                .contains("not counted as a unit");
        assertThat(page.findElements(By.cssSelector("svg .quadrant-chart__label")).stream()
                .map(WebElement::getText).toList())
                .containsExactlyInAnyOrder("IT", "Logistics", "Sales");
        assertThat(page.findElements(By.cssSelector("#portfolio-table tbody tr")).get(0).getText()).contains("IT");
        browser.screenshot("hr-portfolio-en");

        page.findElement(By.linkText("Timeline")).click();
        browser.await(d -> d.getCurrentUrl().contains("/hr/timeline"));
        // One chart per unit (IT, Logistics, Sales) and one for the whole network's own assessments, two lines each.
        assertThat(page.findElements(By.cssSelector(".timeline-line svg.timeline-chart"))).hasSize(4);
        assertThat(page.findElements(By.cssSelector("svg.timeline-chart polyline"))).hasSize(8);
        browser.screenshot("hr-timeline-en");

        HttpResponse<byte[]> csv = download(export);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).get().asString()
                .contains("hivecheck-assessments-");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,createdAt,date,assessedOn,network,unit");
        assertThat(text.lines()).hasSize(3);

        page.findElement(By.id("logout")).click();
        browser.await(d -> d.getCurrentUrl().contains("/login"));
        assertThat(page.findElement(By.id("login-out")).getText()).contains("You have signed out");
        assertThat(download(export).statusCode()).as("the old session no longer exports").isNotEqualTo(200);
    }

    @Test
    void hrWorksInRussian() {
        browser.open(url("/login?lang=ru"));
        browser.screenshot("hr-login-ru");
        signIn("hr", HrApplicationTest.PASSWORD);
        WebDriver page = browser.driver();
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("История оценок");
        assertThat(page.findElements(By.cssSelector("#history-table .tag--data"))).singleElement()
                .satisfies(badge -> assertThat(badge.getText()).isEqualTo("по данным"));
        browser.screenshot("hr-history-ru");

        List<String> ids = page.findElements(By.cssSelector("input.pick")).stream()
                .map(box -> box.getAttribute("value")).toList();
        browser.open(url("/hr/compare?ids=" + ids.get(0) + "&ids=" + ids.get(1) + "&ids=" + ids.get(4)));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Сравнение оценок: 3");
        assertThat(page.findElements(By.cssSelector("#row-contentCreators td")).get(2).getText()).contains("по данным");
        browser.screenshot("hr-compare-ru");

        browser.open(url("/hr/portfolio?network=Acme+Engage"));
        assertThat(page.findElement(By.id("portfolio-whole")).getText()).contains("Вся сеть");
        browser.screenshot("hr-portfolio-ru");

        browser.open(url("/hr/timeline?network=Acme+Engage&unit=Sales"));
        assertThat(page.findElement(By.id("type-changes")).getText())
                .contains("Флудилка → Медовая пасека с 1 мая 2026");
        browser.screenshot("hr-timeline-ru");
    }

    private void signIn(String username, String password) {
        WebDriver page = browser.driver();
        page.findElement(By.id("username")).clear();
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys(password);
        String before = page.getCurrentUrl();
        page.findElement(By.id("login-submit")).click();
        browser.await(d -> !d.getCurrentUrl().equals(before));
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#history-table tbody tr"));
    }

    private HttpResponse<byte[]> download(String href) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href)).GET();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private UUID store(String instant, @Nullable String unit, int employees, int active, int creators,
            EnumSet<Benefit> benefits, int workRelatedShare, Improvement improvement) {
        clock.set(Instant.parse(instant));
        return assessments.submit(new Context("Acme Engage", unit, null),
                new Answers(employees, active, creators, false, benefits, workRelatedShare, improvement)).getId();
    }
}
