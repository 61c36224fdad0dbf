package com.hivecheck.assessment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Classifier;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.ScoringModel;
import com.hivecheck.security.WebSecurityForSlices;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The result page as its reader sees it. The friendly 404 page itself is rendered by the servlet container, which
 * MockMvc does not run; {@code AssessmentFlowTest} checks it over real HTTP.
 */
@WebMvcTest(ResultController.class)
@Import(WebSecurityForSlices.class)
class ResultControllerTest {

    private static final UUID ID = UUID.fromString("0b6f1c3a-4d2e-4f8a-9b7c-1d2e3f4a5b6c");

    private static final Classifier CLASSIFIER = new Classifier(ScoringModel.reference());

    /** The worked example of the domain description. */
    private static final Answers WORKED_EXAMPLE = new Answers(1000, 300, 4, true,
            EnumSet.of(Benefit.MARKET_INSIGHT, Benefit.BEST_PRACTICES, Benefit.IDEAS, Benefit.KNOWLEDGE), 95,
            Improvement.BETTER);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AssessmentManagement management;

    @BeforeEach
    void currentModelIsTheReference() {
        given(management.model()).willReturn(ScoringModel.reference());
        given(management.explain(any())).willAnswer(call -> CLASSIFIER.classify(call.<Assessment>getArgument(0).answers()));
        given(management.neighbours(any())).willAnswer(call -> {
            Assessment assessment = call.getArgument(0);
            return assessment.isBorderline()
                    ? CLASSIFIER.neighbours(assessment.getInvolvement(), assessment.getBenefit())
                    : List.of();
        });
    }

    @Test
    void namesTheTypeAndShowsBothScores() {
        stored(new Context("Acme Engage", "Sales", null), WORKED_EXAMPLE);

        String html = page("en");

        assertThat(html).contains("<title>Acme Engage · One-Actor Theater · HiveCheck</title>")
                .contains("<span class=\"result__type-name\" id=\"type-name\">One-Actor Theater</span>")
                .contains("A few official voices (internal comms, HR, a leader) produce the content")
                .contains("<strong id=\"involvement\">27</strong>")
                .contains("<strong id=\"benefit\">69</strong>")
                .contains("Scored with model version 1.")
                .doesNotContain("Close to a line.", "The drivers are explained with the current model");
    }

    @Test
    void explainsEachScoreByItsDriversAgainstTheirBenchmarks() {
        stored(new Context("Acme Engage", "Sales", null), WORKED_EXAMPLE);

        String html = page("en");

        assertThat(html)
                .contains("30% of employees were active in the last month; a healthy network has 60% or more.")
                .contains("1.3% of active users create most of the content, and they are mostly official voices, "
                        + "which halves breadth")
                .contains("4 of the 8 benefits were observed in the last months.")
                .contains("Work got better after the network arrived; “much better” is full marks.")
                .contains("95% of posts and discussions are about work")
                .contains("25 of 50 points", "20 of 40 points", "30 of 40 points", "19 of 20 points");
    }

    @Test
    void saysWhatToDoNextForTheTypeAndTheWeakerAxis() {
        stored(new Context("Acme Engage", null, null), WORKED_EXAMPLE);

        String html = page("en");

        assertThat(html).contains("What to do next")
                .contains("<li>Turn broadcast into dialogue: leaders and comms answer questions and comments")
                .contains("<li>Build a champions programme")
                .contains("<li>Set a response-rate goal")
                .contains("<li>Invite experts from the business to own groups")
                .contains("The weaker axis is Involvement. The biggest lever there:")
                .contains("<strong>Breadth of creators</strong>")
                .contains("Up to 48 more points.");
    }

    @Test
    void showsEachAnswerBesideItsBenchmark() {
        stored(new Context("Acme Engage", null, "Onboarding questions answered in a day"), WORKED_EXAMPLE);

        String html = page("en");

        assertThat(html).contains("300 of 1,000 employees active (30%)")
                .contains("4 people make most of the content (1.3% of active users)")
                .contains("mostly official voices")
                .contains("60% monthly active gives full reach.")
                .contains("<blockquote class=\"example\">Onboarding questions answered in a day</blockquote>");
        assertThat(count(html, "<li class=\"is-observed\">")).isEqualTo(4);
        assertThat(count(html, "<li class=\"is-missing\">")).isEqualTo(4);
    }

