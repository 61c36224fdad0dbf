package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Oversized uploads against the real embedded Tomcat, where they fail before any controller runs: the page shows a
 * clear message, the API answers 413 with problem+json, and neither is a 500 or a reset connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=2MB"})
class UploadLimitTest {

    private static final String BOUNDARY = "hivecheckBoundary7MA4YWxkTrZu0gW";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void theUploadPageSaysTheFileIsTooLarge() throws Exception {
        String page = client.send(HttpRequest.newBuilder(uri("/imports")).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> response = client.send(multipart("/imports", csrf.group(1), 1_500_000),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/imports?tooLarge");
        HttpResponse<String> message = client.send(HttpRequest.newBuilder(uri("/imports?tooLarge"))
                .header("Accept-Language", "ru").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(message.statusCode()).isEqualTo(200);
        assertThat(message.body()).contains("Файл больше 1 МБ.");
    }

    @Test
    void theApiAnswersContentTooLargeAsProblemJson() throws Exception {
        for (int size : new int[] {1_500_000, 3_000_000}) {
            HttpResponse<String> response = client.send(multipart("/api/imports", null, size),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("The file is larger than 1 MB.");
        }
    }

    @Test
    void aFileUnderTheLimitIsImported() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/api/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(null,
                        ActivityFiles.tenMakeNinetyPercent().getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"contentCreators\":9");
    }

    private HttpRequest multipart(String path, String csrf, int size) throws IOException {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 'a');
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(csrf, content)))
                .build();
    }

    private static byte[] body(String csrf, byte[] file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrf != null) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
