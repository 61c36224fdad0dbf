package com.hivecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hivecheck.HrApplicationTest;
import com.hivecheck.MutableClock;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The day an assessment describes: optional, today by default, never in the future or before 2000, ISO in the API;
 * a wrong day is explained next to the field and stores nothing.
 */
@HrApplicationTest
class AssessedOnFlowTest {

    static final String ANSWERS = """
            "network": "Dated", "employees": 1000, "monthlyActiveUsers": 300, "contentCreators": 4,
            "creatorsMostlyOfficial": true, "benefits": ["IDEAS"], "workRelatedShare": 95, "improvement": "BETTER\"""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void empty() {
        jdbc.update("delete from assessment where network = 'Dated'");
        clock.set(Instant.parse("2026-05-01T09:00:00Z"));
    }

    @Test
    void defaultsToToday() throws Exception {
        MockHttpServletResponse created = api("{" + ANSWERS + "}");

        assertThat(created.getStatus()).isEqualTo(201);
        assertThat((String) JsonPath.read(created.getContentAsString(), "$.assessedOn")).isEqualTo("2026-05-01");
    }

    @Test
    void keepsAPastDayAndStoresIt() throws Exception {
        MockHttpServletResponse created = api("{\"assessedOn\": \"2025-07-01\", " + ANSWERS + "}");

        assertThat(created.getStatus()).isEqualTo(201);
        assertThat((String) JsonPath.read(created.getContentAsString(), "$.assessedOn")).isEqualTo("2025-07-01");
        assertThat(jdbc.queryForObject("select assessed_on from assessment where network = 'Dated'", LocalDate.class))
                .isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-05-03, Enter a date from 1 January 2000 up to today.",
        "1999-12-31, Enter a date from 1 January 2000 up to today.",
    })
    void refusesADayOutOfRange(String day, String message) throws Exception {
        MockHttpServletResponse refused = api("{\"assessedOn\": \"" + day + "\", " + ANSWERS + "}");

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.errors[0].field")).isEqualTo("assessedOn");
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.errors[0].message")).isEqualTo(message);
        assertThat(jdbc.queryForObject("select count(*) from assessment where network = 'Dated'", Integer.class))
                .isZero();
    }

    @Test
    void acceptsTomorrowWhereTheCalendarIsAlreadyThere() throws Exception {
        clock.set(Instant.parse("2026-05-01T20:00:00Z"));

        assertThat(api("{\"assessedOn\": \"2026-05-02\", " + ANSWERS + "}").getStatus()).isEqualTo(201);
    }

    @Test
    void refusesADayThatIsNotIso() throws Exception {
        MockHttpServletResponse refused = api("{\"assessedOn\": \"15.01.2026\", " + ANSWERS + "}");

        assertThat(refused.getStatus()).isBetween(400, 422);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from assessment where network = 'Dated'", Integer.class))
                .isZero();
    }

    @Test
    void theQuestionnaireExplainsAFutureDayNextToTheFieldInRussian() throws Exception {
        MockHttpServletResponse page = mvc.perform(post("/assessments").with(csrf())
                        .header("Accept-Language", "ru")
                        .param("network", "Dated").param("assessedOn", "2030-01-01").param("employees", "1000")
                        .param("monthlyActiveUsers", "300").param("contentCreators", "4")
                        .param("creatorsMostlyOfficial", "true").param("benefits", "IDEAS")
                        .param("workRelatedShare", "95").param("improvement", "BETTER"))
                .andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(422);
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.fieldError(html, "assessedOn"))
                .isEqualTo("Укажите дату не раньше 1 января 2000 года и не позже сегодняшней.");
        assertThat(Html.inputValue(html, "assessedOn")).isEqualTo("2030-01-01");
    }

    private MockHttpServletResponse api(String body) throws Exception {
        return mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }
}
