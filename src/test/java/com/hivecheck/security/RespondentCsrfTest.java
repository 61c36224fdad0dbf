package com.hivecheck.security;

import static com.hivecheck.Respondent.cookies;
import static com.hivecheck.Respondent.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.Respondent;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
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

    @LocalServerPort
    int port;

    Respondent respondent;

    @BeforeEach
    void open() {
        respondent = new Respondent(port);
    }

    @Test
    void theQuestionnaireSetsATokenCookieAndNoSession() throws Exception {
        HttpResponse<String> page = respondent.get("/", "en");

        List<String> setCookies = page.headers().allValues("Set-Cookie");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(setCookies).noneMatch(c -> c.startsWith("JSESSIONID=") || c.startsWith("SESSION="));
        assertThat(setCookies).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").contains("HttpOnly")
                .contains("SameSite=Lax"));
        assertThat(token(page)).isNotBlank();
    }

    @Test
    void aFormPostedWithItsTokenAndCookieIsStoredWithoutASession() throws Exception {
        HttpResponse<String> page = respondent.get("/", "en");

        HttpResponse<String> posted = respondent.postAnswers(cookies(page), token(page), "Cookie token");

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).contains("/assessments/");
        assertThat(posted.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    @Test
    void aTokenWithoutItsCookieOrACookieWithAnotherTokenIsRefused() throws Exception {
        HttpResponse<String> page = respondent.get("/", "en");
        HttpResponse<String> otherPage = respondent.get("/", "en");

        assertThat(respondent.postAnswers("", token(page), "No cookie").statusCode()).isEqualTo(403);
        assertThat(respondent.postAnswers(cookies(otherPage), token(page), "Other cookie").statusCode())
                .isEqualTo(403);
        assertThat(respondent.postAnswers(cookies(page), "forged", "Forged token").statusCode()).isEqualTo(403);
    }
}
