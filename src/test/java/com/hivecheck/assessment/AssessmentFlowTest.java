package com.hivecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.Quadrant;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application over real HTTP, as a browser without JavaScript uses it: the questionnaire, its CSRF token and
 * session cookie, the redirect after a valid answer, the stored row and the result page, and the friendly error
 * pages for links that lead nowhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
class AssessmentFlowTest {

    private static final Pattern CSRF = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Assessments assessments;

    private HttpClient browser;

    @BeforeEach
    void freshBrowser() {
        browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Test
    void answeringTheQuestionnaireLeadsToTheStoredResult() throws Exception {
        HttpResponse<String> questionnaire = get("/", "en");
        assertThat(questionnaire.statusCode()).isEqualTo(200);
        assertThat(questionnaire.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        String token = csrfToken(questionnaire.body());

        HttpResponse<String> submitted = post("/assessments", workedExample(token), "en");

        assertThat(submitted.statusCode()).isEqualTo(303);
        URI location = URI.create("http://localhost:" + port + "/").resolve(submitted.headers().firstValue("Location").orElseThrow());
        assertThat(location.getPath()).matches("/assessments/[0-9a-f-]{36}");
        UUID id = UUID.fromString(location.getPath().substring("/assessments/".length()));

        HttpResponse<String> result = get(location.getPath(), "en");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("id=\"type-name\">One-Actor Theater</span>")
                .contains("<strong id=\"involvement\">27</strong>")
                .contains("<strong id=\"benefit\">69</strong>")
                .contains("<span>Acme Engage</span>")
                .contains("<title>Acme Engage (27, 69)</title>");

        Assessment stored = assessments.findById(id).orElseThrow();
        assertThat(stored.getNetwork()).isEqualTo("Acme Engage");
        assertThat(stored.getUnit()).isEqualTo("Sales");
        assertThat(stored.getExample()).isEqualTo("Onboarding questions answered within a day");
        assertThat(stored.answers().benefits()).isEqualTo(
                EnumSet.of(Benefit.MARKET_INSIGHT, Benefit.BEST_PRACTICES, Benefit.IDEAS, Benefit.KNOWLEDGE));
        assertThat(stored.answers().improvement()).isEqualTo(Improvement.BETTER);
        assertThat(stored.getInvolvement()).isEqualTo(27);
        assertThat(stored.getBenefit()).isEqualTo(69);
        assertThat(stored.getQuadrant()).isEqualTo(Quadrant.ONE_ACTOR_THEATER);
        assertThat(stored.getModelVersion()).isEqualTo("1");
    }

    @Test
    void aRussianVisitorGetsTheRussianResult() throws Exception {
        String token = csrfToken(get("/", "ru").body());

        HttpResponse<String> submitted = post("/assessments", workedExample(token), "ru");
        HttpResponse<String> result = get(submitted.headers().firstValue("Location").orElseThrow(), "ru");

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("<html lang=\"ru\">", "id=\"type-name\">Театр одного актёра</span>",
                "<strong id=\"involvement\">27</strong>", "<strong id=\"benefit\">69</strong>");
    }

    @Test
    void aMistakeIsShownOnTheQuestionnaireAndNothingIsStored() throws Exception {
        long before = assessments.count();
        Map<String, String> form = workedExample(csrfToken(get("/", "en").body()));
        form.put("monthlyActiveUsers", "1001");

        HttpResponse<String> redisplayed = post("/assessments", form, "en");

        assertThat(redisplayed.statusCode()).isEqualTo(422);
        assertThat(Html.fieldError(redisplayed.body(), "monthlyActiveUsers"))
                .isEqualTo("Active users cannot exceed the employees with access.");
        assertThat(Html.inputValue(redisplayed.body(), "monthlyActiveUsers")).isEqualTo("1001");
        assertThat(assessments.count()).isEqualTo(before);
    }

    @Test
    void aPostWithoutTheSessionsCsrfTokenIsRefusedAndNothingIsStored() throws Exception {
        long before = assessments.count();

        HttpResponse<String> refused = post("/assessments", workedExample("forged-token"), "en");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Error 403", "That request could not be handled")
                .doesNotContain("Exception", "at org.");
        assertThat(post("/assessments", workedExample("forged-token"), "ru").body())
                .contains("Ошибка 403", "Этот запрос не удалось обработать");
        assertThat(assessments.count()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assessments/6f1c3a0b-4d2e-4f8a-9b7c-1d2e3f4a5b6c", "/assessments/abc",
            "/assessments/1'%20or%201=1", "/assessments/%3Cscript%3Ealert(1)"})
    void aLinkThatLeadsNowhereGetsTheLocalisedNotFoundPage(String path) throws Exception {
        HttpResponse<String> english = get(path, "en");
        HttpResponse<String> russian = get(path, "ru");
        HttpResponse<String> switched = get(path + "?lang=ru", "en");

        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(english.body()).contains("<html lang=\"en\">", "We could not find that page",
                "Start a new assessment");
        assertThat(russian.statusCode()).isEqualTo(404);
        assertThat(russian.body()).contains("<html lang=\"ru\">", "Такой страницы нет", "Начать новую оценку");
        assertThat(switched.statusCode()).isEqualTo(404);
        assertThat(switched.body()).contains("Такой страницы нет");
        for (HttpResponse<String> page : List.of(english, russian, switched)) {
            assertThat(page.body()).doesNotContain("Exception", "at com.hivecheck", "at org.", "Whitelabel",
                    "<script>alert");
        }
    }

    @Test
    void aLinkTheFirewallRefusesGetsTheLocalisedBadRequestPage() throws Exception {
        HttpResponse<String> english = get("/assessments/1;drop%20table%20assessment", "en");
        HttpResponse<String> russian = get("/assessments/1;drop%20table%20assessment", "ru");

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("That request could not be handled").doesNotContain("Exception");
        assertThat(russian.statusCode()).isEqualTo(400);
        assertThat(russian.body()).contains("Этот запрос не удалось обработать").doesNotContain("Exception");
    }

    // --- A browser without JavaScript -------------------------------------------------------------------------

    private static Map<String, String> workedExample(String csrfToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrfToken);
        form.put("network", "Acme Engage");
        form.put("unit", "Sales");
        form.put("employees", "1000");
        form.put("monthlyActiveUsers", "300");
        form.put("contentCreators", "4");
        form.put("creatorsMostlyOfficial", "true");
        form.put("benefits", "MARKET_INSIGHT,BEST_PRACTICES,IDEAS,KNOWLEDGE");
        form.put("_benefits", "on");
        form.put("workRelatedShare", "95");
        form.put("improvement", "BETTER");
        form.put("example", "Onboarding questions answered within a day");
        return form;
    }

    private static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("the questionnaire carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String pathOrUrl, String language) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + port + "/").resolve(pathOrUrl);
        return browser.send(HttpRequest.newBuilder(uri).header("Accept-Language", language)
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the form as a browser does, one pair per ticked checkbox. */
    private HttpResponse<String> post(String path, Map<String, String> form, String language)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .flatMap(field -> Arrays.stream(field.getKey().equals("benefits")
                                ? field.getValue().split(",") : new String[] {field.getValue()})
                        .map(value -> encode(field.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", language)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
