package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.importing.reading.WorkbookFiles;
import com.hivecheck.system.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a user sees when the upload page refuses an input: a reference date out of range next to its field, and a
 * workbook whose texts would not fit in memory with the advice to save it as CSV; in both languages, on a desktop
 * and on a phone. Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "hivecheck.importing.max-people=10000")
class ImportRefusalsBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static Path workbook;
    private static Path csv;

    @LocalServerPort
    int port;

    @BeforeAll
    static void writeFiles() throws IOException {
        workbook = Files.createTempFile("VivaEngageActivityUserDetail-", ".xlsx");
        Files.write(workbook, WorkbookFiles.vivaEngage(40_000));
        csv = Files.createTempFile("activity-", ".csv");
        Files.writeString(csv, "person,last_activity_date,posts\na,2026-05-31,1\n");
    }

    @AfterAll
    static void deleteFiles() throws IOException {
        Files.deleteIfExists(workbook);
        Files.deleteIfExists(csv);
    }

    @ParameterizedTest
    @CsvSource({"en,1280", "ru,1280", "en,390", "ru,390"})
    void refusalsAreExplainedWhereTheUserLooks(String language, int width) {
        driver().manage().window().setSize(new Dimension(width, Browser.HEIGHT));
        String suffix = language + "-" + width;

        browser.open("http://localhost:" + port + "/imports?lang=" + language);
        driver().findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        ((JavascriptExecutor) driver()).executeScript(
                "document.getElementById('referenceDate').value = '1999-12-31'");
        driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        browser.await(d -> d.findElements(By.id("referenceDate-error")).size() == 1);
        assertThat(driver().findElement(By.id("referenceDate-error")).getText()).isEqualTo(language.equals("ru")
                ? "Введите дату от 2000-01-01 до сегодняшнего дня, например 2026-05-31."
                : "Enter a date from 2000-01-01 to today, such as 2026-05-31.");
        assertThat(driver().findElement(By.id("referenceDate")).getDomAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("import-reference-date-" + suffix);

        browser.open("http://localhost:" + port + "/imports?lang=" + language);
        driver().findElement(By.id("file")).sendKeys(workbook.toAbsolutePath().toString());
        driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        browser.await(d -> d.findElements(By.id("import-problems")).size() == 1);
        assertThat(driver().findElement(By.id("import-problems")).getText()).contains(language.equals("ru")
                ? "CSV UTF-8 (разделитель — запятая)" : "CSV UTF-8 (comma delimited)");
        browser.screenshot("import-workbook-refused-" + suffix);
    }

    private static WebDriver driver() {
        return browser.driver();
    }
}
