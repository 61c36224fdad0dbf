package com.hivecheck.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one factory of {@code application/problem+json} answers: every API error (assessments, history, imports, the
 * upload limit, sign-in and rate limits, Spring's own errors) is built here, so they all have the same shape: a
 * {@link ProblemType} URI, a title and detail in the client's language, the status, the request path as
 * {@code instance}, and extension members such as {@code errors} where a type defines them.
 */
public class Problems {

    private final MessageSource messages;
    private final JsonMapper json;

    Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A problem of the given type, with its usual status and a detail already in the client's language. */
    public ProblemDetail of(ProblemType type, String detail, Locale locale) {
        return of(type, type.status(), detail, locale);
    }

    /** A problem of the given type with another status (an import is 400 or 422 depending on its problems). */
    public ProblemDetail of(ProblemType type, HttpStatusCode status, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(text(type.titleKey(), locale));
        return problem;
    }

    /** A problem of the given type with an endpoint's own title for it, such as "Pulse not found" for a 404. */
    public ProblemDetail titled(ProblemType type, String titleKey, String detail, Locale locale) {
        ProblemDetail problem = of(type, detail, locale);
        problem.setTitle(text(titleKey, locale));
        return problem;
    }

    /**
     * One entry per field of the given binding errors, in their order, the first message of each field winning; the
     * entries of a list such as {@code benefits[0]} count as the list.
     */
    public List<FieldProblem> perField(Stream<FieldError> errors, Locale locale) {
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(FieldProblem.property(error.getField()),
                new FieldProblem(FieldProblem.property(error.getField()), messages.getMessage(error, locale))));
        return List.copyOf(byField.values());
    }

    /** A problem whose detail is the message with the given key and arguments. */
    public ProblemDetail ofMessage(ProblemType type, String detailKey, Locale locale, @Nullable Object... arguments) {
        return of(type, text(detailKey, locale, arguments), locale);
    }

    /**
     * One of Spring MVC's own errors (unsupported media type, missing parameter, type mismatch...), keeping its status
     * and headers; title and detail come from the message files ({@code problemDetail.*}) in the client's language.
     */
    public ResponseEntity<ProblemDetail> of(ErrorResponse error, Locale locale) {
        ProblemDetail problem = error.updateAndGetBody(messages, locale);
        if (problem.getStatus() == ProblemType.UNSUPPORTED_MEDIA_TYPE.status().value()) {
            problem.setType(ProblemType.UNSUPPORTED_MEDIA_TYPE.uri());
        } else if (problem.getStatus() == ProblemType.BAD_REQUEST.status().value()) {
            problem.setType(ProblemType.BAD_REQUEST.uri());
        }
        return ResponseEntity.status(error.getStatusCode())
                .headers(error.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The answer to send from a controller or its advice. */
    public ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The answer to send, telling the client when to try again ({@code Retry-After}, whole seconds, at least 1). */
    public ResponseEntity<ProblemDetail> respond(ProblemDetail problem, Duration retryAfter) {
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds(retryAfter)))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * Writes the problem straight to the response, for code that runs outside Spring MVC (servlet filters, Spring
     * Security's entry points), with the request path as {@code instance}.
     */
    public void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (problem.getInstance() == null) {
            URI instance = instance(request);
            if (instance != null) {
                problem.setInstance(instance);
            }
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** The {@code Retry-After} value of a pause: whole seconds, rounded up, at least 1. */
    public static long seconds(Duration retryAfter) {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** The message with the given key in the client's language. */
    public String text(String key, Locale locale, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static @Nullable URI instance(HttpServletRequest request) {
        try {
            return URI.create(request.getRequestURI());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
