package com.hivecheck.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.hivecheck.assessment.ActivityEvidence;
import com.hivecheck.assessment.Assessment;
import com.hivecheck.assessment.Assessments;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * From an export to a stored assessment: the fill link puts the figures into questions 1 and 2 with a "from data"
 * badge, and the result page and the stored assessment keep the evidence only for numbers that still equal it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class FillFromDataTest {

    private static final Pattern FILL = Pattern.compile("id=\"fill-network\"\\s+href=\"(/\\?[^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Assessments assessments;

    private String fillLink;
    private String token;

    @BeforeEach
    void importTheExport() throws Exception {
        MvcTestResult upload = mvc.post().uri("/imports").multipart()
                .file(new MockMultipartFile("file", "activity.csv", "text/csv",
                        ActivityFiles.tenMakeNinetyPercent().getBytes(StandardCharsets.UTF_8)))
                .param("network", "Acme Engage").with(csrf()).exchange();
        String results = mvc.get().uri(upload.getResponse().getRedirectedUrl()).locale(Locale.ENGLISH).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher fill = FILL.matcher(results);
        assertThat(fill.find()).as("fill link on the results page").isTrue();
        fillLink = fill.group(1).replace("&amp;", "&");
        token = fillLink.substring(fillLink.indexOf("evidence=") + "evidence=".length());
    }

    @Test
    void theFillLinkPutsTheFiguresIntoQuestionsOneAndTwoMarkedFromData() {
        assertThat(mvc.get().uri(java.net.URI.create(fillLink)).locale(Locale.ENGLISH)).hasStatusOk().bodyText()
                .contains("value=\"Acme Engage\"", "name=\"employees\" value=\"1000\"",
                        "name=\"monthlyActiveUsers\" value=\"1000\"", "name=\"contentCreators\" value=\"9\"",
                        "id=\"employees-from-data\"", "id=\"monthlyActiveUsers-from-data\"",
                        "id=\"contentCreators-from-data\"", "name=\"evidence\" value=\"" + token + "\"",
                        "Questions 1 and 2 were filled in from an activity export: 1,000 people");
    }

    @Test
    void anAssessmentFromUnchangedFiguresIsMarkedFromDataAndKeepsTheAggregates() throws Exception {
        MvcTestResult submitted = submit(1000, 1000, 9, token);
        assertThat(submitted).hasStatus(HttpStatus.SEE_OTHER);
        String location = submitted.getResponse().getRedirectedUrl();
        Assessment assessment = assessments.findById(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
                .orElseThrow();
        assertThat(assessment.fromData().all()).isTrue();
        ActivityEvidence evidence = assessment.getEvidence().orElseThrow();
        assertThat(evidence.source()).isEqualTo(ExportFormat.GENERIC);
        assertThat(evidence.referenceDate()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(evidence.windowDays()).isEqualTo(30);
        assertThat(evidence.lurkers()).isEqualTo(890);
        assertThat(evidence.occasional()).isEqualTo(101);
        assertThat(evidence.core()).isEqualTo(9);
        assertThat(evidence.unit()).isNull();

        assertThat(mvc.get().uri(location).locale(Locale.ENGLISH)).hasStatusOk().bodyText()
                .contains("id=\"q1-from-data\"", "id=\"q2-from-data\"", ">from data<",
                        "From an activity export (generic format): 1,000 people, window of 30 days up to 31 May 2026",
                        "890 lurkers, 101 occasional contributors and 9 core creators")
                .doesNotContain("partly from data");
    }

    @Test
    void aChangedNumberNoLongerCountsAsFromData() throws Exception {
        String location = submit(1200, 1000, 9, token).getResponse().getRedirectedUrl();
        Assessment assessment = assessments.findById(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
                .orElseThrow();
        ActivityEvidence.FromData fromData = assessment.fromData();
        assertThat(fromData.employees()).isFalse();
        assertThat(fromData.monthlyActiveUsers()).isTrue();
        assertThat(fromData.contentCreators()).isTrue();
        assertThat(fromData.all()).isFalse();
        assertThat(mvc.get().uri(location).locale(Locale.ENGLISH)).bodyText()
                .contains("partly from data", "id=\"q2-from-data\"");
    }

    @Test
    void answersThatAllDifferOrAnUnknownTokenStoreNoEvidence() throws Exception {
        for (String evidence : new String[] {token, "unknown.0"}) {
            String location = submit(500, 400, 40, evidence).getResponse().getRedirectedUrl();
            Assessment assessment = assessments.findById(
                    UUID.fromString(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
            assertThat(assessment.getEvidence()).isEmpty();
            assertThat(mvc.get().uri(location).locale(Locale.ENGLISH)).bodyText().doesNotContain("from data");
        }
    }

    @Test
    void aQuestionnaireShownAgainWithErrorsKeepsTheBadgesOfUnchangedNumbers() {
        assertThat(mvc.post().uri("/assessments").with(csrf()).locale(Locale.ENGLISH)
                .param("network", "Acme Engage").param("employees", "1000").param("monthlyActiveUsers", "999")
                .param("contentCreators", "9").param("evidence", token).exchange())
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyText()
                .contains("id=\"employees-from-data\"", "id=\"contentCreators-from-data\"")
                .doesNotContain("id=\"monthlyActiveUsers-from-data\"");
    }

    private MvcTestResult submit(int employees, int active, int creators, String evidence) {
        return mvc.post().uri("/assessments").with(csrf()).locale(Locale.ENGLISH)
                .param("network", "Acme Engage").param("employees", String.valueOf(employees))
                .param("monthlyActiveUsers", String.valueOf(active)).param("contentCreators", String.valueOf(creators))
                .param("creatorsMostlyOfficial", "false").param("benefits", "KNOWLEDGE", "IDEAS")
                .param("workRelatedShare", "80").param("improvement", "BETTER").param("evidence", evidence)
                .exchange();
    }
}
