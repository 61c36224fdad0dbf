package com.hivecheck.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Anonymous writes are limited per client address, by rules from configuration: here three assessments per hour and
 * a rule added by configuration alone (as pulse answers would be), on the whole application.
 */
@SpringBootTest(properties = {
    "hivecheck.ratelimit.enabled=true",
    "hivecheck.ratelimit.max-clients=5",
    "hivecheck.ratelimit.rules.assessments.limit=3",
    "hivecheck.ratelimit.rules.assessments.per=1h",
    "hivecheck.ratelimit.rules.imports.limit=2",
    "hivecheck.ratelimit.rules.feedback.paths=/api/feedback/*",
    "hivecheck.ratelimit.rules.feedback.methods=PUT",
    "hivecheck.ratelimit.rules.feedback.limit=1"
})
@AutoConfigureMockMvc
@Tag("database")
class RateLimitTest {

    private static final String ANSWERS = """
            {"network": "Acme", "employees": 100, "monthlyActiveUsers": 50, "contentCreators": 10,
             "creatorsMostlyOfficial": false, "benefits": ["IDEAS"], "workRelatedShare": 50, "improvement": "BETTER"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FilterRegistrationBean<RateLimits> registration;

    RateLimits limits;

    @BeforeEach
    void noAssessments() {
        limits = registration.getFilter();
        jdbc.sql("delete from assessment").update();
    }

    @Test
    void refusesTheFourthAssessmentFromOneAddressWithinTheHourAsProblemJson() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(submit("198.51.100.1").getStatus()).isEqualTo(201);
        }

        MockHttpServletResponse refused = submit("198.51.100.1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1000L, 1200L);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("urn:hivecheck:problem:rate-limited")
                .contains("Try again in 20 minutes");
        assertThat(stored()).isEqualTo(3);
        assertThat(submit("198.51.100.2").getStatus()).as("another address has its own allowance").isEqualTo(201);
    }

    @Test
    void countsTheFormAndTheApiTogetherAndAnswersThePageInTheVisitorsLanguage() throws Exception {
        for (int i = 0; i < 3; i++) {
            submit("198.51.100.3");
        }

        MockHttpServletResponse page = mvc.perform(post("/assessments").with(csrf()).with(from("198.51.100.3"))
                .cookie(new Cookie("lang", "ru")).accept(MediaType.TEXT_HTML)
                .param("network", "Acme")).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(429);
        assertThat(page.getHeader("Retry-After")).isNotNull();
        assertThat(page.getForwardedUrl()).isEqualTo("/error");
        assertThat(stored()).isEqualTo(3);
    }

    @Test
    void limitsWhatARuleFromConfigurationNamesAndNothingElse() throws Exception {
        assertThat(limits.covering("PUT", "/api/feedback/42")).isPresent();
        assertThat(limits.covering("GET", "/api/feedback/42")).as("reading is not a write").isEmpty();
        assertThat(limits.covering("POST", "/imports/mapping/abc")).isPresent();
        assertThat(limits.covering("GET", "/")).isEmpty();
        assertThat(limits.covering("POST", "/login")).as("sign-in has its own throttle").isEmpty();
    }

    @Test
    void keepsNoMoreBucketsThanConfigured() throws Exception {
        for (int client = 10; client < 40; client++) {
            submit("198.51.100." + client);
        }

        assertThat(limits.size()).isLessThanOrEqualTo(5);
    }

    @Test
    void doesNotCountReads() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(mvc.perform(get("/").with(from("198.51.100.4"))).andReturn().getResponse().getStatus())
                    .isEqualTo(200);
        }
    }

    private MockHttpServletResponse submit(String address) throws Exception {
        return mvc.perform(post("/api/assessments").with(from(address)).contentType(MediaType.APPLICATION_JSON)
                .content(ANSWERS)).andReturn().getResponse();
    }

    private long stored() {
        return jdbc.sql("select count(*) from assessment").query(Long.class).single();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
