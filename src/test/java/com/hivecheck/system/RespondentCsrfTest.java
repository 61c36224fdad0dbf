package com.hivecheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Answering the questionnaire creates no server session: the form's CSRF token travels in an HttpOnly cookie, and a
 * POST is still refused unless the token in the form matches that cookie.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("database")
class RespondentCsrfTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theQuestionnaireSetsATokenCookieAndNoSession() throws Exception {
        HttpResponse<String> page = get("/");

        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(cookies).noneMatch(c -> c.startsWith("JSESSIONID=") || c.startsWith("SESSION="));
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").contains("HttpOnly")
                .contains("SameSite=Lax"));
        assertThat(CSRF.matcher(page.body()).find()).isTrue();
    }

    @Test
    void aFormPostedWithItsTokenAndCookieIsStoredWithoutASession() throws Exception {
        HttpResponse<String> page = get("/");

        HttpResponse<String> posted = post(cookies(page), token(page));

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).contains("/assessments/");
        assertThat(posted.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    @Test
    void aTokenWithoutItsCookieOrACookieWithAnotherTokenIsRefused() throws Exception {
        HttpResponse<String> page = get("/");
        HttpResponse<String> otherPage = get("/");

        assertThat(post("", token(page)).statusCode()).isEqualTo(403);
        assertThat(post(cookies(otherPage), token(page)).statusCode()).isEqualTo(403);
        assertThat(post(cookies(page), "forged").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String cookies, String token) throws Exception {
        String form = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&network=Cookie+token&unit="
                + "&employees=1000&monthlyActiveUsers=300&contentCreators=4&creatorsMostlyOfficial=true"
                + "&benefits=IDEAS&workRelatedShare=95&improvement=BETTER";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/assessments"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .collect(Collectors.joining("; "));
    }

    private static String token(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
