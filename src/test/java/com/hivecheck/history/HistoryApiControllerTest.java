package com.hivecheck.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.hivecheck.scoring.Quadrant;
import com.hivecheck.security.WebSecurityForSlices;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HR list API: the history list's filters, pages of the export's data, and problem details for bad input. */
@WebMvcTest(controllers = HistoryApiController.class)
@Import({WebSecurityForSlices.class, HistoryApiControllerTest.Setup.class})
@WithMockUser(username = "hr", roles = "HR")
class HistoryApiControllerTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Setup {

        @Bean
        HistoryProperties historyProperties() {
            return new HistoryProperties(java.time.ZoneId.of("UTC"), 25, 100, 120, 1000);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HistoryManagement management;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void answersAPageWithEveryFieldAndALinkToTheNext() throws Exception {
        PastAssessment assessment = Samples.assessment("2026-05-01T10:00:00Z", "Acme", "Sales", 70, 30,
                Quadrant.FLOOD_ROOM);
        when(management.list(any(), eq(2), eq(10)))
                .thenReturn(new SliceImpl<>(List.of(assessment), PageRequest.of(1, 10), true));

        JsonNode body = body("/api/assessments?network=Acme&type=FLOOD_ROOM&from=2026-01-01&page=2&size=10");

        assertThat(body.get("page").asInt()).isEqualTo(2);
        assertThat(body.get("size").asInt()).isEqualTo(10);
        assertThat(body.get("hasNext").asBoolean()).isTrue();
        assertThat(body.get("next").asString())
                .isEqualTo("/api/assessments?network=Acme&type=FLOOD_ROOM&from=2026-01-01&page=3&size=10");
        JsonNode item = body.get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(assessment.id().toString());
        assertThat(item.get("createdAt").asString()).isEqualTo("2026-05-01T10:00:00Z");
        assertThat(item.get("date").asString()).isEqualTo("2026-05-01");
        assertThat(item.get("network").asString()).isEqualTo("Acme");
        assertThat(item.get("unit").asString()).isEqualTo("Sales");
        assertThat(item.get("employees").asInt()).isEqualTo(1000);
        assertThat(item.get("monthlyActiveUsers").asInt()).isEqualTo(300);
        assertThat(item.get("contentCreators").asInt()).isEqualTo(30);
        assertThat(item.get("creatorsMostlyOfficial").asBoolean()).isFalse();
        assertThat(item.get("benefits").get(0).asString()).isEqualTo("IDEAS");
        assertThat(item.get("workRelatedShare").asInt()).isEqualTo(60);
        assertThat(item.get("improvement").asString()).isEqualTo("SLIGHTLY_BETTER");
        assertThat(item.get("involvement").asInt()).isEqualTo(70);
        assertThat(item.get("benefit").asInt()).isEqualTo(30);
        assertThat(item.get("type").asString()).isEqualTo("FLOOD_ROOM");
        assertThat(item.get("modelVersion").asString()).isEqualTo("1");

        ArgumentCaptor<HistoryFilter> filter = ArgumentCaptor.forClass(HistoryFilter.class);
        verify(management).list(filter.capture(), eq(2), eq(10));
        assertThat(filter.getValue()).isEqualTo(new HistoryFilter("Acme", null, Quadrant.FLOOD_ROOM,
                LocalDate.of(2026, 1, 1), null));
    }

    @Test
    void includesTheActivityEvidenceAndWhichAnswersComeFromIt() throws Exception {
        PastAssessment typedIn = Samples.assessment("2026-05-02T10:00:00Z", "Acme", null, 20, 20, Quadrant.DESERT);
        PastAssessment fromData = Samples.fromData(Samples.assessment("2026-05-01T10:00:00Z", "Acme", "Sales", 70,
                30, Quadrant.FLOOD_ROOM), 1000, 300, 31);
        when(management.list(any(), eq(1), eq(50)))
                .thenReturn(new SliceImpl<>(List.of(typedIn, fromData), PageRequest.of(0, 50), false));

        JsonNode items = body("/api/assessments").get("items");

        assertThat(items.get(0).get("evidence").isNull()).as("typed in").isTrue();
        assertThat(items.get(0).get("fromData").toString())
                .isEqualTo("{\"employees\":false,\"monthlyActiveUsers\":false,\"contentCreators\":false}");
        JsonNode evidence = items.get(1).get("evidence");
        assertThat(evidence.get("source").asString()).isEqualTo("VIVA_ENGAGE");
        assertThat(evidence.get("unit").asString()).isEqualTo("Sales");
        assertThat(evidence.get("referenceDate").asString()).isEqualTo("2026-04-30");
        assertThat(evidence.get("windowDays").asInt()).isEqualTo(30);
        assertThat(evidence.get("employees").asInt()).isEqualTo(1000);
        assertThat(evidence.get("monthlyActiveUsers").asInt()).isEqualTo(300);
        assertThat(evidence.get("contentCreators").asInt()).as("the export’s figure").isEqualTo(31);
        assertThat(evidence.get("lurkers").asInt()).isEqualTo(267);
        assertThat(evidence.get("occasional").asInt()).isEqualTo(2);
        assertThat(items.get(1).get("contentCreators").asInt()).as("the answer").isEqualTo(30);
        assertThat(items.get(1).get("fromData").toString())
                .isEqualTo("{\"employees\":true,\"monthlyActiveUsers\":true,\"contentCreators\":false}");
    }

    @Test
    void capsThePageSizeAndEndsWithoutANextLink() throws Exception {
        when(management.list(any(), eq(1), eq(100)))
                .thenReturn(new SliceImpl<>(List.of(), PageRequest.of(0, 100), false));

        JsonNode body = body("/api/assessments?size=100000");

        assertThat(body.get("size").asInt()).isEqualTo(100);
        assertThat(body.get("hasNext").asBoolean()).isFalse();
        assertThat(body.get("next").isNull()).isTrue();
        assertThat(body.get("items").isEmpty()).isTrue();
    }

    @Test
    void explainsABadFilterAsProblemDetailsWithoutQuerying() throws Exception {
        MvcResult result = mvc.perform(get("/api/assessments?from=tomorrow&type=SWAMP")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(result.getResponse().getContentAsString());
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("from", "type");
        assertThat(problem.toString()).contains("Use the form 2026-05-01");
        verify(management, never()).list(any(), anyInt(), anyInt());
    }

    @Test
    void listsOneFieldAndMessagePerInvalidFilterField() throws Exception {
        MvcResult result = mvc.perform(get("/api/assessments?from=tomorrow&to=2026-01-01&type=SWAMP")
                .header("Accept-Language", "en")).andReturn();

        JsonNode errors = json.readTree(result.getResponse().getContentAsString()).get("errors");
        assertThat(errors.isArray()).isTrue();
        List<String> shapes = new java.util.ArrayList<>();
        errors.forEach(error -> shapes.add(String.join(",", error.propertyNames())));
        assertThat(shapes).containsOnly("field,message").hasSize(2);
        assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("from", "type");
        assertThat(errors.findValuesAsString("message"))
                .contains("The “From” date is not a date. Use the form 2026-05-01.");
    }

    private JsonNode body(String url) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("application/json");
        return json.readTree(result.getResponse().getContentAsString());
    }
}
