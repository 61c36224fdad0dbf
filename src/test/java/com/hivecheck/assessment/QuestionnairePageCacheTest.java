package com.hivecheck.assessment;

import static com.hivecheck.Respondent.cookies;
import static com.hivecheck.Respondent.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.Respondent;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
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

    @LocalServerPort
    int port;

    Respondent respondent;

    @BeforeEach
    void open() {
        respondent = new Respondent(port);
    }

    @Test
    void everyVisitorGetsTheSamePageWithATokenOfTheirOwnThatWorks() throws Exception {
        HttpResponse<String> first = get("/", "en");
        HttpResponse<String> second = get("/", "en");
        HttpResponse<String> third = get("/", "en");

        assertThat(token(second)).isNotEqualTo(token(first)).isNotEqualTo(token(third));
        assertThat(withoutToken(second)).isEqualTo(withoutToken(first)).isEqualTo(withoutToken(third));
        assertThat(second.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(second.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("XSRF-TOKEN="));

        assertThat(respondent.postAnswers(cookies(third), token(third), "Cached questionnaire").statusCode()).isEqualTo(303);
        assertThat(respondent.postAnswers(cookies(third), token(second), "Token of another").statusCode()).isEqualTo(403);
    }

    @Test
    void eachLanguageHasItsOwnPage() throws Exception {
        get("/", "ru");
        get("/", "en");

        assertThat(get("/", "ru").body()).contains("lang=\"ru\"").contains("В каком квадрате ваша корпоративная сеть?");
        assertThat(get("/", "en").body()).contains("lang=\"en\"").contains("Which quadrant is your corporate network in?")
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
        return respondent.get(path, language);
    }

    private static String withoutToken(HttpResponse<String> page) {
        return page.body().replace(token(page), "TOKEN");
    }
}
