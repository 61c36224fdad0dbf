package com.hivecheck.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.HrApplicationTest;
import com.hivecheck.system.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A pulse in a real browser: HR signs in and opens a pulse; employees answer it in English and in Russian, without
 * JavaScript mattering (plain form posts); HR sees only the count until the fifth answer and everything from it.
 * Screenshots: {@code target/screenshots/pulse-*.png}, the respondent page at desktop width and at 390 px.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:pulse-browser-it;DB_CLOSE_DELAY=-1",
    "hivecheck.hr.password=" + HrApplicationTest.PASSWORD
})
class PulseBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void employeesAnswerInEnglishAndRussianAndHrSeesResultsFromTheFifthAnswer() {
        WebDriver page = browser.driver();
        browser.open(url("/hr/pulses?lang=en"));
        signIn();
        page.findElement(By.id("network")).sendKeys("Acme Engage");
        page.findElement(By.id("unit")).sendKeys("Sales & Marketing");
        page.findElement(By.id("headcount")).sendKeys("40");
        page.findElement(By.id("pulse-open-submit")).click();
        browser.await(d -> d.findElements(By.id("respond-url")).size() == 1);
        String results = page.getCurrentUrl().replace("?opened", "");
        String respond = page.findElement(By.id("respond-url")).getAttribute("value");
        assertThat(respond).contains("/pulse/");
        assertThat(page.findElement(By.cssSelector(".pulse-qr svg"))).isNotNull();
        assertThat(page.findElement(By.id("response-count")).getText()).isEqualTo("Answers: 0 of 40 people asked (0%)");

        browser.open(respond + "?lang=en");
        shots("pulse-respond-new-en");
        browser.open(respond + "?lang=ru");
        shots("pulse-respond-new-ru");

        answer(respond + "?lang=en", List.of("KNOWLEDGE", "IDEAS"), "BETTER", "80", "Saves me a day a week");
        assertThat(page.findElement(By.id("thanks")).getText())
                .contains("Thank you", "You can change your answer until the pulse closes.");
        shots("pulse-respond-en");
        answer(respond + "?lang=en", List.of("KNOWLEDGE"), "NO_CHANGE", "60", "");
        answer(respond + "?lang=ru", List.of("IDEAS", "PARTNERS"), "MUCH_BETTER", "90", "Нашли подрядчика за час");
        assertThat(page.findElement(By.id("thanks")).getText()).contains("Спасибо", "изменить ответ");
        shots("pulse-respond-ru");
        answer(respond + "?lang=ru", List.of(), "WORSE", "20", "<script>alert(1)</script>");

        browser.open(results + "?lang=en");
        assertThat(page.findElement(By.id("response-count")).getText()).isEqualTo("Answers: 4 of 40 people asked (10%)");
        assertThat(page.findElement(By.id("below-threshold")).getText()).contains("1 more answer needed");
        assertThat(page.findElements(By.id("benefits"))).isEmpty();
        assertThat(page.findElements(By.id("comments"))).isEmpty();
        browser.screenshot("pulse-results-below-en");

        answer(respond + "?lang=en", List.of("KNOWLEDGE", "IDEAS"), "BETTER", "75", "");
        browser.open(results + "?lang=en");
        assertThat(page.findElement(By.id("response-count")).getText()).isEqualTo("Answers: 5 of 40 people asked (13%)");
        assertThat(page.findElements(By.id("below-threshold"))).isEmpty();
        assertThat(page.findElement(By.id("benefit-KNOWLEDGE")).getText()).contains("Knowledge base", "majority", "60%");
        assertThat(page.findElement(By.id("benefit-PARTNERS")).getText()).contains("20%").doesNotContain("majority");
        assertThat(page.findElement(By.id("improvement-median")).getText()).isEqualTo("Median answer: Better");
        assertThat(page.findElement(By.id("work-share")).getText()).contains("75%", "between 60% and 80%");
        assertThat(page.findElements(By.cssSelector(".pulse-comments li"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("Saves me a day a week", "Нашли подрядчика за час",
                        "<script>alert(1)</script>");
        shots("pulse-results-en");
        browser.open(results + "?lang=ru");
        assertThat(page.findElement(By.id("response-count")).getText()).contains("Ответов: 5 из 40");
        assertThat(page.findElement(By.id("improvement-median")).getText()).isEqualTo("Медианный ответ: Лучше");
        shots("pulse-results-ru");
    }

    private void answer(String address, List<String> benefits, String improvement, String share, String comment) {
        WebDriver page = browser.driver();
        browser.open(address);
        // Another employee, another browser: forget the cookie of the previous answer.
        page.manage().deleteCookieNamed(RespondentController.COOKIE);
        browser.open(address);
        for (String benefit : benefits) {
            page.findElement(By.cssSelector("input[name='benefits'][value='" + benefit + "']")).click();
        }
        page.findElement(By.cssSelector("input[name='improvement'][value='" + improvement + "']")).click();
        page.findElement(By.id("workRelatedShare")).sendKeys(share);
        page.findElement(By.id("comment")).sendKeys(comment);
        page.findElement(By.id("pulse-submit")).click();
        browser.await(d -> d.findElements(By.id("thanks")).size() == 1);
    }

    private void signIn() {
        WebDriver page = browser.driver();
        page.findElement(By.id("username")).sendKeys("hr");
        page.findElement(By.id("password")).sendKeys(HrApplicationTest.PASSWORD);
        String before = page.getCurrentUrl();
        page.findElement(By.id("login-submit")).click();
        browser.await(d -> !d.getCurrentUrl().equals(before));
    }

    /** The page at desktop width, and as a 390 px wide phone shows it. */
    private void shots(String name) {
        browser.screenshot(name);
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
            int height = (int) Math.ceil(((Number) content.get("height")).doubleValue());
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", height, "deviceScaleFactor", 1, "mobile", true));
            Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", 390, "height", height, "scale", 1)));
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.write(Browser.SCREENSHOTS.resolve(name + "-390.png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
