package com.hivecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.system.Browser;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * A respondent in a real browser: answers the questionnaire in English or Russian, sees the live hints, corrects
 * mistakes, and reads the type and the chart on the result page. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class QuestionnaireBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    /** The page languages, with the type name of domain.md's worked example as a respondent reads it. */
    enum Language {
        EN("One-Actor Theater"),
        RU("Театр одного актёра");

        final String oneActorTheater;

        Language(String oneActorTheater) {
            this.oneActorTheater = oneActorTheater;
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        Locale locale() {
            return Locale.forLanguageTag(code());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void placesTheWorkedExampleInOneActorTheater(Language language) {
        openQuestionnaireIn(language);
        type("network", "Acme Engage");
        type("unit", "Sales");
        type("employees", "1000");
        type("monthlyActiveUsers", "300");
        assertThat(liveHint("monthlyActiveUsers/employees"))
                .isEqualTo(message("hint.activeShare", language).replace("{share}", "30"));
        type("contentCreators", "4");
        assertThat(liveHint("contentCreators/employees"))
                .isEqualTo(message("hint.creatorShare", language)
                        .replace("{share}", language == Language.RU ? "0,4" : "0.4"));
        choose("creatorsMostlyOfficial", "true");
        for (String benefit : new String[] {"MARKET_INSIGHT", "BEST_PRACTICES", "KNOWLEDGE", "FASTER_TEAMWORK"}) {
            choose("benefits", benefit);
        }
        type("workRelatedShare", "95");
        choose("improvement", "BETTER");
        type("example", "Sales found the new pricing sheet in the network instead of asking around.");
        browser.screenshot("questionnaire-" + language.code());

        submit();
        browser.await(d -> d.getCurrentUrl().matches(".*/assessments/[0-9a-f-]{36}$"));

        assertThat(pageLanguage()).isEqualTo(language.code());
        assertThat(text("#type-name")).isEqualTo(language.oneActorTheater);
        assertThat(text("#involvement")).isEqualTo("10");
        assertThat(text("#benefit")).isEqualTo("67");
        assertThat(driver().findElements(By.id("borderline"))).as("not borderline").isEmpty();
        assertThat(driver().findElement(By.cssSelector("button[data-print]")).isDisplayed()).isTrue();

        WebElement dot = driver().findElement(By.cssSelector("svg.quadrant-chart circle.quadrant-chart__dot"));
        assertThat(dot.isDisplayed()).isTrue();
        assertThat(dot.findElement(By.tagName("title")).getDomProperty("textContent"))
                .isEqualTo("Acme Engage (10, 67)");
        double cx = number(dot, "cx");
        double cy = number(dot, "cy");
        WebElement frame = driver().findElement(By.cssSelector("svg.quadrant-chart rect.quadrant-chart__frame"));
        assertThat(cx).isEqualTo(number(frame, "x") + number(frame, "width") * 10 / 100);
        assertThat(cy).isEqualTo(number(frame, "y") + number(frame, "height") * (100 - 67) / 100);
        WebElement theater = driver().findElement(By.cssSelector("rect.quadrant-chart__area--one-actor-theater"));
        assertThat(cx).isBetween(number(theater, "x"), number(theater, "x") + number(theater, "width"));
        assertThat(cy).isBetween(number(theater, "y"), number(theater, "y") + number(theater, "height"));
        assertThat(driver().findElement(By.cssSelector("svg.quadrant-chart")).getText())
                .contains(language.oneActorTheater);
        browser.screenshot("result-" + language.code());

        driver().findElement(By.cssSelector(".result__actions a.button--primary")).click();
        browser.await(d -> d.findElements(By.id("questionnaire")).size() == 1);
        assertThat(value("network")).isEqualTo("Acme Engage");
        assertThat(value("unit")).isEqualTo("Sales");
        assertThat(value("employees")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void explainsMistakesNextToTheFieldsAndKeepsWhatWasTyped(Language language) {
        openQuestionnaireIn(language);
        type("unit", "Sales");
        type("employees", "100");
        type("monthlyActiveUsers", "300");
        type("contentCreators", "5");
        choose("benefits", "IDEAS");
        type("workRelatedShare", "150");
        type("example", "Kept as typed");
        submit();
        browser.await(d -> d.findElements(By.id("form-errors")).size() == 1);

        assertThat(pageLanguage()).isEqualTo(language.code());
        assertThat(errorNextTo("network")).isEqualTo(message("assessment.network.required", language));
        assertThat(errorNextTo("monthlyActiveUsers"))
                .isEqualTo(message("assessment.monthlyActiveUsers.exceedsEmployees", language));
        assertThat(errorNextTo("workRelatedShare")).isEqualTo(message("assessment.percent.range", language));
        assertThat(text("#creatorsMostlyOfficial-error")).isEqualTo(message("assessment.choice.required", language));
        assertThat(text("#improvement-error")).isEqualTo(message("assessment.choice.required", language));
        assertThat(driver().findElements(By.id("employees-error"))).as("employees is valid").isEmpty();

        assertThat(value("unit")).isEqualTo("Sales");
        assertThat(value("employees")).isEqualTo("100");
        assertThat(value("monthlyActiveUsers")).isEqualTo("300");
        assertThat(value("contentCreators")).isEqualTo("5");
        assertThat(value("workRelatedShare")).isEqualTo("150");
        assertThat(value("example")).isEqualTo("Kept as typed");
        assertThat(option("benefits", "IDEAS").isSelected()).isTrue();
        assertThat(option("benefits", "KNOWLEDGE").isSelected()).isFalse();
        browser.screenshot("questionnaire-errors-" + language.code());
    }

    @Test
    void showsMarkupTypedAsTheNetworkNameAsText() {
        String markup = "<script>alert('pwned')</script>";
        openQuestionnaireIn(Language.EN);
        type("network", markup);
        type("employees", "50");
        type("monthlyActiveUsers", "50");
        type("contentCreators", "20");
        choose("creatorsMostlyOfficial", "false");
        type("workRelatedShare", "10");
        choose("improvement", "NO_CHANGE");
        submit();
        browser.await(d -> d.getCurrentUrl().matches(".*/assessments/[0-9a-f-]{36}$"));

        assertThat(driver().findElement(By.cssSelector(".result__header .result__context span")).getDomProperty("textContent"))
                .isEqualTo(markup);
        assertThat(driver().getTitle()).startsWith(markup);
        assertThat(driver().findElements(By.xpath("//script[contains(., 'pwned')]"))).isEmpty();
        assertThat(alertIsOpen()).isFalse();
    }

    private void openQuestionnaireIn(Language language) {
        browser.open("http://localhost:" + port + "/");
        driver().findElement(By.cssSelector(".lang a[hreflang='" + language.code() + "']")).click();
        browser.await(d -> language.code().equals(pageLanguage()));
    }

    private void type(String field, String text) {
        WebElement input = driver().findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    /** Ticks a checkbox or radio button by clicking its label, as a respondent would. */
    private void choose(String field, String value) {
        WebElement input = option(field, value);
        input.findElement(By.xpath("ancestor::label[1]")).click();
        assertThat(input.isSelected()).as("%s=%s is selected", field, value).isTrue();
    }

    private WebElement option(String field, String value) {
        return driver().findElement(By.cssSelector("input[name='" + field + "'][value='" + value + "']"));
    }

    private void submit() {
        driver().findElement(By.cssSelector("#questionnaire button[type=submit]")).click();
    }

    private String liveHint(String share) {
        By hint = By.cssSelector(".live-hint[data-share='" + share + "']");
        return browser.await(d -> {
            String text = d.findElement(hint).getText();
            return text.isEmpty() ? null : text;
        });
    }

    /** The error message inside the same field block as the input. */
    private String errorNextTo(String field) {
        WebElement block = driver().findElement(By.id(field))
                .findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' field ')][1]"));
        assertThat(block.getDomAttribute("class")).contains("field--error");
        return block.findElement(By.cssSelector(".field__error")).getText();
    }

    private String value(String field) {
        return driver().findElement(By.id(field)).getDomProperty("value");
    }

    private String text(String css) {
        return driver().findElement(By.cssSelector(css)).getText();
    }

    private String pageLanguage() {
        return driver().findElement(By.tagName("html")).getDomAttribute("lang");
    }

    private boolean alertIsOpen() {
        try {
            driver().switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    private String message(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }

    private static double number(WebElement element, String attribute) {
        return Double.parseDouble(element.getDomAttribute(attribute));
    }

    private static WebDriver driver() {
        return browser.driver();
    }
}