    @Test
    void drawsAnAccessibleQuadrantChartWithThePoint() {
        stored(new Context("Acme Engage", "Sales", null), WORKED_EXAMPLE);

        String html = page("en");

        assertThat(html).contains("<svg class=\"quadrant-chart\" role=\"img\"")
                .contains("aria-labelledby=\"result-chart-title result-chart-desc\"")
                .contains("<title id=\"result-chart-title\">Quadrant chart: involvement against benefit</title>")
                .contains("<desc id=\"result-chart-desc\">Acme Engage scores 27 on involvement and 69 on business "
                        + "benefit, which places it in the One-Actor Theater quadrant.</desc>")
                .containsPattern("<text class=\"quadrant-chart__name\"[^>]*>Desert</text>")
                .containsPattern("<text class=\"quadrant-chart__name\"[^>]*>Flood Room</text>")
                .containsPattern("<text class=\"quadrant-chart__name\"[^>]*>One-Actor Theater</text>")
                .containsPattern("<text class=\"quadrant-chart__name\"[^>]*>Honey Apiary</text>")
                .contains("Involvement →", "Business benefit →")
                .contains("<title>Acme Engage (27, 69)</title>")
                .containsPattern("<text class=\"quadrant-chart__label\"[^>]*>Acme Engage</text>");
    }

    @Test
    void linksToAssessAgainWithTheSameNetworkAndUnit() {
        stored(new Context("Acme Engage", "Sales & Marketing", null), WORKED_EXAMPLE);

        assertThat(page("en")).contains("href=\"/?network=Acme%20Engage&amp;unit=Sales%20%26%20Marketing\">Assess again</a>");
    }

    @Test
    void linksToAssessAgainWithoutAUnitWhenThereWasNone() {
        stored(new Context("Acme Engage", null, null), WORKED_EXAMPLE);

        assertThat(page("en")).containsPattern("href=\"/\\?network=Acme%20Engage(&amp;unit=)?\">Assess again</a>");
    }

    @Test
    void showsTheWholePageInRussian() {
        stored(new Context("Acme Engage", "Продажи", null), WORKED_EXAMPLE);

        String html = page("ru");

        assertThat(html).contains("<html lang=\"ru\">")
                .contains("id=\"type-name\">Театр одного актёра</span>")
                .contains("За последний месяц были активны 30% сотрудников; в здоровой сети — 60% и больше.")
                .contains("1,3% активных пользователей создают основной контент")
                .contains("Что делать дальше")
                .contains("Превратите вещание в диалог")
                .contains("Сеть «Acme Engage»: вовлечённость — 27 из 100, польза для бизнеса — 69 из 100. "
                        + "Это квадрант «Театр одного актёра».")
                .containsPattern(">Пустыня</text>").containsPattern(">Флудилка</text>")
                .containsPattern(">Медовая пасека</text>")
                .contains(">Оценить снова</a>");
    }

    @Test
    void namesTheNeighbouringTypesOfABorderlinePoint() {
        // 30% active, 10% creators: involvement exactly 50; 4 benefits, slightly better, half about work: benefit 50
        stored(new Context("Acme Engage", null, null), new Answers(1000, 300, 30, false,
                EnumSet.of(Benefit.IDEAS, Benefit.KNOWLEDGE, Benefit.PARTNERS, Benefit.INVOLVEMENT), 50,
                Improvement.SLIGHTLY_BETTER));

        String html = page("en");

        assertThat(html).contains("id=\"type-name\">Honey Apiary</span>")
                .contains("Close to a line.")
                .contains("<strong>One-Actor Theater</strong>", "<strong>Flood Room</strong>", "<strong>Desert</strong>");
    }

