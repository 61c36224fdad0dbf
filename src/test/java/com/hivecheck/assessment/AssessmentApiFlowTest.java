package com.hivecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The API over real HTTP, with the real security chain, error handling and an in-memory database: what is created can
 * be read back, bad input stores nothing, and the pages keep their HTML error pages.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Tag("database")
class AssessmentApiFlowTest {

    @Autowired
    RestTestClient client;

    @Autowired
    Assessments assessments;

    @Test
    void storesAnAssessmentAndReadsItBackAtItsLocation() {
        long before = assessments.count();

        URI location = client.post().uri("/api/assessments")
                .contentType(MediaType.APPLICATION_JSON)
                .body(AssessmentApiTest.json(body -> { }))
                .exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.quadrant").isEqualTo("ONE_ACTOR_THEATER")
                .returnResult()
                .getResponseHeaders().getLocation();

        assertThat(location).isNotNull();
        assertThat(assessments.count()).isEqualTo(before + 1);
        client.get().uri(location)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.network").isEqualTo("Acme Viva Engage")
                .jsonPath("$.involvement").isEqualTo(10)
                .jsonPath("$.benefit").isEqualTo(67)
                .jsonPath("$.borderline").isEqualTo(false)
                .jsonPath("$.modelVersion").isEqualTo("2")
                .jsonPath("$.levers[0].answer").isEqualTo("contentCreators")
                .jsonPath("$.levers[0].from").isEqualTo(4)
                .jsonPath("$.levers[0].to").isEqualTo(99)
                .jsonPath("$.levers[0].quadrant").isEqualTo("HONEY_APIARY")
                .jsonPath("$.resultUrl").value(String.class,
                        url -> assertThat(url).endsWith(location.getPath().replace("/api", "")));
    }

    @Test
    void storesNothingForBadInput() {
        long before = assessments.count();
        List<String> bodies = List.of(
                "{\"network\": ",
                "null",
                AssessmentApiTest.json(body -> body.put("employees", BigInteger.TEN.pow(30))),
                AssessmentApiTest.json(body -> body.put("employees", 10_000_000_000_000L)),
                AssessmentApiTest.json(body -> body.put("improvement", "AMAZING")),
                AssessmentApiTest.json(body -> body.put("monthlyActiveUsers", 5000)));

        for (String body : bodies) {
            client.post().uri("/api/assessments")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange()
                    .expectStatus().is4xxClientError()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }

        assertThat(assessments.count()).isEqualTo(before);
    }

    @Test
    void answersAWrongMethodWithAProblemThroughTheRealSecurityChain() {
        client.delete().uri("/api/assessments/{id}", "5b0c7a44-9d7e-4f55-8a43-1d2c3b4a5e6f")
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Allow", "GET");
    }

    @Test
    void leavesThePagesWithTheirHtmlErrorPage() {
        client.get().uri("/assessments/not-a-uuid")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
        client.get().uri("/api/assessments/not-a-uuid")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
