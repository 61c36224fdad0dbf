package com.hivecheck.assessment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.ScoringModels;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.ScoringModel;
import com.hivecheck.security.WebSecurityForSlices;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The questionnaire page as a browser sees it: what it shows, what a valid answer does, and how mistakes are shown. */
@WebMvcTest(QuestionnaireController.class)
@Import(WebSecurityForSlices.class)
class QuestionnaireControllerTest {

    private static final UUID STORED_ID = UUID.fromString("3f2b8c1e-7d4a-4e4b-9c1a-2b5d6e7f8a90");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AssessmentManagement management;

    // --- The blank questionnaire ------------------------------------------------------------------------------

    @Test
    void showsTheFourNumberedQuestions() {
        String html = page(mvc.get().uri("/"));

        assertThat(html)
                .contains("<span class=\"q-number\">1</span><span>What share of employees are active users?</span>")
                .contains("<span class=\"q-number\">2</span><span>How many people generate the main content?</span>")
                .contains("<span class=\"q-number\">3</span><span>Does the network bring the company benefits?</span>")
                .contains("<span class=\"q-number\">4</span><span>Does it help solve the organization’s problems?</span>")
                .contains("Active means logged in at least once in the last 30 days.")
                .contains("<form class=\"form\" action=\"/assessments\" method=\"post\"");
        assertThat(html.indexOf("q-number\">1<")).isLessThan(html.indexOf("q-number\">2<"));
        assertThat(html.indexOf("q-number\">3<")).isLessThan(html.indexOf("q-number\">4<"));
    }

    @Test
    void offersTheEightBenefitsAsACheckListAndTheFiveImprovementsAsRadioButtons() {
        String html = page(mvc.get().uri("/"));

        for (Benefit benefit : Benefit.values()) {
            assertThat(html).contains("<input type=\"checkbox\" value=\"" + benefit + "\"");
            assertThat(Html.isChecked(html, "benefits", benefit.name())).isFalse();
        }
        assertThat(html).contains("Market insight", "Best practices", "Ideas put to work", "Knowledge base",
                "Faster teamwork", "Involvement", "Customer service", "Partner work");
        assertThat(count(html, "type=\"checkbox\"")).isEqualTo(8);

        int previous = -1;
        for (Improvement improvement : Improvement.values()) {
            int position = html.indexOf("<input type=\"radio\" value=\"" + improvement + "\"");
            assertThat(position).as(improvement.name()).isGreaterThan(previous);
            previous = position;
        }
        assertThat(count(html, "name=\"improvement\"")).isEqualTo(5);
        assertThat(html).contains("Worse", "No change", "Slightly better", "Better", "Much better");
    }

    @Test
    void showsTheQuestionsInRussianForARussianBrowser() {
        String html = page(mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "ru-RU,ru;q=0.9,en;q=0.5"));

