package com.hivecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An assessment stored by model 1 before the upgrade, as its row was written then: after the upgrade it keeps its own
 * scores, type and version on the page and in the API, its page explains it with model 1, and model 2's reading of
 * the same answers is shown beside it. Nothing rewrites the row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
class ModelOneAssessmentTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newHttpClient();

    /** The worked example as model 1 stored it in 2025: involvement 27, benefit 69, One-Actor Theater. */
    private UUID storedByModelOne() {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into assessment (id, created_at, network, unit, employees, monthly_active_users,
                    content_creators, creators_mostly_official, benefits, work_related_share, improvement, example,
                    model_version, involvement, benefit, quadrant, borderline)
                values (?, ?, 'Acme Engage', null, 1000, 300, 4, true,
                    'MARKET_INSIGHT,BEST_PRACTICES,IDEAS,KNOWLEDGE', 95, 'BETTER', null, '1', 27, 69,
                    'ONE_ACTOR_THEATER', false)
                """, id, Timestamp.from(Instant.parse("2025-06-01T09:00:00Z")));
        return id;
    }

    @Test
    void keepsItsOwnScoresAndVersionOnThePageBesideModelTwosView() throws Exception {
        UUID id = storedByModelOne();

        HttpResponse<String> page = get("/assessments/" + id, "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<strong id=\"involvement\">27</strong>", "<strong id=\"benefit\">69</strong>")
                .contains("Scored with model version 1.")
                .contains("25 of 50 points")
                .contains("This assessment was scored with model version 1: it keeps those scores and that type")
                .contains("Under the current model (2)", "Involvement 10, benefit 67: One-Actor Theater")
                .contains("99 main content creators instead of 4 would place it in Honey Apiary.");
        assertThat(jdbc.queryForObject("select model_version from assessment where id = ?", String.class, id))
                .isEqualTo("1");
        assertThat(jdbc.queryForObject("select involvement * 1000 + benefit from assessment where id = ?",
                Integer.class, id)).isEqualTo(27_069);
    }

    @Test
    void keepsItsOwnScoresAndVersionInTheApi() throws Exception {
        UUID id = storedByModelOne();

        HttpResponse<String> resource = get("/api/assessments/" + id, "application/json");

        assertThat(resource.statusCode()).isEqualTo(200);
        assertThat(resource.body()).contains("\"modelVersion\":\"1\"", "\"involvement\":27", "\"benefit\":69",
                "\"quadrant\":\"ONE_ACTOR_THEATER\"", "\"levers\":[]");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en").header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
