package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.system.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser uploading a file over the limit to the real Tomcat gets the upload page with a clear message, not a
 * reset connection, a CSRF refusal or the container's error page. The limit is lowered to 1 MB for the test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=2MB"})
class UploadLimitBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aFileOverTheLimitBringsTheVisitorBackWithAMessage() throws IOException {
        byte[] content = new byte[3 * 1024 * 1024];
        Arrays.fill(content, (byte) 'x');
        Path file = Files.createTempFile("hivecheck-too-large-", ".csv");
        try {
            Files.write(file, content);
            browser.open("http://localhost:" + port + "/imports?lang=en");
            browser.driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            browser.driver().findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            browser.await(d -> d.getCurrentUrl().endsWith("/imports?tooLarge"));
            assertThat(browser.driver().findElement(By.id("import-problems")).getText())
                    .contains("The file is larger than 1 MB.");
            browser.screenshot("import-too-large-en");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
