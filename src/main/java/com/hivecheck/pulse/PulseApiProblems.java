package com.hivecheck.pulse;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.system.ProblemType;
import com.hivecheck.system.Problems;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every failure of the {@link PulseApi} as {@code application/problem+json} in the client's language: invalid fields
 * 422 with {@code errors[] {field, message}}, a body that is no JSON object 400, an unknown pulse 404, a closed one 410.
 * Nothing is stored in any of these cases.
 */
@RestControllerAdvice(assignableTypes = PulseApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PulseApiProblems {

    private static final Logger log = LoggerFactory.getLogger(PulseApiProblems.class);

    private static final Map<String, String> CHOICES = Map.of(
            "benefits", "pulse.api.field.benefits",
            "improvement", "pulse.api.field.improvement",
            "workRelatedShare", "pulse.answer.share.range",
            "headcount", "pulse.form.headcount.range",
            "closesOn", "pulse.api.field.date");

    private final MessageSource messages;
    private final Problems problems;

    PulseApiProblems(MessageSource messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException exception, Locale locale) {
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        exception.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(error -> error.getField()))
                .forEach(error -> byField.putIfAbsent(property(error.getField()),
                        new FieldProblem(property(error.getField()), messages.getMessage(error, locale))));
        return invalid(List.copyOf(byField.values()), locale);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException exception, Locale locale) {
        Optional<JacksonException> cause = jacksonCause(exception);
        Optional<String> field = cause.filter(jackson -> !(jackson instanceof StreamReadException))
                .flatMap(jackson -> jackson.getPath().stream().findFirst())
                .map(JacksonException.Reference::getPropertyName)
                .filter(CHOICES::containsKey);
        if (field.isPresent()) {
            String names = switch (field.get()) {
                case "benefits" -> names(Benefit.class);
                case "improvement" -> names(Improvement.class);
                default -> "";
            };
            String message = text(CHOICES.get(field.get()), locale, names);
            return invalid(List.of(new FieldProblem(field.get(), message)), locale);
        }
        return respond(ProblemType.BAD_REQUEST, "api.problem.body.title", text("pulse.api.body", locale), locale);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(PulseNotFoundException exception, Locale locale) {
        return respond(ProblemType.NOT_FOUND, "pulse.unknown.heading", text("pulse.unknown.text", locale), locale);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> closed(PulseClosedException exception, Locale locale) {
        return problems.respond(problems.ofMessage(ProblemType.CLOSED, "pulse.closed.text", locale));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> other(Exception exception, Locale locale) {
        if (exception instanceof ErrorResponse response) {
            return problems.of(response, locale);
        }
        log.error("Pulse API failed", exception);
        return problems.respond(problems.ofMessage(ProblemType.INTERNAL, "api.problem.internal.detail", locale));
    }

    private ResponseEntity<ProblemDetail> invalid(List<FieldProblem> errors, Locale locale) {
        ProblemDetail problem = problems.titled(ProblemType.INVALID_ANSWERS, "pulse.api.invalid.title",
                text("pulse.api.invalid.detail", locale), locale);
        problem.setProperty("errors", errors);
        return problems.respond(problem);
    }

    private ResponseEntity<ProblemDetail> respond(ProblemType type, String titleKey, String detail, Locale locale) {
        return problems.respond(problems.titled(type, titleKey, detail, locale));
    }

    private static Optional<JacksonException> jacksonCause(Throwable exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return Optional.of(jackson);
            }
        }
        return Optional.empty();
    }

    private static String property(String path) {
        int bracket = path.indexOf('[');
        return bracket < 0 ? path : path.substring(0, bracket);
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private String text(String key, Locale locale, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /**
     * One invalid field.
     *
     * @param field the JSON property
     * @param message what is wrong with it, in the client's language
     */
    record FieldProblem(String field, String message) {
    }
}
