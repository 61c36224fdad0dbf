package com.hivecheck.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hivecheck.HrApplicationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published API contract: served from the jar to anyone, read-only, and complete. Every JSON endpoint the
 * application maps under {@code /api} is in it with its problem answers, so that adding an endpoint without its
 * documentation fails here.
 */
@HrApplicationTest
class ApiDocumentationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JsonMapper json;

    @Test
    void documentsEveryEndpointTheApplicationMapsUnderApi() throws Exception {
        JsonNode paths = document().get("paths");
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    JsonNode operation = paths.path(path).path(method.name().toLowerCase(Locale.ROOT));
                    if (operation.isMissingNode()) {
                        missing.add(method + " " + path);
                    }
                }
            }
        });

        assertThat(missing).as("endpoints missing from /v3/api-docs").isEmpty();
        assertThat(paths.has("/api/assessments")).isTrue();
        assertThat(paths.has("/api/assessments/{id}")).isTrue();
        assertThat(paths.has("/api/imports")).isTrue();
    }

    @Test
    void documentsTheProblemsOfEachEndpointWithExamples() throws Exception {
        JsonNode document = document();
        JsonNode submit = document.at("/paths/~1api~1assessments/post/responses");

        assertThat(submit.at("/422/content/application~1problem+json/examples/invalid-answers/value/type")
                .asString()).isEqualTo("urn:hivecheck:problem:invalid-answers");
        assertThat(submit.at("/429/content/application~1problem+json/examples/rate-limited/value/status").asInt())
                .isEqualTo(429);
        assertThat(document.at("/paths/~1api~1imports/post/responses/413/content/application~1problem+json"
                + "/examples/file-too-large/value/type").asString()).isEqualTo("urn:hivecheck:problem:file-too-large");
        assertThat(document.at("/paths/~1api~1assessments/get/responses/401").isMissingNode()).isFalse();
        assertThat(document.at("/components/schemas/Problem/properties/type").isMissingNode()).isFalse();
        assertThat(document.at("/info/description").asString()).contains("urn:hivecheck:problem:rate-limited");
        assertThat(document.at("/paths/~1api~1imports/post/description").asString())
                .contains("`page` in the answer is the results page as a path on this server", "errors[].field");
    }

    @Test
    void servesTheContractAndItsViewerFromTheJarToAnyoneReadOnly() throws Exception {
        MvcResult viewer = mvc.perform(get("/swagger-ui/index.html")).andReturn();
        assertThat(viewer.getResponse().getStatus()).isEqualTo(200);
        assertThat(viewer.getResponse().getContentAsString()).contains("swagger-ui-bundle.js")
                .doesNotContain("http://").doesNotContain("https://");
        MvcResult config = mvc.perform(get("/v3/api-docs/swagger-config")).andReturn();
        assertThat(config.getResponse().getContentAsString()).contains("/v3/api-docs")
                .doesNotContain("petstore");
        assertThat(mvc.perform(post("/v3/api-docs")).andReturn().getResponse().getStatus())
                .as("nothing to write").isGreaterThanOrEqualTo(400).isLessThan(500);
    }

    private JsonNode document() throws Exception {
        MvcResult result = mvc.perform(get("/v3/api-docs")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString());
    }
}
