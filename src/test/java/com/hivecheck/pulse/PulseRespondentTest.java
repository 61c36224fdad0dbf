package com.hivecheck.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.Respondent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The page employees answer on, over real HTTP and the real security chain: no session, no script, a thank-you and a
 * changeable answer kept by a random cookie; bad answers shown beside their fields; 404 and 410 pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Tag("database")
class PulseRespondentTest {

    @LocalServerPort
    int port;

    @Autowired
    PulseManagement management;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Pulse pulse;

    @BeforeEach
    void openPulse() {
        pulse = management.open(new PulseSetup("Acme Engage", "Sales", 40, null));
    }

    private HttpResponse<String> get(String path, String language, String cookies)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String cookies)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long stored() {
        return jdbc.sql("select count(*) from pulse_response where pulse_id = :id").param("id", pulse.getId())
                .query(Long.class).single();
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + "; " + second;
    }

    @Test
    void anEmployeeAnswersWithoutASessionSeesTheThanksAndCanChangeTheAnswer() throws Exception {
        String path = "/pulse/" + pulse.token();
        HttpResponse<String> page = get(path, "en", "");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Does Acme Engage help your work?", "Asked in: Sales",
                "Knowledge accumulates and is found again.", "no name, e-mail, address or time is stored");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        String csrfCookie = Respondent.cookies(page);

        HttpResponse<String> answered = post(path, "_csrf=" + Respondent.token(page)
                + "&benefits=KNOWLEDGE&benefits=IDEAS&improvement=BETTER&workRelatedShare=70&comment=Useful", csrfCookie);
        assertThat(answered.statusCode()).isEqualTo(303);
        String answerCookie = answered.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(RespondentController.COOKIE + "=")).findFirst().orElseThrow();
        assertThat(answerCookie).contains("HttpOnly", "SameSite=Lax", "Path=" + path);
        assertThat(stored()).isEqualTo(1);

        String cookies = join(csrfCookie, Respondent.cookies(answered));
        HttpResponse<String> thanks = get(path, "en", cookies);
        assertThat(thanks.body()).contains("Thank you, your answer is in.",
                "You can change your answer until the pulse closes.", "Change my answer", ">Useful</textarea>");

        HttpResponse<String> changed = post(path, "_csrf=" + Respondent.token(thanks)
                + "&improvement=WORSE&workRelatedShare=10", cookies);
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(stored()).isEqualTo(1);
        assertThat(jdbc.sql("select improvement from pulse_response where pulse_id = :id")
                .param("id", pulse.getId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theRespondentPageSpeaksRussian() throws Exception {
        HttpResponse<String> page = get("/pulse/" + pulse.token(), "ru", "");
        assertThat(page.body()).contains("Помогает ли Acme Engage в работе?", "Подразделение: Sales",
                "Отправить ответ");
    }

    @Test
    void badAnswersAreShownBesideTheirFieldAndStoreNothing() throws Exception {
        String path = "/pulse/" + pulse.token();
        HttpResponse<String> page = get(path, "en", "");
        HttpResponse<String> refused = post(path, "_csrf=" + Respondent.token(page)
                + "&benefits=FREE_LUNCH&workRelatedShare=150&comment=" + "x".repeat(1001), Respondent.cookies(page));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Please correct the highlighted answers.", "Enter a number from 0 to 100.",
                "Choose one answer.", "Keep the comment to 1,000 characters.");
        assertThat(stored()).isZero();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> refused = post("/pulse/" + pulse.token(),
                "improvement=BETTER&workRelatedShare=50", "");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(stored()).isZero();
    }

    @Test
    void anUnknownPulseIs404AndAClosedOne410WithAPageThatSaysSo() throws Exception {
        HttpResponse<String> unknown = get("/pulse/" + "A".repeat(43), "en", "");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("No pulse at this address");
        management.close(pulse.getId());
        HttpResponse<String> closed = get("/pulse/" + pulse.token(), "ru", "");
        assertThat(closed.statusCode()).isEqualTo(410);
        assertThat(closed.body()).contains("Этот опрос закрыт");
        management.reopen(pulse.getId());
        assertThat(get("/pulse/" + pulse.token(), "en", "").statusCode()).isEqualTo(200);
    }

}
