package com.hivecheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.system.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * What a person sees of the hardening, in a real browser, in English and Russian, on a desktop and a 390 px phone:
 * invisible or direction-changing characters pasted into the questionnaire are explained next to their field, a
 * client over its rate limit gets a page that says how long to wait, and the API contract page works under the
 * strict Content-Security-Policy. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "hivecheck.ratelimit.enabled=true",
    "hivecheck.ratelimit.rules.assessments.limit=4"
})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HardeningBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @ParameterizedTest
    @Order(1)
    @ValueSource(strings = {"en", "ru"})
    void explainsInvisibleAndDirectionCharactersNextToTheirFields(String language) {
        browser.open("http://localhost:" + port + "/?lang=" + language);
        set("network", "\u200B\u200B");
        set("example", "Pricing sheet \u202Eteehs");
        set("employees", "1000");
        set("monthlyActiveUsers", "300");
        set("contentCreators", "4");
        driver().findElement(By.cssSelector("input[name='creatorsMostlyOfficial'][value='true']"))
                .findElement(By.xpath("ancestor::label[1]")).click();
        set("workRelatedShare", "95");
        driver().findElement(By.cssSelector("input[name='improvement'][value='BETTER']"))
                .findElement(By.xpath("ancestor::label[1]")).click();
        driver().findElement(By.cssSelector("#questionnaire button[type=submit]")).click();
        browser.await(d -> d.findElements(By.id("form-errors")).size() == 1);

        Locale locale = Locale.forLanguageTag(language);
        assertThat(errorNextTo("network")).isEqualTo(messages.getMessage("text.invisible", null, locale));
        assertThat(errorNextTo("example")).isEqualTo(messages.getMessage("text.controlCharacters", null, locale));
        browser.screenshot("hardening-plain-text-" + language);
        phoneScreenshot("hardening-plain-text-" + language + "-390");
    }

    /** Runs last: it spends this address's allowance of submissions. */
    @Test
    @Order(3)
    void tellsAClientOverItsLimitHowLongToWait() {
        browser.open("http://localhost:" + port + "/?lang=ru");
        boolean limited = false;
        for (int i = 0; i < 10 && !limited; i++) {
            browser.open("http://localhost:" + port + "/");
            set("network", "Acme Engage");
            browser.clickToNextPage(driver().findElement(By.cssSelector("#questionnaire button[type=submit]")));
            limited = driver().findElement(By.tagName("h1")).getText()
                    .equals(messages.getMessage("error.429.title", null, Locale.forLanguageTag("ru")));
        }

        assertThat(limited).as("the fifth submission within the hour is refused").isTrue();
        assertThat(driver().findElement(By.cssSelector(".error-page .lead")).getText())
                .as("a quarter of an hour refills one submission of four per hour")
                .containsPattern("Повторите через 1[0-5] мин\\.");
        browser.screenshot("hardening-rate-limited-ru");
        phoneScreenshot("hardening-rate-limited-ru-390");
    }

    @Test
    @Order(2)
    void showsTheApiContractUnderTheStrictContentSecurityPolicy() {
        browser.open("http://localhost:" + port + "/swagger-ui.html");
        browser.await(d -> d.findElements(By.cssSelector(".opblock-summary-path")).size() >= 3 ? true : null);

        assertThat(driver().findElements(By.cssSelector(".opblock-summary-path")).stream().map(WebElement::getText))
                .contains("/api/assessments", "/api/assessments/{id}", "/api/imports");
        browser.screenshot("hardening-api-contract");
    }

    private WebDriver driver() {
        return browser.driver();
    }

    /** Types the text as a paste would, including characters a keyboard cannot type. */
    private void set(String field, String text) {
        WebElement input = driver().findElement(By.id(field));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];", input, text);
    }

    private String errorNextTo(String field) {
        WebElement block = driver().findElement(By.id(field))
                .findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' field ')][1]"));
        assertThat(block.getDomAttribute("class")).contains("field--error");
        return block.findElement(By.cssSelector(".field__error")).getText();
    }

    /** The whole page as a 390 px wide phone shows it. */
    private void phoneScreenshot(String name) {
        ChromeDriver chrome = (ChromeDriver) driver();
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        try {
            Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
            double height = ((Number) content.get("height")).doubleValue();
            Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", 390, "height", height, "scale", 1)));
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.write(Browser.SCREENSHOTS.resolve(name + ".png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
