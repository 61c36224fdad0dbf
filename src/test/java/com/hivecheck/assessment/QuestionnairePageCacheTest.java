package com.hivecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The blank questionnaire served from memory, through the real server: every visitor still gets a token of their own
 * that works, in their language, and nobody sees what another visitor's link pre-filled.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("database")
class QuestionnairePageCacheTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyVisitorGetsTheSamePageWithATokenOfTheirOwnThatWorks() throws Exception {
        HttpResponse<String> first = get("/", "en");
        HttpResponse<String> second = get("/", "en");
        HttpResponse<String> third = get("/", "en");

        assertThat(token(second)).isNotEqualTo(token(first)).isNotEqualTo(token(third));
        assertThat(withoutToken(second)).isEqualTo(withoutToken(first)).isEqualTo(withoutToken(third));
        assertThat(second.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(second.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("XSRF-TOKEN="));

        assertThat(post(cookies(third), token(third)).statusCode()).isEqualTo(303);
        assertThat(post(cookies(third), token(second)).statusCode()).isEqualTo(403);
    }

    @Test
    void eachLanguageHasItsOwnPage() throws Exception {
        get("/", "ru");
        get("/", "en");

        assertThat(get("/", "ru").body()).contains("lang=\"ru\"").contains("Где находится ваша корпоративная сеть?");
        assertThat(get("/", "en").body()).contains("lang=\"en\"").contains("Where does your corporate network stand?")
                .doesNotContain("Где находится");
    }

    @Test
    void aPrefilledQuestionnaireIsNeverShownToAnybodyElse() throws Exception {
        get("/", "en");

        assertThat(get("/?network=Private+%3Cb%3Enetwork%3C%2Fb%3E", "en").body())
                .contains("Private &lt;b&gt;network&lt;/b&gt;");
        assertThat(get("/", "en").body()).doesNotContain("Private");
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String cookies, String token) throws Exception {
        String form = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&network=Cached+questionnaire"
                + "&unit=&employees=1000&monthlyActiveUsers=300&contentCreators=4&creatorsMostlyOfficial=true"
                + "&benefits=IDEAS&workRelatedShare=95&improvement=BETTER";
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/assessments"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
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

    private static String withoutToken(HttpResponse<String> page) {
        return page.body().replace(token(page), "TOKEN");
    }
}
