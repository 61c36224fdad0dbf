package com.hivecheck.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.hivecheck.HrApplicationTest;
import com.hivecheck.MutableClock;
import com.hivecheck.assessment.Assessment;
import com.hivecheck.assessment.AssessmentManagement;
import com.hivecheck.assessment.Context;
import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Who may see what: the HR area and the HR API behind HR accounts, the public pages open, and sign-in hardened. */
@HrApplicationTest
class HrSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentManagement assessments;

    @Autowired
    HrAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    LoginThrottle throttle;

    UUID id;

    @BeforeEach
    void storeOneAssessment() {
        // Failed sign-ins of earlier tests (of any class sharing this context) must not pause this one's.
        throttle.succeeded("hr");
        clock.set(Instant.parse("2026-05-01T09:00:00Z"));
        jdbc.update("delete from assessment");
        clock.set(Instant.parse("2026-05-01T09:00:00Z"));
        Assessment assessment = assessments.submit(new Context("Acme Engage", "Sales", null),
                new Answers(1000, 300, 4, true, EnumSet.of(Benefit.IDEAS), 95, Improvement.BETTER));
        id = assessment.getId();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/hr", "/hr?network=Acme+Engage", "/hr/compare?ids=%s&ids=%s", "/hr/timeline?network=Acme",
        "/hr/portfolio?network=Acme", "/hr/export.csv", "/hr/assessments/%s/delete"})
    void sendsAnonymousVisitorsToTheLoginPageFromEveryHrPage(String url) throws Exception {
        MvcResult result = mvc.perform(get(url.formatted(id, id))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void refusesAnonymousDeletionEvenWithAValidCsrfToken() throws Exception {
        MvcResult result = mvc.perform(post("/hr/assessments/{id}/delete", id).with(csrf())).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(assessments.find(id)).isPresent();
    }

    @Test
    void answersTheApiWith401AndABasicChallengeInsteadOfARedirect() throws Exception {
        MvcResult result = mvc.perform(get("/api/assessments")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Basic realm=");
        assertThat(result.getResponse().getHeader("Location")).isNull();
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("Acme");
    }

    @Test
    void answersTheApiWith401ForAWrongPasswordAnd200ForTheRightOne() throws Exception {
        assertThat(mvc.perform(get("/api/assessments").with(httpBasic("hr", "wrong")))
                .andReturn().getResponse().getStatus()).isEqualTo(401);

        MvcResult ok = mvc.perform(get("/api/assessments").with(httpBasic("hr", HrApplicationTest.PASSWORD)))
                .andReturn();
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(ok.getResponse().getContentAsString()).contains("Acme Engage").contains(id.toString());
    }

    @Test
    void rejectsAWrongPasswordOnTheLoginPage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                .param("username", "hr").param("password", "not the password")).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        String page = mvc.perform(get("/login").param("error", "").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Wrong user name or password");
        assertThat(mvc.perform(get("/hr").session(session)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
    }

    @Test
    void signsInWithTheRightPasswordUnderANewSessionId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                .param("username", "HR").param("password", HrApplicationTest.PASSWORD)).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/hr");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
        String list = mvc.perform(get("/hr").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Acme Engage").contains("Sign out");
    }

    @Test
    void refusesALoginPostWithoutCsrfToken() throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", "hr")
                .param("password", HrApplicationTest.PASSWORD)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void refusesDeletionWithoutCsrfTokenEvenForHr() throws Exception {
        MockHttpSession session = signIn();

        MvcResult result = mvc.perform(post("/hr/assessments/{id}/delete", id).session(session)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(assessments.find(id)).isPresent();
    }

    @Test
    void deletesAfterConfirmationWithCsrfAndSaysSo() throws Exception {
        MockHttpSession session = signIn();
        String confirmation = mvc.perform(get("/hr/assessments/{id}/delete", id).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains("Delete this assessment?").contains("Acme Engage").contains("name=\"_csrf\"");

        MvcResult result = mvc.perform(post("/hr/assessments/{id}/delete", id).session(session).with(csrf()))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/hr");
        assertThat(assessments.find(id)).isEmpty();
        String list = mvc.perform(get("/hr").session(session).flashAttrs(result.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("The assessment of Acme Engage · Sales from 1 May 2026, 09:00 was deleted.");
    }

    @Test
    void keepsTheQuestionnaireAndResultLinksOpenToRespondents() throws Exception {
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/assessments/{id}", id)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void letsNoRespondentListOtherAssessments() throws Exception {
        assertThat(mvc.perform(get("/hr")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get("/hr/export.csv")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        MvcResult api = mvc.perform(get("/api/assessments?network=Acme+Engage")).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(401);
        assertThat(api.getResponse().getContentAsString()).doesNotContain(id.toString());
    }

    @Test
    void pausesSignInForAUserNameAfterFiveFailuresEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", "hr").param("password", "guess " + i));
        }
        MockHttpSession session = new MockHttpSession();
        MvcResult refused = mvc.perform(post("/login").session(session).with(csrf())
                .param("username", "hr").param("password", HrApplicationTest.PASSWORD)).andReturn();

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(mvc.perform(get("/login").param("error", "").session(session)).andReturn().getResponse().getContentAsString())
                .contains("Too many failed sign-in attempts for this user name")
                .contains("try again in 15 minutes");
        assertThat(mvc.perform(get("/api/assessments").with(httpBasic("hr", HrApplicationTest.PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(429);

        clock.advance(Duration.ofMinutes(15));
        MvcResult accepted = mvc.perform(post("/login").with(csrf())
                .param("username", "hr").param("password", HrApplicationTest.PASSWORD)).andReturn();
        assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/hr");
    }

    @Test
    void countsFailedHttpBasicAttemptsTowardsTheSamePause() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/assessments").with(httpBasic("analyst", "guess " + i)));
        }
        MvcResult refused = mvc.perform(post("/login").with(csrf())
                .param("username", "analyst").param("password", "anything")).andReturn();
        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession();

        assertThat(mvc.perform(get("/login").param("error", "").session(session)).andReturn().getResponse().getContentAsString())
                .contains("Too many failed sign-in attempts");
        assertThat(mvc.perform(get("/api/assessments").with(httpBasic("hr", HrApplicationTest.PASSWORD)))
                .andReturn().getResponse().getStatus()).as("another user name is not paused").isEqualTo(200);
    }

    @Test
    void signsOutWithAPostAndForgetsTheSession() throws Exception {
        MockHttpSession session = signIn();

        MvcResult result = mvc.perform(post("/logout").session(session).with(csrf())).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
        assertThat(mvc.perform(get("/hr").session(session)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
    }

    @Test
    void sendsSecureHeadersAndAStrictContentSecurityPolicyOnHrPages() throws Exception {
        MvcResult result = mvc.perform(get("/hr").session(signIn())).andReturn();

        assertThat(result.getResponse().getHeader("Content-Security-Policy"))
                .contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline");
        assertThat(result.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void storesTheFirstAccountOnlyAsABcryptHash() {
        HrAccount account = accounts.findByUsername("hr").orElseThrow();

        assertThat(account.passwordHash()).startsWith("{bcrypt}$2").doesNotContain(HrApplicationTest.PASSWORD);
    }

    private MockHttpSession signIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                .param("username", "hr").param("password", HrApplicationTest.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/hr");
        return (MockHttpSession) result.getRequest().getSession();
    }
}
