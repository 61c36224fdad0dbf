package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.system.Browser;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An HR user in a real browser: from question 1, uploads an unknown export (semicolons, Windows-1251, Russian column
 * names), maps its columns, reads the figures, fills the questionnaire with one click and reaches a result marked
 * "from data". Screenshots of every step go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ImportBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static Path export;

    @LocalServerPort
    int port;

    /**
     * 100 people: 60 in sales, 40 in accounting; 80 active on 31.05.2026, 20 last seen in March. Four people wrote 20
     * posts each and ten wrote 2: 80 of 100 posts come from four people. Views are not content.
     */
    @BeforeAll
    static void writeExport() throws IOException {
        StringBuilder csv = new StringBuilder(
                "Сотрудник;Подразделение;Дата последнего входа;Публикации;Комментарии;Просмотры\r\n");
        for (int i = 0; i < 100; i++) {
            csv.append("user").append(i).append("@example.ru;")
                    .append(i < 60 ? "Продажи" : "Бухгалтерия").append(';')
                    .append(i < 80 ? "31.05.2026" : "01.03.2026").append(';')
                    .append(i < 4 ? 20 : i < 14 ? 2 : 0).append(";0;")
                    .append(i * 7 % 50).append("\r\n");
        }
        export = Files.createTempFile("hivecheck-export-", ".csv");
        Files.write(export, csv.toString().getBytes(Charset.forName("windows-1251")));
    }

    @AfterAll
    static void deleteExport() throws IOException {
        Files.deleteIfExists(export);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void importsAnExportMapsItsColumnsAndFillsTheQuestionnaireFromData(String language) {
        browser.open("http://localhost:" + port + "/?lang=" + language);
        driver().findElement(By.id("compute-from-export")).click();
        browser.await(d -> d.findElements(By.id("upload-form")).size() == 1);
        assertThat(driver().findElement(By.id("privacy")).getText()).isNotBlank();
        type("network", "Acme Engage");
        driver().findElement(By.id("file")).sendKeys(export.toAbsolutePath().toString());
        browser.screenshot("import-upload-" + language);
        driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();

        browser.await(d -> d.findElements(By.id("mapping-form")).size() == 1);
        assertThat(driver().findElement(By.cssSelector("#mapping-form .import-file")).getText())
                .contains("Windows-1251");
        assertThat(new Select(driver().findElement(By.id("person"))).getFirstSelectedOption().getText())
                .isEqualTo("1. Сотрудник");
        assertThat(new Select(driver().findElement(By.id("lastActivity"))).getFirstSelectedOption().getText())
                .isEqualTo("3. Дата последнего входа");
        new Select(driver().findElement(By.id("unit"))).selectByVisibleText("2. Подразделение");
        WebElement views = driver().findElement(By.cssSelector("input[name='counts'][value='5']"));
        assertThat(views.isSelected()).as("views are not guessed as content").isFalse();
        WebElement comments = driver().findElement(By.cssSelector("input[name='counts'][value='4']"));
        assertThat(comments.isSelected()).isTrue();
        browser.screenshot("import-mapping-" + language);
        driver().findElement(By.cssSelector("#mapping-form button[type=submit]")).click();

        browser.await(d -> d.findElements(By.id("network")).size() == 1 && d.getCurrentUrl().contains("/imports/"));
        assertThat(text("#stat-employees")).isEqualTo("100");
        assertThat(text("#stat-active")).isEqualTo("80");
        assertThat(text("#stat-creators")).isEqualTo("4");
        assertThat(driver().findElement(By.id("units")).getText()).contains("Продажи", "Бухгалтерия")
                .doesNotContain("user1@example.ru");
        assertThat(driver().findElements(By.cssSelector("svg.curve-chart polyline.curve-chart__line"))).hasSize(1);
        browser.screenshot("import-results-" + language);
        driver().findElement(By.id("fill-network")).click();

        browser.await(d -> d.findElements(By.id("questionnaire")).size() == 1);
        assertThat(value("network")).isEqualTo("Acme Engage");
        assertThat(value("employees")).isEqualTo("100");
        assertThat(value("monthlyActiveUsers")).isEqualTo("80");
        assertThat(value("contentCreators")).isEqualTo("4");
        for (String field : new String[] {"employees", "monthlyActiveUsers", "contentCreators"}) {
            assertThat(driver().findElement(By.id(field + "-from-data")).isDisplayed()).as(field).isTrue();
        }
        assertThat(driver().findElement(By.id("evidence-note")).isDisplayed()).isTrue();
        type("contentCreators", "5");
        assertThat(driver().findElement(By.id("contentCreators-from-data")).isDisplayed())
                .as("a changed number is no longer from data").isFalse();
        type("contentCreators", "4");
        assertThat(driver().findElement(By.id("contentCreators-from-data")).isDisplayed()).isTrue();
        choose("creatorsMostlyOfficial", "false");
        choose("benefits", "KNOWLEDGE");
        choose("benefits", "IDEAS");
        type("workRelatedShare", "70");
        choose("improvement", "SLIGHTLY_BETTER");
        browser.screenshot("import-questionnaire-" + language);
        driver().findElement(By.cssSelector("#questionnaire button[type=submit]")).click();

        browser.await(d -> d.getCurrentUrl().matches(".*/assessments/[0-9a-f-]{36}$"));
        WebElement q1 = driver().findElement(By.id("q1-from-data"));
        WebElement q2 = driver().findElement(By.id("q2-from-data"));
        String fromData = language.equals("ru") ? "по данным" : "from data";
        assertThat(q1.getText()).isEqualTo(fromData);
        assertThat(q2.getText()).isEqualTo(fromData);
        assertThat(q1.isDisplayed()).isTrue();
        assertThat(driver().findElement(By.id("evidence")).getText()).contains("100");
        assertThat(driver().findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo(language.toLowerCase(Locale.ROOT));
        browser.screenshot("import-result-" + language);
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    private static void type(String field, String text) {
        WebElement input = driver().findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private static void choose(String field, String value) {
        WebElement input = driver().findElement(By.cssSelector("input[name='" + field + "'][value='" + value + "']"));
        input.findElement(By.xpath("ancestor::label[1]")).click();
        assertThat(input.isSelected()).as("%s=%s", field, value).isTrue();
    }

    private static String value(String field) {
        return driver().findElement(By.id(field)).getDomProperty("value");
    }

    private static String text(String selector) {
        return driver().findElement(By.cssSelector(selector)).getText();
    }
}
