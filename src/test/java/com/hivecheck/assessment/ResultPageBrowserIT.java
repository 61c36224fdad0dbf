package com.hivecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.system.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The result page in a real browser, in English and Russian, at desktop width and at 390 px: a clear case, a
 * borderline case headlined "between", and a model 1 assessment shown beside model 2's view. Screenshots go to
 * {@code target/screenshots/result-*.png}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ResultPageBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    AssessmentManagement management;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void showsAClearCaseWithItsLeversAndTheArticleCredit(String language) {
        Assessment clear = management.submit(new Context("Acme Engage", "Sales", null), new Answers(1000, 300, 70,
                true, EnumSet.of(Benefit.IDEAS, Benefit.KNOWLEDGE, Benefit.PARTNERS, Benefit.INVOLVEMENT), 50,
                Improvement.BETTER));

        open(clear.getId(), language);

        assertThat(text("#type-name")).isEqualTo(language.equals("en") ? "One-Actor Theater" : "Театр одного актёра");
        assertThat(driver().findElements(By.cssSelector("#levers li"))).hasSize(3);
        assertThat(text("#levers li")).isEqualTo(language.equals("en")
                ? "421 monthly active users instead of 300 would place it in Honey Apiary."
                : "Активных за месяц: 421 вместо 300 — и сеть окажется в квадрате «Медовая пасека».");
        assertThat(text("#credit")).contains(language.equals("en") ? "Ekaterina Buzulukova" : "Екатерины Бузулуковой");
        assertThat(driver().findElement(By.id("renegades")).isDisplayed()).isTrue();
        screenshots("result-clear-" + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void headlinesABorderlineCaseAsBetweenTwoTypes(String language) {
        Assessment borderline = management.submit(new Context("Acme Engage", null, null), new Answers(800, 480, 20,
                false, EnumSet.of(Benefit.IDEAS, Benefit.KNOWLEDGE, Benefit.PARTNERS, Benefit.INVOLVEMENT), 80,
                Improvement.BETTER));

        open(borderline.getId(), language);

        assertThat(text(".result__type").replace('\n', ' ')).isEqualTo(language.equals("en")
                ? "Your network is between Honey Apiary and One-Actor Theater"
                : "Ваша сеть — между типами «Медовая пасека» и «Театр одного актёра»");
        assertThat(driver().findElement(By.id("borderline")).isDisplayed()).isTrue();
        screenshots("result-borderline-" + language);
    }

    @Test
    void showsAModelOneAssessmentBesideModelTwosView() {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into assessment (id, created_at, network, unit, employees, monthly_active_users,
                    content_creators, creators_mostly_official, benefits, work_related_share, improvement, example,
                    model_version, involvement, benefit, quadrant, borderline)
                values (?, ?, 'Acme Engage', 'Sales', 1000, 700, 6, true,
                    'MARKET_INSIGHT,BEST_PRACTICES,IDEAS,KNOWLEDGE,FASTER_TEAMWORK,INVOLVEMENT,CUSTOMER_SERVICE,PARTNERS',
                    90, 'BETTER', null, '1', 51, 88, 'HONEY_APIARY', true)
                """, id, Timestamp.from(Instant.parse("2025-06-01T09:00:00Z")));

        for (String language : new String[] {"en", "ru"}) {
            open(id, language);

            assertThat(text("#involvement")).isEqualTo("51");
            assertThat(text("#as-scored h3")).isEqualTo(language.equals("en")
                    ? "As scored then (model 1)" : "Как оценено тогда (модель 1)");
            assertThat(text("#under-current")).contains(language.equals("en")
                    ? "Involvement 17, benefit 87: One-Actor Theater"
                    : "Вовлечённость: 17, польза: 87. Тип: «Театр одного актёра»");
            screenshots("result-v1-" + language);
        }
    }

    private void open(UUID id, String language) {
        browser.open("http://localhost:" + port + "/assessments/" + id + "?lang=" + language);
        browser.await(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    /** Saves the whole page at desktop width and at 390 px, and checks that nothing scrolls sideways at 390 px. */
    private void screenshots(String name) {
        browser.screenshot(name);
        ChromeDriver chrome = (ChromeDriver) driver();
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", false));
        try {
            browser.await(d -> ((Number) chrome.executeScript("return document.documentElement.clientWidth"))
                    .intValue() <= 390);
            assertThat(((Number) chrome.executeScript("return document.documentElement.scrollWidth")).intValue())
                    .as("no horizontal scrolling at 390 px; too wide: %s", chrome.executeScript("""
                            return Array.from(document.querySelectorAll('body *'))
                                .filter(e => e.getBoundingClientRect().right > 391)
                                .slice(0, 8).map(e => e.tagName + '.' + e.className.baseVal + e.className
                                    + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')"""))
                    .isLessThanOrEqualTo(390);
            int height = ((Number) chrome.executeScript("return document.documentElement.scrollHeight")).intValue();
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", height,
                    "deviceScaleFactor", 1, "mobile", false));
            Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true));
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.write(Browser.SCREENSHOTS.resolve(name + "-390.png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private String text(String css) {
        return driver().findElement(By.cssSelector(css)).getText();
    }

    private WebDriver driver() {
        return browser.driver();
    }
}
