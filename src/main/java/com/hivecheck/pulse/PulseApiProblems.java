package com.hivecheck.pulse;

import com.hivecheck.scoring.Benefit;
import com.hivecheck.scoring.Improvement;
import com.hivecheck.system.FieldProblem;
import com.hivecheck.system.ProblemType;
import com.hivecheck.system.Problems;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
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
        return invalid(problems.perField(exception.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField)), locale), locale);
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

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private String text(String key, Locale locale, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
