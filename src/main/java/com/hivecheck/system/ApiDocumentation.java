package com.hivecheck.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published contract of the JSON API ({@code /v3/api-docs}, viewed at {@code /swagger-ui.html}): springdoc reads
 * the endpoints from the controllers, and this adds what it cannot see there: the {@code application/problem+json}
 * answers every endpoint can give ({@link ProblemType}, with an example each), the rate limits and the HR sign-in.
 * Kept out of the controllers, so that they stay about the work they do.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    /** The detail of the examples that have no fields of their own. */
    private static final Map<ProblemType, String> DETAILS = Map.of(
            ProblemType.BAD_REQUEST, "problem.badRequest.detail",
            ProblemType.NOT_FOUND, "api.problem.notFound.detail",
            ProblemType.CLOSED, "pulse.closed.text",
            ProblemType.UNSUPPORTED_MEDIA_TYPE, "problem.unsupportedMediaType.detail",
            ProblemType.UNAUTHORIZED, "problem.unauthorized.detail",
            ProblemType.CROSS_SITE, "problem.crossSite.detail",
            ProblemType.INTERNAL, "api.problem.internal.detail");

    @Bean
    OpenAPI hiveCheckApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String types = Arrays.stream(ProblemType.values())
                .map(type -> "- `" + type.uri() + "` (" + type.status().value() + ")")
                .collect(Collectors.joining("\n"));
        return new OpenAPI()
                .info(new Info()
                        .title("HiveCheck API")
                        .version(properties == null ? "development" : properties.getVersion())
                        .description("""
                                Submit assessments of a corporate social network and read them back; import an \
                                activity export to answer questions 1 and 2 from data; list assessments (HR).

                                Every error is `application/problem+json` (RFC 9457), in the language of \
                                `Accept-Language` (English or Russian). Clients branch on `type`:

                                """ + types + """


                                Anonymous writes are rate-limited per client address; over the limit the answer is \
                                429 with `Retry-After` (seconds)."""))
                .components(components(new Components()));
    }

    /** The problem schema and the HR sign-in, added to whatever components springdoc has found. */
    private static Components components(Components components) {
        return components
                .addSchemas(PROBLEM, problemSchema())
                .addSecuritySchemes("hr", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("basic").description("An HR account, as on the sign-in page."));
    }

    @Bean
    OpenApiCustomizer problemAnswers(MessageSource messages) {
        return api -> {
            if (api.getPaths() == null) {
                return;
            }
            api.setComponents(components(api.getComponents() == null ? new Components() : api.getComponents()));
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses()
                        : operation.getResponses();
                operation.setResponses(responses);
                Answers answers = new Answers(responses, messages);
                answers.add("400", "The request could not be read.", ProblemType.BAD_REQUEST);
                if (method != PathItem.HttpMethod.GET) {
                    answers.add("403", "A browser sent the write from a page of another site.",
                            ProblemType.CROSS_SITE);
                    answers.add("415", "The Content-Type names no single media type.",
                            ProblemType.UNSUPPORTED_MEDIA_TYPE);
                    answers.add("429", "Too many writes from this client address; see Retry-After.",
                            ProblemType.RATE_LIMITED);
                }
                answers.add("500", "A fault of the server, logged.", ProblemType.INTERNAL);
                describe(path, method, operation, answers);
            }));
        };
    }

    /** What only some endpoints answer. */
    private static void describe(String path, PathItem.HttpMethod method, Operation operation, Answers responses) {
        if (path.equals("/api/assessments") && method == PathItem.HttpMethod.POST) {
            operation.summary("Submit an assessment: scores and stores valid answers (201 with Location)");
            responses.add("422", "Some answers are not valid; errors lists each field.", ProblemType.INVALID_ANSWERS);
        } else if (path.equals("/api/assessments") && method == PathItem.HttpMethod.GET) {
            operation.summary("List assessments, newest first, with the history list's filters (HR)");
            operation.addSecurityItem(new SecurityRequirement().addList("hr"));
            responses.add("400", "A filter is not valid; errors lists each field.", ProblemType.INVALID_FILTER);
            responses.add("401", "No or wrong HR credentials.", ProblemType.UNAUTHORIZED);
            responses.add("429", "Too many failed sign-ins from this address for this user name; see Retry-After.",
                    ProblemType.LOGIN_THROTTLED);
        } else if (path.equals("/api/assessments/{id}")) {
            operation.summary("Read one assessment by its id");
            responses.add("404", "No assessment has this id.", ProblemType.NOT_FOUND);
        } else if (path.equals("/api/imports")) {
            operation.summary("Import an activity export: the evidence for the network and each unit");
            operation.description("""
                    `page` in the answer is the results page as a path on this server (`/imports/{id}`), to be \
                    resolved against the URL the request was sent to. A problem with a parameter (`referenceDate`, \
                    `windowDays`) is 400 and names it in `errors[].field`; problems in the file are 422 with \
                    `errors[].line`.""");
            responses.add("413", "The file is larger than the upload limit.", ProblemType.FILE_TOO_LARGE);
            responses.add("422", "The file could not be imported; errors lists the problems with their lines.",
                    ProblemType.IMPORT_FAILED);
        }
    }

    /** The responses of one operation, to which problem answers are added with an example each. */
    private record Answers(ApiResponses responses, MessageSource messages) {

        void add(String status, String description, ProblemType type) {
            ApiResponse response = responses.get(status);
            if (response == null) {
                response = new ApiResponse().description(description);
                responses.addApiResponse(status, response);
            }
            Content content = response.getContent() == null ? new Content() : response.getContent();
            response.setContent(content);
            MediaType media = content.get(PROBLEM_JSON);
            if (media == null) {
                media = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM));
                content.addMediaType(PROBLEM_JSON, media);
            }
            media.addExamples(type.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    new Example().summary(type.uri().toString()).value(example(type)));
        }

        private Map<String, Object> example(ProblemType type) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", type.uri().toString());
            problem.put("title", messages.getMessage(type.titleKey(), null, Locale.ENGLISH));
            problem.put("status", type.status().value());
            switch (type) {
                case INVALID_ANSWERS -> {
                    problem.put("detail", "Correct the fields listed in “errors” and send the assessment again. "
                            + "Nothing was stored.");
                    problem.put("errors", List.of(Map.of("field", "employees",
                            "message", "Enter a whole number from 1 to 10,000,000.")));
                }
                case INVALID_FILTER -> problem.put("errors",
                        List.of(Map.of("field", "from", "message", "Enter a date as YYYY-MM-DD.")));
                case IMPORT_FAILED -> {
                    problem.put("errors", List.of(Map.of("line", 12, "code", "import.problem.date",
                            "message", "Line 12: the last activity date is not a date.")));
                    problem.put("totalErrors", 1);
                }
                case FILE_TOO_LARGE -> problem.put("detail",
                        messages.getMessage("import.problem.fileTooLarge", new Object[] {50}, Locale.ENGLISH));
                case RATE_LIMITED -> {
                    problem.put("detail", "Too many requests of this kind came from your address. Try again in "
                            + "20 minutes. Nothing was stored.");
                }
                case LOGIN_THROTTLED -> {
                    problem.put("detail", "Too many failed sign-ins for this user name from your address. Try again "
                            + "in 2 minutes.");
                }
                default -> problem.put("detail", messages.getMessage(DETAILS.get(type), null, Locale.ENGLISH));
            }
            return problem;
        }
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description("What kind of problem: one of the "
                + "urn:hivecheck:problem: URIs listed above, or about:blank."));
        properties.put("title", new StringSchema().description("A short summary, in the client's language."));
        properties.put("status", new IntegerSchema().description("The HTTP status."));
        properties.put("detail", new StringSchema().description("What happened and what to do, in the client's "
                + "language."));
        properties.put("instance", new StringSchema().format("uri-reference").description("The request path."));
        properties.put("errors", new ArraySchema().items(new ObjectSchema()).description("For invalid answers, "
                + "filters and imports: one entry per field ({field, message}) or per problem of the file "
                + "({line, code, message})."));
        return new ObjectSchema().properties(properties).required(List.of("type", "title", "status"))
                .description("RFC 9457 problem details.");
    }
}