    @Test
    void keepsTheStoredScoresWhenTheModelHasChangedSince() {
        ScoringModel old = new ScoringModel("0.9", 0.60, 0.20, 1.0, 0.5, 0.5, 0.4, 0.4, 0.2, 50, 5);
        Assessment assessment = new Assessment(ID, Instant.parse("2025-01-02T03:04:05Z"),
                new Context("Acme Engage", null, null), WORKED_EXAMPLE, new Classifier(old).classify(WORKED_EXAMPLE));
        given(management.find(ID)).willReturn(Optional.of(assessment));

        String html = page("en");

        assertThat(html).contains("<strong id=\"involvement\">28</strong>")
                .contains("Scored with model version 0.9.")
                .contains("The drivers are explained with the current model, version 1;");
    }

    @Test
    void showsWhatWasTypedAsText() {
        stored(new Context("<script>alert(1)</script>", "\"><img src=x onerror=alert(2)>",
                "<b>bold</b><script>alert(3)</script>"), WORKED_EXAMPLE);

        String html = page("en");

        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<b>bold</b>")
                .contains("<span>&lt;script&gt;alert(1)&lt;/script&gt;</span>")
                .contains("<span>&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</span>")
                .contains("&lt;b&gt;bold&lt;/b&gt;&lt;script&gt;alert(3)&lt;/script&gt;</blockquote>")
                .contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; · One-Actor Theater · HiveCheck</title>")
                .contains("<desc id=\"result-chart-desc\">&lt;script&gt;alert(1)&lt;/script&gt; scores 27")
                .containsPattern("<text class=\"quadrant-chart__label\"[^>]*>&lt;script&gt;alert\\(1\\)&lt;/script&gt;</text>")
                .containsPattern("href=\"/\\?network=%3Cscript%3Ealert\\(1\\)%3C/script%3E&amp;unit=%22%3E%3Cimg[^\"]*\"");
    }

    @Test
    void answersNotFoundForAnUnknownId() {
        given(management.find(any())).willReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri("/assessments/{id}", UUID.randomUUID()).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(html(result)).doesNotContain("Exception", "at com.hivecheck");
    }

    static Stream<String> malformedIds() {
        return Stream.of("abc", "1' or 1=1", "0b6f1c3a-4d2e-4f8a-9b7c-1d2e3f4a5b6cc",
                "0b6f1c3a4d2e4f8a9b7c1d2e3f4a5b6c", "{0b6f1c3a-4d2e-4f8a-9b7c-1d2e3f4a5b6c}", "-1", "x".repeat(500));
    }

    /** Ids with characters that Spring Security's firewall refuses before any controller runs. */
    static Stream<String> refusedIds() {
        return Stream.of("1; drop table assessment", "%00", "a%2Fb");
    }

    @ParameterizedTest
    @MethodSource("refusedIds")
    void answersBadRequestForAnIdTheFirewallRefuses(String id) {
        MvcTestResult result = mvc.get().uri("/assessments/{id}", id).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(html(result)).doesNotContain("Exception", "at com.hivecheck");
        then(management).should(never()).find(any());
    }

    @ParameterizedTest
    @MethodSource("malformedIds")
    void answersNotFoundForAMalformedIdWithoutLookingItUp(String id) {
        MvcTestResult result = mvc.get().uri("/assessments/{id}", id).header(HttpHeaders.ACCEPT_LANGUAGE, "ru").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(html(result)).doesNotContain("Exception", "at com.hivecheck");
        then(management).should(never()).find(any());
    }

    private void stored(Context context, Answers answers) {
        Assessment assessment = new Assessment(ID, Instant.parse("2026-05-01T10:15:30.123456Z"), context, answers,
                CLASSIFIER.classify(answers));
        given(management.find(ID)).willReturn(Optional.of(assessment));
    }

    private String page(@Nullable String language) {
        MvcTestResult result = mvc.get().uri("/assessments/{id}", ID).header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .exchange();
        assertThat(result).hasStatusOk();
        return html(result);
    }

    private static String html(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), UTF_8);
    }

    private static int count(String html, String fragment) {
        return html.split(Pattern.quote(fragment), -1).length - 1;
    }
}
