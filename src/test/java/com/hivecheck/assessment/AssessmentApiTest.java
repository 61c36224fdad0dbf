package com.hivecheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import com.hivecheck.scoring.Answers;
import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.ScoringModels;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.scoring.ScoringModel;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API as a client sees it, behind the application's real security rules: a valid assessment is created and
 * read back, and every kind of bad input is a localised {@code application/problem+json} naming the field, with
 * nothing submitted for storage.
 */
@WebMvcTest(controllers = AssessmentApi.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "com\\.hivecheck\\.security\\.SecurityConfiguration"))
class AssessmentApiTest {

    private static final UUID ID = UUID.fromString("5b0c7a44-9d7e-4f55-8a43-1d2c3b4a5e6f");
    private static final Instant CREATED = Instant.parse("2026-03-02T10:15:30.123456Z");
    private static final ScoringModel CLASSIFIER = ScoringModels.V2;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AssessmentManagement management;

    @BeforeEach
    void explainsWithTheModelThatScored() {
        given(management.explain(any())).willAnswer(call -> {
            Assessment assessment = call.getArgument(0);
            return ScoringModels.standard().byVersion(assessment.getModelVersion())
                    .map(model -> model.classify(assessment.answers()));
        });
    }

    /** The worked example of domain.md: One-Actor Theater at (10, 67) under model 2. */
    static Map<String, Object> workedExample() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("network", "Acme Viva Engage");
        body.put("unit", "Sales");
        body.put("employees", 1000);
        body.put("monthlyActiveUsers", 300);
        body.put("contentCreators", 4);
        body.put("creatorsMostlyOfficial", true);
        body.put("benefits", List.of("MARKET_INSIGHT", "BEST_PRACTICES", "IDEAS", "KNOWLEDGE"));
        body.put("workRelatedShare", 95);
        body.put("improvement", "BETTER");
        body.put("example", "Sales found the new pricing deck in a day.");
        return body;
    }

    static String json(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = workedExample();
        change.accept(body);
        return JSON.writeValueAsString(body);
    }

    static Assessment stored(Context context, Answers answers) {
        return new Assessment(ID, CREATED, context, answers, CLASSIFIER.classify(answers));
    }

    MvcTestResult post(String body) {
        return mvc.post().uri("/api/assessments").contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    @Test
    void createsAnAssessmentWithItsLocationAndScores() {
        given(management.submit(any(), any()))
                .willAnswer(call -> stored(call.getArgument(0), call.getArgument(1)));

        MvcTestResult result = post(json(body -> { }));

        assertThat(result).hasStatus(HttpStatus.CREATED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .hasHeader(HttpHeaders.LOCATION, "http://localhost/api/assessments/" + ID);
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {
                  "id": "5b0c7a44-9d7e-4f55-8a43-1d2c3b4a5e6f",
                  "createdAt": "2026-03-02T10:15:30.123456Z",
                  "assessedOn": "2026-03-02",
                  "network": "Acme Viva Engage",
                  "unit": "Sales",
                  "employees": 1000,
                  "monthlyActiveUsers": 300,
                  "contentCreators": 4,
                  "creatorsMostlyOfficial": true,
                  "benefits": ["MARKET_INSIGHT", "BEST_PRACTICES", "IDEAS", "KNOWLEDGE"],
                  "workRelatedShare": 95,
                  "improvement": "BETTER",
                  "example": "Sales found the new pricing deck in a day.",
                  "involvement": 10,
                  "benefit": 67,
                  "quadrant": "ONE_ACTOR_THEATER",
                  "borderline": false,
                  "modelVersion": "2",
                  "levers": [
                    {"axis": "INVOLVEMENT", "answer": "contentCreators", "from": 4, "to": 99, "quadrant": "HONEY_APIARY"}
                  ],
                  "resultUrl": "http://localhost/assessments/5b0c7a44-9d7e-4f55-8a43-1d2c3b4a5e6f",
                  "pulse": null
                }
                """);

        ArgumentCaptor<Context> context = ArgumentCaptor.forClass(Context.class);
        ArgumentCaptor<Answers> answers = ArgumentCaptor.forClass(Answers.class);
        then(management).should().submit(context.capture(), answers.capture());
        assertThat(context.getValue())
                .isEqualTo(new Context("Acme Viva Engage", "Sales", "Sales found the new pricing deck in a day."));
        assertThat(answers.getValue()).isEqualTo(new Answers(1000, 300, 4, true,
                EnumSet.of(Benefit.MARKET_INSIGHT, Benefit.BEST_PRACTICES, Benefit.IDEAS, Benefit.KNOWLEDGE), 95,
                Improvement.BETTER));
    }

    @Test
    void acceptsOmittedOptionalFieldsAndIgnoresUnknownOnes() {
        given(management.submit(any(), any()))
                .willAnswer(call -> stored(call.getArgument(0), call.getArgument(1)));

        MvcTestResult result = post(json(body -> {
            body.remove("unit");
            body.remove("example");
            body.put("benefits", List.of());
            body.put("favouriteColour", "teal");
        }));

        assertThat(result).hasStatus(HttpStatus.CREATED);
        assertThat(result).bodyJson().extractingPath("$.unit").isNull();
        assertThat(result).bodyJson().extractingPath("$.benefits").asArray().isEmpty();
    }

    @Test
    void answersLeversAsNumbersBooleansAndEnumNames() {
        given(management.submit(any(), any()))
                .willAnswer(call -> stored(call.getArgument(0), call.getArgument(1)));

        // involvement 42 (300 active, 70 official creators); benefit 48 (3 benefits, slightly better, 80% about work)
        MvcTestResult result = post(json(body -> {
            body.put("contentCreators", 70);
            body.put("benefits", List.of("MARKET_INSIGHT", "BEST_PRACTICES", "IDEAS"));
            body.put("improvement", "SLIGHTLY_BETTER");
            body.put("workRelatedShare", 80);
        }));

        assertThat(result).hasStatus(HttpStatus.CREATED);
        assertThat(result).bodyJson().extractingPath("$.quadrant").isEqualTo("DESERT");
        assertThat(result).bodyJson().extractingPath("$.levers").isEqualTo(JSON.readValue("""
                [
                  {"axis": "BENEFIT", "answer": "benefits", "from": 3, "to": 4, "quadrant": "ONE_ACTOR_THEATER"},
                  {"axis": "BENEFIT", "answer": "improvement", "from": "SLIGHTLY_BETTER", "to": "BETTER", "quadrant": "ONE_ACTOR_THEATER"},
                  {"axis": "INVOLVEMENT", "answer": "monthlyActiveUsers", "from": 300, "to": 421, "quadrant": "FLOOD_ROOM"},
                  {"axis": "INVOLVEMENT", "answer": "contentCreators", "from": 70, "to": 99, "quadrant": "FLOOD_ROOM"},
                  {"axis": "INVOLVEMENT", "answer": "creatorsMostlyOfficial", "from": true, "to": false, "quadrant": "FLOOD_ROOM"}
                ]
                """, List.class));
    }

    @Test
    void readsAModelOneAssessmentBackWithItsOwnScoresAndNoLevers() {
        Answers answers = new Answers(1000, 300, 4, true,
                EnumSet.of(Benefit.MARKET_INSIGHT, Benefit.BEST_PRACTICES, Benefit.IDEAS, Benefit.KNOWLEDGE), 95,
                Improvement.BETTER);
        given(management.find(ID)).willReturn(Optional.of(new Assessment(ID, CREATED,
                new Context("Beta", null, null), answers, ScoringModels.V1.classify(answers))));

        MvcTestResult result = mvc.get().uri("/api/assessments/{id}", ID).exchange();

        assertThat(result).hasStatus(HttpStatus.OK);
        assertThat(result).bodyJson().extractingPath("$.modelVersion").isEqualTo("1");
        assertThat(result).bodyJson().extractingPath("$.involvement").isEqualTo(27);
        assertThat(result).bodyJson().extractingPath("$.benefit").isEqualTo(69);
        assertThat(result).bodyJson().extractingPath("$.levers").asArray().isEmpty();
    }

    @Test
    void readsAStoredAssessmentBack() {
        Answers answers = new Answers(200, 150, 40, false, EnumSet.allOf(Benefit.class), 90, Improvement.MUCH_BETTER);
        given(management.find(ID)).willReturn(Optional.of(stored(new Context("Beta", null, null), answers)));

        MvcTestResult result = mvc.get().uri("/api/assessments/{id}", ID).exchange();

        assertThat(result).hasStatus(HttpStatus.OK).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.id").isEqualTo(ID.toString());
        assertThat(result).bodyJson().extractingPath("$.network").isEqualTo("Beta");
        assertThat(result).bodyJson().extractingPath("$.quadrant").isEqualTo("HONEY_APIARY");
        assertThat(result).bodyJson().extractingPath("$.benefits").asArray().hasSize(8);
        assertThat(result).bodyJson().extractingPath("$.example").isNull();
    }

    @Test
    void answersAnUnknownIdWithNotFound() {
        given(management.find(any())).willReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri("/api/assessments/{id}", UUID.randomUUID()).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Assessment not found");
    }

    @Test
    void answersAMalformedIdWithNotFoundWithoutLookingItUp() {
        MvcTestResult result = mvc.get().uri("/api/assessments/not-a-uuid").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        then(management).should(never()).find(any());
    }

    static Stream<Arguments> invalidAnswers() {
        return Stream.of(
                Arguments.of("wrong type", json(b -> b.put("employees", "many")), "employees",
                        "Enter a whole number, without spaces or letters."),
                Arguments.of("fraction", json(b -> b.put("employees", 12.5)), "employees",
                        "Enter a whole number, without spaces or letters."),
                Arguments.of("exponent", json(b -> b.put("employees", 1e3)), "employees",
                        "Enter a whole number, without spaces or letters."),
                Arguments.of("text for a boolean", json(b -> b.put("creatorsMostlyOfficial", "maybe")),
                        "creatorsMostlyOfficial", "Use true or false."),
                Arguments.of("object for text", json(b -> b.put("network", Map.of("name", "Acme"))), "network",
                        "Use a text string."),
                Arguments.of("unknown improvement", json(b -> b.put("improvement", "AMAZING")), "improvement",
                        "Use one of: WORSE, NO_CHANGE, SLIGHTLY_BETTER, BETTER, MUCH_BETTER."),
                Arguments.of("unknown benefit", json(b -> b.put("benefits", List.of("IDEAS", "TELEPATHY"))),
                        "benefits", "Use an array of these names: MARKET_INSIGHT, BEST_PRACTICES, IDEAS, KNOWLEDGE, "
                                + "FASTER_TEAMWORK, INVOLVEMENT, CUSTOMER_SERVICE, PARTNERS."),
                Arguments.of("null benefit", json(b -> b.put("benefits", Arrays.asList("IDEAS", null))),
                        "benefits", "Use an array of these names: MARKET_INSIGHT, BEST_PRACTICES, IDEAS, KNOWLEDGE, "
                                + "FASTER_TEAMWORK, INVOLVEMENT, CUSTOMER_SERVICE, PARTNERS."),
                Arguments.of("benefit instead of benefits", json(b -> b.put("benefits", "IDEAS")), "benefits",
                        "Use an array of these names: MARKET_INSIGHT, BEST_PRACTICES, IDEAS, KNOWLEDGE, "
                                + "FASTER_TEAMWORK, INVOLVEMENT, CUSTOMER_SERVICE, PARTNERS."),
                Arguments.of("missing number", json(b -> b.remove("employees")), "employees",
                        "Required: enter a whole number."),
                Arguments.of("null choice", json(b -> b.put("improvement", null)), "improvement",
                        "Choose one answer."),
                Arguments.of("blank network", json(b -> b.put("network", "   ")), "network",
                        "Name the network or organization."),
                Arguments.of("negative", json(b -> b.put("contentCreators", -1)), "contentCreators",
                        "Enter zero or a positive whole number."),
                Arguments.of("10^13", json(b -> b.put("employees", 10_000_000_000_000L)), "employees",
                        "Enter a whole number from 1 to 10,000,000."),
                Arguments.of("10^30", json(b -> b.put("employees", BigInteger.TEN.pow(30))), "employees",
                        "Enter a whole number from 1 to 10,000,000."),
                Arguments.of("-10^30", json(b -> b.put("monthlyActiveUsers", BigInteger.TEN.pow(30).negate())),
                        "monthlyActiveUsers", "Enter zero or a positive whole number."),
                Arguments.of("percent over 100", json(b -> b.put("workRelatedShare", 101)), "workRelatedShare",
                        "Enter a percentage from 0 to 100."),
                Arguments.of("percent 10^30", json(b -> b.put("workRelatedShare", BigInteger.TEN.pow(30))),
                        "workRelatedShare", "Enter a percentage from 0 to 100."),
                Arguments.of("too long network", json(b -> b.put("network", "N".repeat(121))), "network",
                        "This text is too long. Shorten it."),
                Arguments.of("too long unit", json(b -> b.put("unit", "U".repeat(121))), "unit",
                        "This text is too long. Shorten it."),
                Arguments.of("too long example", json(b -> b.put("example", "E".repeat(2001))), "example",
                        "This text is too long. Shorten it."),
                Arguments.of("more active than employees", json(b -> b.put("monthlyActiveUsers", 1001)),
                        "monthlyActiveUsers", "Active users cannot exceed the employees with access."),
                Arguments.of("more creators than active", json(b -> b.put("contentCreators", 301)),
                        "contentCreators", "Content creators cannot exceed the active users."),
                Arguments.of("out of range and more than employees", json(b -> b.put("monthlyActiveUsers",
                        10_000_000_000_000L)), "monthlyActiveUsers", "Enter a whole number from 0 to 10,000,000."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidAnswers")
    void rejectsInvalidAnswersFieldByField(String label, String body, String field, String message) {
        MvcTestResult result = post(body);

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly(field);
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo(message);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Some answers are not valid");
        then(management).should(never()).submit(any(), any());
    }

    @Test
    void listsEveryInvalidFieldOnceInQuestionnaireOrder() {
        MvcTestResult result = post("{}");

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("network",
                "employees", "monthlyActiveUsers", "contentCreators", "creatorsMostlyOfficial", "workRelatedShare",
                "improvement");
        then(management).should(never()).submit(any(), any());
    }

    static Stream<Arguments> unreadableBodies() {
        String notObject = "Send the answers as one JSON object in the request body. Nothing was stored.";
        return Stream.of(
                Arguments.of("malformed JSON", "{\"network\": \"Acme\",\n \"employees\": 10,",
                        "The request body is not valid JSON (line 2, column 18). Nothing was stored."),
                Arguments.of("not JSON at all", "network=Acme&employees=10",
                        "The request body is not valid JSON (line 1, column 1). Nothing was stored."),
                Arguments.of("null body", "null", notObject),
                Arguments.of("empty body", "", notObject),
                Arguments.of("array body", "[]", notObject),
                Arguments.of("string body", "\"Acme\"", notObject),
                Arguments.of("a number of 2001 digits", json(b -> b.put("employees", BigInteger.TEN.pow(2000))),
                        "The request body goes beyond what the reader accepts, such as a number with more than "
                                + "1,000 digits. Nothing was stored."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableBodies")
    void rejectsABodyThatIsNotAJsonObject(String label, String body, String detail) {
        MvcTestResult result = post(body);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("The request body could not be read");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo(detail);
        then(management).should(never()).submit(any(), any());
    }

    @Test
    void answersAnUnexpectedFailureWithAProblemAndNoStackTrace() {
        given(management.submit(any(), any())).willThrow(new IllegalStateException("database on fire"));

        MvcTestResult result = post(json(body -> { }));

        assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Something went wrong on our side");
        assertThat(result).bodyText().doesNotContain("database on fire").doesNotContain("IllegalStateException");
    }

    @Test
    void rejectsAnUnsupportedMediaType() {
        MvcTestResult result = mvc.post().uri("/api/assessments").contentType(MediaType.TEXT_PLAIN)
                .content(json(body -> { })).exchange();

        assertThat(result).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Unsupported content type");
        then(management).should(never()).submit(any(), any());
    }

    @Test
    void rejectsAFormPostedToTheApi() {
        MvcTestResult result = mvc.post().uri("/api/assessments").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("network", "Acme").exchange();

        assertThat(result).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        then(management).should(never()).submit(any(), any());
    }

    @Test
    void rejectsAWrongMethod() {
        MvcTestResult put = mvc.put().uri("/api/assessments/{id}", ID).contentType(MediaType.APPLICATION_JSON)
                .content(json(body -> { })).exchange();
        MvcTestResult delete = mvc.delete().uri("/api/assessments/{id}", ID).exchange();
        MvcTestResult postToOne = mvc.post().uri("/api/assessments/{id}", ID).contentType(MediaType.APPLICATION_JSON)
                .content(json(body -> { })).exchange();

        for (MvcTestResult result : List.of(put, delete, postToOne)) {
            assertThat(result).hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .hasHeader(HttpHeaders.ALLOW, "GET");
            assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Method not allowed");
        }
        then(management).should(never()).submit(any(), any());
    }

    @Test
    void speaksTheClientsLanguage() {
        MvcTestResult result = mvc.post().uri("/api/assessments").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "ru-RU,ru;q=0.9,en;q=0.5")
                .content(json(body -> {
                    body.put("employees", 10_000_000_000_000L);
                    body.put("network", "");
                })).exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Некоторые ответы некорректны");
        assertThat(result).bodyJson().extractingPath("$.errors").isEqualTo(List.of(
                Map.of("field", "network", "message", "Укажите сеть или организацию."),
                Map.of("field", "employees", "message", "Введите целое число от 1 до 10 000 000.")));
        then(management).should(never()).submit(any(), any());
    }

    @Test
    void speaksTheClientsLanguageAboutMethodsAndMediaTypes() {
        MvcTestResult method = mvc.patch().uri("/api/assessments").header(HttpHeaders.ACCEPT_LANGUAGE, "ru")
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange();
        MvcTestResult mediaType = mvc.post().uri("/api/assessments").header(HttpHeaders.ACCEPT_LANGUAGE, "ru")
                .contentType(MediaType.TEXT_PLAIN).content("{}").exchange();

        assertThat(method).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(method).bodyJson().extractingPath("$.title").isEqualTo("Метод не поддерживается");
        assertThat(mediaType).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(mediaType).bodyJson().extractingPath("$.title").isEqualTo("Неподдерживаемый тип содержимого");
        then(management).should(never()).submit(any(), any());
    }

    @Test
    void speaksTheClientsLanguageAboutUnreadableFieldsToo() {
        MvcTestResult result = mvc.post().uri("/api/assessments").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "ru")
                .content(json(body -> body.put("creatorsMostlyOfficial", "maybe"))).exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo("Укажите true или false.");
    }
}
