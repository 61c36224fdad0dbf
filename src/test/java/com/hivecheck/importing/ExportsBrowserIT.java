package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.system.Browser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real exports in a real browser: a Teams user activity report with a Department column goes straight to its figures
 * (people who left counted apart, the report's own date), and an unknown export shows sample values under every
 * column and warns before importing figures that look wrong. Screenshots at desktop width and at 390 px, in English
 * and Russian, go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ExportsBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static Path teams;
    private static Path unknown;

    @LocalServerPort
    int port;

    /**
     * Teams: 12 people and 2 deleted; 10 active in the 30 days up to the refresh date 2026-05-31, 2 last seen in March.
     * Unknown: a login, a constant report date and a last-seen date, all active (to be warned about).
     */
    @BeforeAll
    static void writeExports() throws IOException {
        StringBuilder csv = new StringBuilder("Report Refresh Date,User Id,User Principal Name,Last Activity Date,"
                + "Is Deleted,Deleted Date,Assigned Products,Team Chat Message Count,Private Chat Message Count,"
                + "Call Count,Meeting Count,Post Messages,Reply Messages,Urgent Messages,Report Period,Department\n");
        for (int i = 0; i < 14; i++) {
            boolean deleted = i >= 12;
            csv.append("2026-05-31,id").append(i).append(",user").append(i).append("@contoso.com,")
                    .append(i < 10 ? "2026-05-2" + (i % 10) : "2026-03-01").append(',')
                    .append(deleted ? "True,2026-05-30" : "False,").append(",Microsoft 365 E3,7,90,1,2,")
                    .append(i < 3 ? 10 : i < 6 ? 1 : 0).append(',').append(i < 3 ? 5 : 0).append(",0,30,")
                    .append(i % 2 == 0 ? "Sales" : "Finance").append('\n');
        }
        teams = Files.createTempFile("hivecheck-teams-", ".csv");
        Files.writeString(teams, csv, StandardCharsets.UTF_8);
        StringBuilder other = new StringBuilder("Snapshot date,Login,Last activity,Posts written\n");
        for (int i = 0; i < 20; i++) {
            other.append("2026-05-31,login").append(i).append(",2026-05-").append(10 + i).append(',')
                    .append(i % 4).append('\n');
        }
        unknown = Files.createTempFile("hivecheck-unknown-", ".csv");
        Files.writeString(unknown, other, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void deleteExports() throws IOException {
        Files.deleteIfExists(teams);
        Files.deleteIfExists(unknown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void aTeamsReportGoesStraightToItsFiguresAndAnUnknownOneIsCheckedFirst(String language) {
        browser.open("http://localhost:" + port + "/imports?lang=" + language);
        assertThat(driver().findElement(By.id("where")).getText()).contains("Viva Engage", "Teams", "Slack");
        assertThat(driver().findElement(By.id("sample")).getDomAttribute("href")).isEqualTo("/imports/sample.csv");
        shoot("import-upload-" + language);
        driver().findElement(By.id("file")).sendKeys(teams.toAbsolutePath().toString());
        driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();

        browser.await(d -> d.findElements(By.id("network")).size() == 1 && d.getCurrentUrl().contains("/imports/"));
        assertThat(text("#stat-employees")).isEqualTo("12");
        assertThat(text("#stat-active")).isEqualTo("10");
        assertThat(driver().findElement(By.id("skipped")).getText()).contains("2");
        assertThat(driver().findElement(By.id("units")).getText()).contains("Sales", "Finance");
        shoot("import-results-" + language);

        browser.open("http://localhost:" + port + "/imports?lang=" + language);
        driver().findElement(By.id("file")).sendKeys(unknown.toAbsolutePath().toString());
        driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        browser.await(d -> d.findElements(By.id("mapping-form")).size() == 1);
        assertThat(new Select(driver().findElement(By.id("lastActivity"))).getFirstSelectedOption().getText())
                .as("the constant snapshot date is not guessed").isEqualTo("3. Last activity");
        assertThat(driver().findElement(By.id("mapping-form")).getText()).contains("2026-05-10 · 2026-05-11");
        driver().findElement(By.cssSelector("#mapping-form button[type=submit]")).click();
        browser.await(d -> d.findElements(By.id("mapping-warnings")).size() == 1);
        shoot("import-mapping-" + language);
        driver().findElement(By.cssSelector("#mapping-form button[type=submit]")).click();
        browser.await(d -> d.findElements(By.id("warnings")).size() == 1);
        assertThat(text("#stat-active")).isEqualTo("20");
    }

    /** A full-page screenshot at desktop width and one at 390 px, as a phone shows the page. */
    private static void shoot(String name) {
        browser.screenshot(name);
        ChromeDriver chrome = (ChromeDriver) driver();
        try {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                    "deviceScaleFactor", 1, "mobile", true));
            Number height = (Number) chrome.executeScript("return document.documentElement.scrollHeight");
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390,
                    "height", height.intValue(), "deviceScaleFactor", 1, "mobile", true));
            Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.write(Browser.SCREENSHOTS.resolve(name + "-390.png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    private static String text(String selector) {
        return driver().findElement(By.cssSelector(selector)).getText();
    }
}
