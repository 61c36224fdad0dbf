package com.hivecheck.assessment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Classification;
import com.hivecheck.scoring.Quadrant;
import com.hivecheck.scoring.ScoringModels;
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

    private static final ScoringModel CLASSIFIER = ScoringModels.V2;

    /** The worked example of the domain description. */
    private static final Answers WORKED_EXAMPLE = new Answers(1000, 300, 4, true,
            EnumSet.of(Benefit.MARKET_INSIGHT, Benefit.BEST_PRACTICES, Benefit.IDEAS, Benefit.KNOWLEDGE), 95,
            Improvement.BETTER);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AssessmentManagement management;

    @BeforeEach
    void currentModelIsVersionTwo() {
        given(management.models()).willReturn(ScoringModels.standard());
    }

    @Test
    void namesTheTypeAndShowsBothScores() {
        stored(new Context("Acme Engage", "Sales", null), WORKED_EXAMPLE);

        String html = page("en");

        assertThat(html).contains("<title>Acme Engage · One-Actor Theater · HiveCheck</title>")
                .contains("<span class=\"result__type-name\" id=\"type-name\">One-Actor Theater</span>")
                .contains("A few official authors (internal comms, HR, a leader) produce the content; most employees "
                        + "only read, at best.")
                .contains("<strong id=\"involvement\">10</strong>")
                .contains("<strong id=\"benefit\">67</strong>")
                .contains("Scored with model version 2.")
                .doesNotContain("Close to a midline.", "id=\"model-compare\"", "and it is useful");
    }

    @Test
    void explainsEachScoreByItsDriversAgainstTheirBenchmarks() {
        stored(new Context("Acme Engage", "Sales", null), WORKED_EXAMPLE);

        String html = page("en");

        assertThat(html)
                .contains("30% of employees were active in the last month; full reach from 60% monthly active, "
                        + "this model’s own target.")
                .contains("0.4% of all employees create most of the content, and they are mostly official authors, "
                        + "which halves breadth; full breadth needs 10% of employees")
                .contains("Involvement is the geometric mean of reach and breadth: both are needed")
                .contains("50% of its target", "2% of its target")
                .contains("4 of the 8 benefits were observed in the last months.")
                .contains("Work got better after the network arrived; “much better” is full marks.")
                .contains("95% of posts and discussions are about work; full marks from 80%.")
                .contains("20 of 40 points", "27 of 40 points", "20 of 20 points")
                .doesNotContain("of 50 points");
    }

    @Test
    void saysWhatToDoNextForTheTypeAndTheWeakerAxis() {
        stored(new Context("Acme Engage", null, null), WORKED_EXAMPLE);

        String html = page("en");

        assertThat(html).contains("What to do next")
                .contains("<li>Turn broadcast into dialogue: leaders and comms answer questions and comments")
                .contains("<li>Build a champions program:")
                .contains("<li>Set a reply goal: questions answered within a working day, and 58% or more of posts "
                        + "getting a reply, which is the top 20% (SWOOP Analytics, Viva Engage benchmarking, 2022/23).")
                .contains("<li>Invite experts from the business units to own groups")
                .contains("What would change the type")
                .contains("99 main content creators instead of 4 would place it in Honey Apiary.")
                .doesNotContain("more points", "weaker axis");
    }

    @Test
    void ordersTheLeversBySmallestRelativeChangeAsPlainTargets() {
        // involvement 42: 421 active (+40%), 99 creators (+41%), or creators from the business (a whole change)
        stored(new Context("Acme Engage", null, null), new Answers(1000, 300, 70, true,
                EnumSet.of(Benefit.IDEAS, Benefit.KNOWLEDGE, Benefit.PARTNERS, Benefit.INVOLVEMENT), 50,
                Improvement.BETTER));

        String html = page("en");

        assertThat(html).containsSubsequence(
                "421 monthly active users instead of 300 would place it in Honey Apiary.",
                "99 main content creators instead of 70 would place it in Honey Apiary.",
                "Main creators mostly from the business units rather than official authors would place it in "
                        + "Honey Apiary.");
        assertThat(page("ru")).contains("Активных за месяц: 421 вместо 300 — и сеть окажется в квадрате «Медовая пасека».")
                .contains("Основных авторов: 99 вместо 70 — и сеть окажется в квадрате «Медовая пасека».");
    }

    @Test
    void saysWhenNoLeverIsNeeded() {
        stored(new Context("Acme Engage", null, null), new Answers(1000, 700, 150, false, EnumSet.allOf(Benefit.class),
                90, Improvement.MUCH_BETTER));

        assertThat(page("en")).contains("id=\"type-name\">Honey Apiary</span>")
                .contains("Both axes are at or above the midline. Nothing needs to move")
                .contains("<li>Watch the dependence on a few key contributors");
    }

    @Test
    void describesTheRenegadesVariantOfTheTheaterWithItsOwnAdvice() {
        // a few enthusiasts from the business, not official authors
        stored(new Context("Acme Engage", null, null), new Answers(1000, 300, 5, false,
                EnumSet.allOf(Benefit.class), 90, Improvement.BETTER));

        String html = page("en");

        assertThat(html).contains("id=\"type-name\">One-Actor Theater</span>")
                .contains("A variant of the Theater: the “renegades”")
                .contains("Your few main creators are not official authors.")
                .contains("make posting legitimate work. Managers endorse it openly, and time spent answering "
                        + "colleagues counts as work time.");
    }

    @Test
    void beginsTheDesertAdviceWithFindingOutWhyItDied() {
        stored(new Context("Acme Engage", null, null), new Answers(500, 480, 3, true, EnumSet.noneOf(Benefit.class),
                100, Improvement.NO_CHANGE));

        String html = page("en");

        assertThat(html).contains("id=\"type-name\">Desert</span>")
                .containsSubsequence("<ol class=\"steps\">", "<li>First find out why it died: five to ten interviews");
    }

    @Test
    void creditsTheArticleAndSaysTheScoringIsThisToolsReading() {
        stored(new Context("Acme Engage", null, null), WORKED_EXAMPLE);

        assertThat(page("en")).contains("Ekaterina Buzulukova’s article “What do corporate social networks mean for "
                + "you?”. Its diagram is not reproduced here: the axes and the scoring are this tool’s reading of it.");
        assertThat(page("ru")).contains("Екатерины Бузулуковой").contains("Её схема здесь не воспроизводится");
    }

    @Test
    void showsEachAnswerBesideItsBenchmark() {
        stored(new Context("Acme Engage", null, "Onboarding questions answered in a day"), WORKED_EXAMPLE);

        String html = page("en");

        assertThat(html).contains("300 of 1,000 employees active (30%)")
                .contains("4 people make most of the content (1.3% of active users, 0.4% of all employees)")
                .contains("mostly official authors")
                .contains("Full reach from 60% monthly active: this model’s own target.")
                .contains("90-9-1 rule (Nielsen, 2006): of all members")
                .contains("an estimate of potential (McKinsey Global Institute, 2012)")
                .contains("Gartner predicted in 2013 that through 2015, 80% of social business efforts")
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
                .contains("<desc id=\"result-chart-desc\">Acme Engage scores 10 on involvement and 67 on business "
                        + "benefit, which places it in the One-Actor Theater quadrant.</desc>")
                .containsPattern("<text class=\"quadrant-chart__name\"[^>]*>Desert</text>")
                .containsPattern("<text class=\"quadrant-chart__name\"[^>]*>Flood Room</text>")
                .containsPattern("<text class=\"quadrant-chart__name\"[^>]*>One-Actor Theater</text>")
                .containsPattern("<text class=\"quadrant-chart__name\"[^>]*>Honey Apiary</text>")
                .contains("Involvement →", "Business benefit →")
                .contains("<title>Acme Engage (10, 67)</title>")
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
                .contains("Активны за последний месяц: 30% сотрудников.")
                .contains("Основной контент создают 0,4% всех сотрудников, в основном официальные авторы")
                .contains("Активных сотрудников: 300 из 1\u00a0000 (30%)")
                .contains("Основных авторов: 4 (1,3% активных пользователей, 0,4% всех сотрудников)")
                .contains("Широта участия")
                .contains("Баллов: 20 из 40")
                .contains("Что делать дальше")
                .contains("Превратите вещание в диалог")
                .contains("Сеть «Acme Engage»: вовлечённость — 10 из 100, польза для бизнеса — 67 из 100. "
                        + "Это квадрант «Театр одного актёра».")
                .containsPattern(">Пустыня</text>").containsPattern(">Флудилка</text>")
                .containsPattern(">Медовая пасека</text>")
                .contains(">Оценить снова</a>");
    }

    @Test
    void headlinesABorderlinePointAsBetweenTwoTypes() {
        // the validation case of domain.md: involvement 50 (borderline), benefit 67
        stored(new Context("Acme Engage", null, null), new Answers(800, 480, 20, false,
                EnumSet.of(Benefit.IDEAS, Benefit.KNOWLEDGE, Benefit.PARTNERS, Benefit.INVOLVEMENT), 80,
                Improvement.BETTER));

        String html = page("en");

        assertThat(html).contains("Your network is between</span>")
                .contains("id=\"type-name\">Honey Apiary and One-Actor Theater</span>")
                .contains("Close to a midline.")
                .contains("The point lies within 5 points of a midline: it is placed in Honey Apiary")
                .doesNotContain("Your network is</span>", "a few points");
        assertThat(page("ru")).contains("Ваша сеть — между типами</span>")
                .contains("id=\"type-name\">«Медовая пасека» и «Театр одного актёра»</span>");
    }

    @Test
    void headlinesAPointNearTheCentreAsAmongAllFourTypes() {
        // the validation case of domain.md: involvement 49, benefit 46, both borderline
        stored(new Context("Acme Engage", null, null), new Answers(1200, 700, 30, false,
                EnumSet.of(Benefit.IDEAS, Benefit.KNOWLEDGE, Benefit.PARTNERS), 70, Improvement.SLIGHTLY_BETTER));

        String html = page("en");

        assertThat(html).contains("Your network is near the center, among</span>")
                .contains("id=\"type-name\">Desert, Flood Room, One-Actor Theater and Honey Apiary</span>");
    }

    @Test
    void explainsAModelOneAssessmentWithModelOneBesideWhatModelTwoSays() {
        Assessment assessment = new Assessment(ID, Instant.parse("2025-01-02T03:04:05Z"),
                new Context("Acme Engage", null, null), WORKED_EXAMPLE, ScoringModels.V1.classify(WORKED_EXAMPLE));
        given(management.find(ID)).willReturn(Optional.of(assessment));

        String html = page("en");

        assertThat(html).contains("<strong id=\"involvement\">27</strong>", "<strong id=\"benefit\">69</strong>")
                .contains("Scored with model version 1.")
                .contains("1.3% of active users create most of the content, and they are mostly official authors, "
                        + "which halves breadth; model 1 gave full breadth from 20% of active users.")
                .contains("25 of 50 points", "30 of 40 points", "19 of 20 points")
                .contains("This assessment was scored with model version 1: it keeps those scores and that type")
                .contains("Model version 2 now scores new assessments")
                .contains("As scored then (model 1)", "Involvement 27, benefit 69: One-Actor Theater")
                .contains("Under the current model (2)", "Involvement 10, benefit 67: One-Actor Theater")
                .contains("The current model places it in the same type.")
                .contains("aria-labelledby=\"current-chart-title current-chart-desc\"")
                .contains("99 main content creators instead of 4 would place it in Honey Apiary.")
                .contains("These targets use the current model, version 2.");
        assertThat(page("ru")).contains("Как оценено тогда (модель 1)", "По текущей модели (2)")
                .contains("Ничего не пересчитано.");
    }

    @Test
    void keepsTheScoresOfAModelTheAppNoLongerKnows() {
        Classification old = new Classification(28, 69, Quadrant.ONE_ACTOR_THEATER, List.of(), List.of(), true, "0.9",
                List.of());
        Assessment assessment = new Assessment(ID, Instant.parse("2025-01-02T03:04:05Z"),
                new Context("Acme Engage", null, null), WORKED_EXAMPLE, old);
        given(management.find(ID)).willReturn(Optional.of(assessment));

        String html = page("en");

        assertThat(html).contains("<strong id=\"involvement\">28</strong>")
                .contains("Scored with model version 0.9.")
                .contains("which this app no longer knows, so its scores cannot be explained here")
                .contains("Involvement 10, benefit 67: One-Actor Theater")
                .doesNotContain("of 40 points", "of 50 points");
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
                .contains("<desc id=\"result-chart-desc\">&lt;script&gt;alert(1)&lt;/script&gt; scores 10")
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
