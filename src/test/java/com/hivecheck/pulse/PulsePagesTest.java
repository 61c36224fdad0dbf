package com.hivecheck.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The HR pages of the pulse with the real security chain and database: opening, the link and QR code, nothing about
 * the answers below the threshold and everything from it beside the owner's answers, deletion.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class PulsePagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PulseManagement management;

    @Autowired
    JdbcClient jdbc;

    private Pulse pulse;

    @BeforeEach
    void openPulse() {
        pulse = management.open(new PulseSetup("Acme Engage", "Sales", 40, null));
    }

    private long stored() {
        return jdbc.sql("select count(*) from pulse_response where pulse_id = :id").param("id", pulse.getId())
                .query(Long.class).single();
    }

    @Test
    void hrSeesTheLinkAndQrCodeButNoResultsBelowTheThreshold() {
        for (int i = 0; i < 4; i++) {
            management.answer(pulse.token(), null, Answers.alike(1).get(0));
        }
        MvcTestResult page = mvc.get().uri("/hr/pulses/{id}", pulse.getId()).with(user("hr").roles("HR"))
                .header("Accept-Language", "en").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("/pulse/" + pulse.token(), "<svg", "Answers: 4 of 40 people asked (10%)",
                "1 more answer needed", "Does Acme Engage (Sales) really help our work?");
        assertThat(page).bodyText().doesNotContain("Benefits seen", "majority", "assess-from-pulse");
    }

    @Test
    void hrSeesEverythingFromTheFifthAnswerBesideTheOwnersAnswers() {
        jdbc.sql("""
                insert into assessment (id, created_at, network, unit, employees, monthly_active_users, content_creators,
                creators_mostly_official, benefits, work_related_share, improvement, model_version, involvement,
                benefit, quadrant, borderline) values (:id, current_timestamp, 'Acme Engage', 'Sales', 100, 50, 5,
                false, 'MARKET_INSIGHT,BEST_PRACTICES,IDEAS,KNOWLEDGE,FASTER_TEAMWORK,INVOLVEMENT', 95, 'MUCH_BETTER',
                '1', 40, 90, 'ONE_ACTOR_THEATER', false)""").param("id", UUID.randomUUID()).update();
        for (PulseAnswer answer : Answers.alike(5)) {
            management.answer(pulse.token(), null, answer);
        }
        MvcTestResult page = mvc.get().uri("/hr/pulses/{id}", pulse.getId()).with(user("hr").roles("HR"))
                .header("Accept-Language", "en").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Answers: 5 of 40", "Benefits seen", "majority",
                "You saw 6 benefits, employees saw 2.", "Median answer: Better", "assess-from-pulse",
                "the employees’ median answer is “Better”");
        MvcTestResult russian = mvc.get().uri("/hr/pulses/{id}", pulse.getId()).with(user("hr").roles("HR"))
                .header("Accept-Language", "ru").exchange();
        assertThat(russian).bodyText().contains("Выгод отметили вы: 6; сотрудники (большинство): 2.");
    }

    @Test
    void hrOpensAPulseFromTheListAndSeesItThere() {
        MvcTestResult opened = mvc.post().uri("/hr/pulses").with(user("hr").roles("HR")).with(csrf())
                .param("network", "Opened From The Form").param("headcount", "12").exchange();
        assertThat(opened).hasStatus3xxRedirection();
        MvcTestResult list = mvc.get().uri("/hr/pulses").with(user("hr").roles("HR"))
                .header("Accept-Language", "en").exchange();
        assertThat(list).bodyText().contains("Opened From The Form", "0 of 12");

        MvcTestResult invalid = mvc.post().uri("/hr/pulses").with(user("hr").roles("HR")).with(csrf())
                .header("Accept-Language", "en").param("network", "").param("headcount", "0")
                .param("closesOn", "2001-01-01").exchange();
        assertThat(invalid).hasStatus(422);
        assertThat(invalid).bodyText().contains("Enter the network’s name.", "Enter the number of people asked",
                "The closing day must be today or later.");
    }

    @Test
    void theHrPagesNeedAnHrAccount() {
        assertThat(mvc.get().uri("/hr/pulses/{id}", pulse.getId()).exchange()).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/hr/pulses").exchange()).hasStatus3xxRedirection();
    }

    @Test
    void hrDeletesAPulseWithItsAnswers() {
        management.answer(pulse.token(), null, Answers.alike(1).get(0));
        MvcTestResult deleted = mvc.post().uri("/hr/pulses/{id}/delete", pulse.getId())
                .with(user("hr").roles("HR")).with(csrf()).exchange();
        assertThat(deleted).hasStatus3xxRedirection();
        assertThat(management.find(pulse.getId())).isEmpty();
        assertThat(stored()).isZero();
        assertThat(mvc.get().uri("/hr/pulses/{id}", pulse.getId()).with(user("hr").roles("HR")).exchange())
                .hasStatus(404);
    }

    @Test
    void theQrCodeDownloadsAsSvg() {
        MvcTestResult qr = mvc.get().uri("/hr/pulses/{id}/qr.svg", pulse.getId()).with(user("hr").roles("HR"))
                .exchange();
        assertThat(qr).hasStatusOk().hasContentType("image/svg+xml");
        assertThat(qr).bodyText().startsWith("<svg").contains("<path");
    }

    @Test
    void hrStartsAnAssessmentFromThePulseWithQuestions3And4Filled() {
        for (PulseAnswer answer : Answers.alike(5)) {
            management.answer(pulse.token(), null, answer);
        }
        MvcTestResult questionnaire = mvc.get().uri("/?network=Acme Engage&unit=Sales&pulse={id}", pulse.getId())
                .header("Accept-Language", "en").exchange();
        assertThat(questionnaire).hasStatusOk();
        assertThat(questionnaire).bodyText().contains("from the pulse", "combined answers of 5 employees",
                "value=\"KNOWLEDGE\" id=\"benefits4\" name=\"benefits\" checked", "value=\"70\"");

        MvcTestResult submitted = mvc.post().uri("/assessments").with(csrf())
                .param("network", "Acme Engage").param("unit", "Sales").param("employees", "40")
                .param("monthlyActiveUsers", "30").param("contentCreators", "6")
                .param("creatorsMostlyOfficial", "false").param("benefits", "KNOWLEDGE", "IDEAS")
                .param("improvement", "BETTER").param("workRelatedShare", "70")
                .param("pulse", pulse.getId().toString()).exchange();
        assertThat(submitted).hasStatus(303);
        String result = submitted.getResponse().getHeader("Location");
        assertThat(mvc.get().uri(result).header("Accept-Language", "en").exchange()).bodyText()
                .contains("from the pulse");
        assertThat(jdbc.sql("select pulse_responses from assessment where pulse_id = :id")
                .param("id", pulse.getId()).query(Integer.class).single()).isEqualTo(5);
    }
}
