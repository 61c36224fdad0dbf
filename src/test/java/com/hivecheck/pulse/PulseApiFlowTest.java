package com.hivecheck.pulse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The pulse API over real HTTP with the real security chain and database: HR opens a pulse and reads its results,
 * kiosks post answers; nothing is shown below the threshold, everything at it; bad answers store nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Tag("database")
class PulseApiFlowTest {

    static final String HR_USER = "hr";
    static final String HR_PASSWORD = "correct horse battery staple";

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcClient jdbc;

    private Map<String, Object> opened;

    @BeforeEach
    void openPulse() {
        opened = open("{\"network\": \"Acme Engage\", \"unit\": \"Sales\", \"headcount\": 40}");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> open(String body) {
        return client.post().uri("/api/pulses")
                .headers(headers -> headers.setBasicAuth(HR_USER, HR_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().exists(HttpHeaders.LOCATION)
                .expectBody(Map.class)
                .returnResult().getResponseBody();
    }

    private String token() {
        return (String) opened.get("token");
    }

    private String id() {
        return (String) opened.get("id");
    }

    private void answer(String body, int status) {
        client.post().uri("/api/pulses/{token}/responses", token())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus().isEqualTo(status);
    }

    private long stored() {
        return jdbc.sql("select count(*) from pulse_response where pulse_id = :id").param("id", UUID.fromString(id()))
                .query(Long.class).single();
    }

    @Test
    void opensAPulseWithAnUnguessableTokenAndAPublicLink() {
        assertThat(token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat((String) opened.get("respondUrl")).endsWith("/pulse/" + token());
        assertThat(UUID.fromString(id())).isNotNull();
        Map<String, Object> other = open("{\"network\": \"Acme Engage\", \"headcount\": 5, \"closesOn\": \"2999-01-01\"}");
        assertThat(other.get("token")).isNotEqualTo(token());
    }

    @Test
    void onlyHrOpensPulsesAndReadsResults() {
        client.post().uri("/api/pulses").contentType(MediaType.APPLICATION_JSON)
                .body("{\"network\": \"X\", \"headcount\": 4}")
                .exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/pulses/{id}", id()).exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/pulses/{id}", id())
                .headers(headers -> headers.setBasicAuth(HR_USER, "wrong"))
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void showsNothingAboutTheAnswersAtFourAndEverythingAtFive() {
        List<String> answers = List.of(
                "{\"benefits\": [\"KNOWLEDGE\", \"IDEAS\"], \"improvement\": \"BETTER\", \"workRelatedShare\": 80}",
                "{\"benefits\": [\"KNOWLEDGE\"], \"improvement\": \"NO_CHANGE\", \"workRelatedShare\": 60}",
                "{\"benefits\": [\"KNOWLEDGE\", \"IDEAS\", \"PARTNERS\"], \"improvement\": \"MUCH_BETTER\", \"workRelatedShare\": 90}",
                "{\"benefits\": [], \"improvement\": \"WORSE\", \"workRelatedShare\": 20, \"comment\": \"Too noisy\"}",
                "{\"benefits\": [\"IDEAS\"], \"improvement\": \"BETTER\", \"workRelatedShare\": 75}");
        for (String body : answers.subList(0, 4)) {
            answer(body, 201);
        }
        results()
                .jsonPath("$.responses").isEqualTo(4)
                .jsonPath("$.headcount").isEqualTo(40)
                .jsonPath("$.responseRate").isEqualTo(0.1)
                .jsonPath("$.results").isEmpty();

        answer(answers.get(4), 201);
        results()
                .jsonPath("$.responses").isEqualTo(5)
                .jsonPath("$.responseRate").isEqualTo(0.125)
                .jsonPath("$.results.benefits.shares.KNOWLEDGE").isEqualTo(0.6)
                .jsonPath("$.results.benefits.shares.IDEAS").isEqualTo(0.6)
                .jsonPath("$.results.benefits.shares.PARTNERS").isEqualTo(0.2)
                .jsonPath("$.results.benefits.shares.MARKET_INSIGHT").isEqualTo(0.0)
                .jsonPath("$.results.benefits.majority").isEqualTo(List.of("IDEAS", "KNOWLEDGE"))
                .jsonPath("$.results.improvement.median").isEqualTo("BETTER")
                .jsonPath("$.results.improvement.shares.BETTER").isEqualTo(0.4)
                .jsonPath("$.results.workRelatedShare.median").isEqualTo(75)
                .jsonPath("$.results.workRelatedShare.q1").isEqualTo(60)
                .jsonPath("$.results.workRelatedShare.q3").isEqualTo(80)
                .jsonPath("$.results.benefit.score").isNumber()
                .jsonPath("$.results.benefit.low").isNumber()
                .jsonPath("$.results.benefit.high").isNumber();
    }

    private org.springframework.test.web.servlet.client.RestTestClient.BodyContentSpec results() {
        return client.get().uri("/api/pulses/{id}", id())
                .headers(headers -> headers.setBasicAuth(HR_USER, HR_PASSWORD))
                .exchange()
                .expectStatus().isOk()
                .expectBody();
    }

    @Test
    void badAnswersAreRefusedAndStoreNothing() {
        List<String> bodies = List.of(
                "{\"benefits\": [\"FREE_LUNCH\"], \"improvement\": \"BETTER\", \"workRelatedShare\": 50}",
                "{\"benefits\": [], \"improvement\": \"BETTER\", \"workRelatedShare\": 101}",
                "{\"benefits\": [], \"improvement\": \"BETTER\", \"workRelatedShare\": -1}",
                "{\"benefits\": [], \"improvement\": \"AMAZING\", \"workRelatedShare\": 50}",
                "{\"benefits\": [], \"improvement\": \"BETTER\"}",
                "{\"benefits\": [], \"improvement\": \"BETTER\", \"workRelatedShare\": 50, \"comment\": \"" + "x".repeat(1001) + "\"}",
                "{\"benefits\": [], \"improvement\": \"BETTER\", \"workRelatedShare\": 50, \"comment\": \"a\\u0000b\"}",
                "{\"benefits\": [], \"improvement\": \"BETTER\", \"workRelatedShare\": 50, \"comment\": \"\\u202Eevil\"}",
                "{\"benefits\": [], \"improvement\": \"BETTER\", \"workRelatedShare\": 50, \"comment\": \"\\u200B\\u200B\"}",
                "",
                "{}",
                "null",
                "{\"benefits\": ");
        for (String body : bodies) {
            client.post().uri("/api/pulses/{token}/responses", token())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .exchange()
                    .expectStatus().is4xxClientError()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(stored()).isZero();
        client.post().uri("/api/pulses/{token}/responses", token())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"benefits\": [], \"improvement\": \"BETTER\", \"workRelatedShare\": 101}")
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("workRelatedShare");
    }

    @Test
    void anUnknownPulseIs404AndAClosedOne410() {
        String body = "{\"benefits\": [], \"improvement\": \"BETTER\", \"workRelatedShare\": 50}";
        client.post().uri("/api/pulses/{token}/responses", "x".repeat(43))
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isNotFound();
        jdbc.sql("update pulse set closed = true where id = :id").param("id", UUID.fromString(id())).update();
        client.post().uri("/api/pulses/{token}/responses", token())
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isEqualTo(410);
        assertThat(stored()).isZero();
        client.get().uri("/api/pulses/{id}", UUID.randomUUID())
                .headers(headers -> headers.setBasicAuth(HR_USER, HR_PASSWORD))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void aPulseClosedReopenedOrDeletedElsewhereIsAnsweredAccordinglyAtOnce() {
        String body = "{\"benefits\": [], \"improvement\": \"BETTER\", \"workRelatedShare\": 50}";
        UUID pulse = UUID.fromString(id());
        answer(body, 201);

        // As another node of a cluster would, straight in the database.
        jdbc.sql("update pulse set closed = true where id = :id").param("id", pulse).update();
        answer(body, 410);
        jdbc.sql("update pulse set closed = false where id = :id").param("id", pulse).update();
        answer(body, 201);
        jdbc.sql("update pulse set closes_on = :yesterday where id = :id").param("id", pulse)
                .param("yesterday", LocalDate.now().minusDays(1)).update();
        answer(body, 410);
        assertThat(stored()).isEqualTo(2);

        jdbc.sql("delete from pulse where id = :id").param("id", pulse).update();
        answer(body, 404);
        answer(body, 404);
    }

    @Test
    void refusesABadPulseSetup() {
        client.post().uri("/api/pulses")
                .headers(headers -> headers.setBasicAuth(HR_USER, HR_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"network\": \"\", \"headcount\": 0, \"closesOn\": \"2000-01-01\"}")
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[*].field").value(List.class,
                        fields -> assertThat(fields).containsExactlyInAnyOrder("closesOn", "headcount", "network"));
        client.post().uri("/api/pulses")
                .headers(headers -> headers.setBasicAuth(HR_USER, HR_PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"network\": \"Acme\\u0000\", \"unit\": \"\\u202ESales\", \"headcount\": 40}")
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.errors[*].field").value(List.class,
                        fields -> assertThat(fields).containsExactlyInAnyOrder("network", "unit"));
    }

    @Test
    void anAnswerStoresNothingThatCouldIdentifyThePerson() {
        List<Map<String, Object>> columns = jdbc.sql("""
                select lower(column_name) as name, lower(data_type) as type from information_schema.columns
                where lower(table_name) = 'pulse_response'""").query().listOfRows();
        assertThat(columns).extracting(column -> column.get("NAME") != null ? column.get("NAME") : column.get("name"))
                .containsExactlyInAnyOrder("pulse_id", "answer_key", "benefits", "improvement", "work_related_share",
                        "comment", "shuffle");
        assertThat(columns).extracting(column -> String.valueOf(
                        column.get("TYPE") != null ? column.get("TYPE") : column.get("type")))
                .noneMatch(type -> type.contains("time") || type.contains("date"));
    }

    @Test
    void anAssessmentTakesQuestions3And4FromThePulseAndKeepsTheLink() {
        String assessment = "{\"network\": \"Acme Engage\", \"unit\": \"Sales\", \"employees\": 40, "
                + "\"monthlyActiveUsers\": 30, \"contentCreators\": 6, \"creatorsMostlyOfficial\": false, "
                + "\"pulse\": \"" + id() + "\"}";
        for (int i = 0; i < 4; i++) {
            answer("{\"benefits\": [\"KNOWLEDGE\", \"IDEAS\"], \"improvement\": \"BETTER\", \"workRelatedShare\": 70}", 201);
        }
        client.post().uri("/api/assessments").contentType(MediaType.APPLICATION_JSON).body(assessment)
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("pulse");

        answer("{\"benefits\": [\"PARTNERS\"], \"improvement\": \"WORSE\", \"workRelatedShare\": 10}", 201);
        String location = client.post().uri("/api/assessments").contentType(MediaType.APPLICATION_JSON).body(assessment)
                .exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.benefits").isEqualTo(List.of("IDEAS", "KNOWLEDGE"))
                .jsonPath("$.improvement").isEqualTo("BETTER")
                .jsonPath("$.workRelatedShare").isEqualTo(70)
                .jsonPath("$.pulse.id").isEqualTo(id())
                .jsonPath("$.pulse.responses").isEqualTo(5)
                .returnResult().getResponseHeaders().getLocation().toString();
        client.get().uri(location).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.pulse.responses").isEqualTo(5);

        client.post().uri("/api/assessments").contentType(MediaType.APPLICATION_JSON)
                .body(assessment.replace(id(), UUID.randomUUID().toString()))
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("pulse");
    }

    @Test
    void answersChangedFromThePulsesAreTheOwnersOwnAndKeepNoLink() {
        for (int i = 0; i < 5; i++) {
            answer("{\"benefits\": [\"KNOWLEDGE\"], \"improvement\": \"BETTER\", \"workRelatedShare\": 70}", 201);
        }
        client.post().uri("/api/assessments").contentType(MediaType.APPLICATION_JSON)
                .body("{\"network\": \"Acme Engage\", \"employees\": 40, \"monthlyActiveUsers\": 30, "
                        + "\"contentCreators\": 6, \"creatorsMostlyOfficial\": false, \"benefits\": [\"IDEAS\"], "
                        + "\"improvement\": \"BETTER\", \"workRelatedShare\": 70, \"pulse\": \"" + id() + "\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.benefits").isEqualTo(List.of("IDEAS"))
                .jsonPath("$.pulse").isEmpty();
    }
}