        assertThat(html).contains("<html lang=\"ru\">")
                .contains("Какая доля сотрудников — активные пользователи?")
                .contains("Медовая пасека")
                .contains("Знание рынка")
                .contains("Намного лучше");
    }

    @Test
    void prefillsNetworkAndUnitFromTheAssessAgainLink() {
        String html = page(mvc.get().uri("/").param("network", "Acme Engage").param("unit", "Sales & Marketing"));

        assertThat(Html.inputValue(html, "network")).isEqualTo("Acme Engage");
        assertThat(Html.inputValue(html, "unit")).isEqualTo("Sales &amp; Marketing");
        assertThat(Html.inputValue(html, "employees")).isEmpty();
    }

    @Test
    void carriesACsrfTokenInTheForm() {
        assertThat(page(mvc.get().uri("/"))).containsPattern("<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]{20,}\"");
    }

    @Test
    void remembersTheLanguagePickedWithTheSwitch() {
        MvcTestResult switched = mvc.get().uri("/").param("lang", "ru").exchange();

        assertThat(switched).hasStatusOk().cookies().containsCookie("lang");
        assertThat(switched.getResponse().getCookie("lang").getValue()).isEqualTo("ru");
        String later = page(mvc.get().uri("/").cookie(switched.getResponse().getCookie("lang"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        assertThat(later).contains("<html lang=\"ru\">", "В каком квадрате ваша корпоративная сеть?");
    }

    // --- A valid answer -------------------------------------------------------------------------------------------

    @Test
    void storesAValidAnswerAndRedirectsToItsResult() {
        given(management.submit(any(), any())).willReturn(stored());

        MvcTestResult result = mvc.post().uri("/assessments").with(csrf()).params(toParams(validForm())).exchange();

        assertThat(result).hasStatus(HttpStatus.SEE_OTHER).hasRedirectedUrl("/assessments/" + STORED_ID);
        ArgumentCaptor<Context> context = ArgumentCaptor.forClass(Context.class);
        ArgumentCaptor<Answers> answers = ArgumentCaptor.forClass(Answers.class);
        then(management).should().submit(context.capture(), answers.capture());
        assertThat(context.getValue()).isEqualTo(new Context("Acme Engage", "Sales", "Onboarding questions answered in a day"));
        assertThat(answers.getValue()).isEqualTo(new Answers(1000, 300, 4, true,
                EnumSet.of(Benefit.MARKET_INSIGHT, Benefit.BEST_PRACTICES, Benefit.IDEAS, Benefit.KNOWLEDGE), 95,
                Improvement.BETTER));
    }

    @Test
    void acceptsAnAnswerWithNoBenefitsTicked() {
        given(management.submit(any(), any())).willReturn(stored());
        Map<String, List<String>> form = validForm();
        form.remove("benefits");
        form.put("_benefits", List.of("on"));

        assertThat(mvc.post().uri("/assessments").with(csrf()).params(toParams(form))).hasStatus(HttpStatus.SEE_OTHER);
        ArgumentCaptor<Answers> answers = ArgumentCaptor.forClass(Answers.class);
        then(management).should().submit(any(), answers.capture());
        assertThat(answers.getValue().benefits()).isEmpty();
    }

    @Test
    void acceptsNumbersTypedWithSpacesBetweenDigitGroups() {
        given(management.submit(any(), any())).willReturn(stored());
        Map<String, List<String>> form = validForm();
        form.put("employees", List.of("1 000"));
        form.put("monthlyActiveUsers", List.of(" 300 "));

        assertThat(mvc.post().uri("/assessments").with(csrf()).params(toParams(form))).hasStatus(HttpStatus.SEE_OTHER);
        ArgumentCaptor<Answers> answers = ArgumentCaptor.forClass(Answers.class);
        then(management).should().submit(any(), answers.capture());
        assertThat(answers.getValue().employees()).isEqualTo(1000);
        assertThat(answers.getValue().monthlyActiveUsers()).isEqualTo(300);
    }

    @Test
    void refusesAPostWithoutTheCsrfToken() {
        assertThat(mvc.post().uri("/assessments").params(toParams(validForm()))).hasStatus(HttpStatus.FORBIDDEN);

        then(management).should(never()).submit(any(), any());
    }

    // --- Mistakes ---------------------------------------------------------------------------------------------

    enum Language {
        ENGLISH, RUSSIAN_BROWSER, RUSSIAN_SWITCH
    }

    /**
     * One mistake in an otherwise valid answer.
     *
     * @param field the field that gets the message
     * @param value what is typed there, or {@code null} for nothing sent at all
     * @param consequence another field that rightly gets a message too, such as active users above zero employees
     */
    record Mistake(String description, String field, @Nullable String value, String english, String russian,
            @Nullable String consequence) {

        Mistake(String description, String field, @Nullable String value, String english, String russian) {
            this(description, field, value, english, russian, null);
        }

        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<Mistake> mistakes() {
        return Stream.of(
                new Mistake("blank network", "network", "   ", "Name the network or organization.",
                        "Укажите сеть или организацию."),
                new Mistake("121-character network", "network", "N".repeat(121), "This text is too long. Shorten it.",
                        "Текст слишком длинный. Сократите его."),
                new Mistake("121-character unit", "unit", "U".repeat(121), "This text is too long. Shorten it.",
                        "Текст слишком длинный. Сократите его."),
                new Mistake("2001-character example", "example", "e".repeat(2001),
                        "This text is too long. Shorten it.", "Текст слишком длинный. Сократите его."),
                new Mistake("no employees", "employees", "0", "Enter a whole number from 1 to 10,000,000.",
                        "Введите целое число от 1 до 10 000 000.", "monthlyActiveUsers"),
                new Mistake("10^13 employees", "employees", "10000000000000",
                        "Enter a whole number from 1 to 10,000,000.", "Введите целое число от 1 до 10 000 000."),
                new Mistake("letters for employees", "employees", "abc",
                        "Enter a whole number, without spaces or letters.", "Введите целое число без пробелов и букв."),
                new Mistake("a fraction of employees", "employees", "12.5",
                        "Enter a whole number, without spaces or letters.", "Введите целое число без пробелов и букв."),
                new Mistake("employees with a thousands comma", "employees", "1,000",
                        "Enter a whole number, without spaces or letters.", "Введите целое число без пробелов и букв."),
                new Mistake("empty employees", "employees", "", "Required: enter a whole number.",
                        "Обязательное поле: введите целое число."),
                new Mistake("10^13 active users", "monthlyActiveUsers", "10000000000000",
                        "Enter a whole number from 0 to 10,000,000.", "Введите целое число от 0 до 10 000 000."),
                new Mistake("negative active users", "monthlyActiveUsers", "-1",
                        "Enter zero or a positive whole number.", "Введите ноль или положительное целое число.",
                        "contentCreators"),
                new Mistake("more active users than employees", "monthlyActiveUsers", "1001",
                        "Active users cannot exceed the employees with access.",
                        "Активных пользователей не может быть больше, чем сотрудников с доступом."),
                new Mistake("more creators than active users", "contentCreators", "301",
                        "Content creators cannot exceed the active users.",
                        "Основных авторов не может быть больше, чем активных пользователей."),
                new Mistake("work share of 101%", "workRelatedShare", "101", "Enter a percentage from 0 to 100.",
                        "Введите процент от 0 до 100."),
                new Mistake("negative work share", "workRelatedShare", "-1", "Enter a percentage from 0 to 100.",
                        "Введите процент от 0 до 100."),
                new Mistake("no improvement chosen", "improvement", null, "Choose one answer.",
                        "Выберите один из ответов."),
                new Mistake("official voices not answered", "creatorsMostlyOfficial", null, "Choose one answer.",
                        "Выберите один из ответов."));
    }

    static Stream<Arguments> mistakesInEachLanguage() {
        return mistakes().flatMap(mistake -> Stream.of(Language.values()).map(language -> Arguments.of(mistake, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("mistakesInEachLanguage")
    void redisplaysAMistakeNextToItsFieldKeepingEverythingTyped(Mistake mistake, Language language) {
        Map<String, List<String>> form = validForm();
        if (mistake.value() == null) {
            form.remove(mistake.field());
        } else {
            form.put(mistake.field(), List.of(mistake.value()));
        }
        MockMvcRequestBuilder request = mvc.post().uri("/assessments").with(csrf()).params(toParams(form));
        switch (language) {
            case ENGLISH -> request.header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.8");
            case RUSSIAN_BROWSER -> request.header(HttpHeaders.ACCEPT_LANGUAGE, "ru-RU,ru;q=0.9");
            case RUSSIAN_SWITCH -> request.param("lang", "ru").header(HttpHeaders.ACCEPT_LANGUAGE, "en");
        }

        MvcTestResult result = request.exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName(QuestionnaireController.VIEW);
        String html = html(result);
        String expected = language == Language.ENGLISH ? mistake.english() : mistake.russian();
        assertThat(Html.fieldErrors(html, mistake.field())).contains(expected);
        for (String other : List.of("network", "unit", "employees", "monthlyActiveUsers", "contentCreators",
                "workRelatedShare", "example", "improvement", "creatorsMostlyOfficial")) {
            if (!other.equals(mistake.field()) && !other.equals(mistake.consequence())) {
                assertThat(Html.fieldErrors(html, other)).as("errors on " + other).isEmpty();
            }
        }
        assertThat(html).contains(language == Language.ENGLISH
                ? "Some answers need a second look." : "Некоторые ответы нужно проверить.");
        assertTypedValuesKept(html, form, mistake);
        then(management).should(never()).submit(any(), any());
    }

    @Test
    void reportsEveryMistakeAtOnce() {
        MvcTestResult result = mvc.post().uri("/assessments").with(csrf()).param("network", "").exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        String html = html(result);
        assertThat(Html.fieldError(html, "network")).isEqualTo("Name the network or organization.");
        for (String number : List.of("employees", "monthlyActiveUsers", "contentCreators", "workRelatedShare")) {
            assertThat(Html.fieldError(html, number)).as(number).isEqualTo("Required: enter a whole number.");
        }
        assertThat(Html.fieldError(html, "improvement")).isEqualTo("Choose one answer.");
        assertThat(Html.fieldError(html, "creatorsMostlyOfficial")).isEqualTo("Choose one answer.");
        then(management).should(never()).submit(any(), any());
    }

    @Test
    void showsTypedMarkupAsTextOnTheRedisplayedForm() {
        Map<String, List<String>> form = validForm();
        form.put("network", List.of("<script>alert(1)</script>"));
        form.put("unit", List.of("\"><img src=x onerror=alert(2)>"));
        form.put("example", List.of("</textarea><script>alert(3)</script>"));
        form.put("employees", List.of("0"));

        MvcTestResult result = mvc.post().uri("/assessments").with(csrf()).params(toParams(form)).exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        String html = html(result);
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "</textarea><script>");
        assertThat(Html.inputValue(html, "network")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Html.inputValue(html, "unit")).isEqualTo("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
        assertThat(Html.textareaText(html, "example")).isEqualTo("&lt;/textarea&gt;&lt;script&gt;alert(3)&lt;/script&gt;");
        then(management).should(never()).submit(any(), any());
    }

    // --- Helpers --------------------------------------------------------------------------------------------------

    private static void assertTypedValuesKept(String html, Map<String, List<String>> form, Mistake mistake) {
        for (String input : List.of("network", "unit", "employees", "monthlyActiveUsers", "contentCreators",
                "workRelatedShare")) {
            String typed = form.containsKey(input) ? form.get(input).get(0) : "";
            assertThat(Html.inputValue(html, input)).as(input).isEqualTo(typed);
        }
        assertThat(Html.textareaText(html, "example")).isEqualTo(form.get("example").get(0));
        for (Benefit benefit : Benefit.values()) {
            assertThat(Html.isChecked(html, "benefits", benefit.name())).as(benefit.name())
                    .isEqualTo(form.get("benefits").contains(benefit.name()));
        }
        assertThat(Html.isChecked(html, "improvement", "BETTER")).isEqualTo(form.containsKey("improvement"));
        assertThat(Html.isChecked(html, "creatorsMostlyOfficial", "true"))
                .isEqualTo(form.containsKey("creatorsMostlyOfficial"));
    }

    /** The worked example of the domain description, as the browser posts it. */
    private static Map<String, List<String>> validForm() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("network", List.of("Acme Engage"));
        form.put("unit", List.of("Sales"));
        form.put("employees", List.of("1000"));
        form.put("monthlyActiveUsers", List.of("300"));
        form.put("contentCreators", List.of("4"));
        form.put("creatorsMostlyOfficial", List.of("true"));
        form.put("benefits", List.of("MARKET_INSIGHT", "BEST_PRACTICES", "IDEAS", "KNOWLEDGE"));
        form.put("_benefits", List.of("on"));
        form.put("workRelatedShare", List.of("95"));
        form.put("improvement", List.of("BETTER"));
        form.put("example", List.of("Onboarding questions answered in a day"));
        return form;
    }

    private static MultiValueMap<String, String> toParams(Map<String, List<String>> form) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        form.forEach(params::addAll);
        return params;
    }

    private static Assessment stored() {
        Answers answers = new Answers(1000, 300, 4, true, EnumSet.of(Benefit.IDEAS), 95, Improvement.BETTER);
        return new Assessment(STORED_ID, Instant.parse("2026-05-01T10:15:30.123456Z"),
                new Context("Acme Engage", "Sales", null), answers,
                ScoringModels.V1.classify(answers));
    }

    private String page(MockMvcRequestBuilder request) {
        MvcTestResult result = request.exchange();
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
