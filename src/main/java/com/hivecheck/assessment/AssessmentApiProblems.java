package com.hivecheck.assessment;

import com.hivecheck.system.FieldProblem;
import com.hivecheck.system.NetworkAndUnit;
import com.hivecheck.system.ProblemType;
import com.hivecheck.system.Problems;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.FieldError;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Turns every failure of the {@link AssessmentApi} into {@code application/problem+json} in the client's language,
 * never a stack trace. Invalid answers are {@code 422} with an {@code errors} array holding one
 * {@code {field, message}} per invalid field, using the questionnaire's own messages; a body that is not a JSON object
 * at all is {@code 400}. Scoped to the API so that pages keep their HTML error pages.
 */
@RestControllerAdvice(assignableTypes = AssessmentApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AssessmentApiProblems {

    /** The form's properties in declaration order, network and unit first: the order of the questionnaire. */
    private static final List<String> FIELDS = Stream.of(NetworkAndUnit.class, AssessmentForm.class)
            .flatMap(type -> Arrays.stream(type.getDeclaredFields()))
            .filter(field -> !Modifier.isStatic(field.getModifiers()))
            .map(Field::getName)
            .toList();

    private static final MessageCodesResolver CODES = new DefaultMessageCodesResolver();

    private final MessageSource messages;
    private final Problems problems;

    AssessmentApiProblems(MessageSource messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    /** Well-formed answers that break the form's rules: one entry per invalid field. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException exception, Locale locale) {
        return invalid(problems.perField(exception.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(AssessmentApiProblems::isCrossField)), locale), locale);
    }

    /** A body that Jackson could not read: a wrong type or unknown name in one field (422), or no JSON object (400). */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException exception, Locale locale) {
        Optional<JacksonException> cause = jacksonCause(exception);
        Optional<String> field = cause.filter(jackson -> !isSyntaxError(jackson))
                .flatMap(AssessmentApiProblems::field);
        if (cause.isPresent() && field.isPresent()) {
            return invalid(List.of(new FieldProblem(field.get(), unreadableMessage(field.get(), locale))),
                    locale);
        }
        return respond(ProblemType.BAD_REQUEST, "api.problem.body.title", unreadableDetail(cause.orElse(null), locale),
                locale);
    }

    private String unreadableDetail(@Nullable JacksonException cause, Locale locale) {
        if (cause instanceof StreamConstraintsException) {
            return text("api.problem.body.limit", locale);
        }
        if (cause == null || !isSyntaxError(cause)) {
            return text("api.problem.body.notObject", locale);
        }
        TokenStreamLocation location = cause.getLocation();
        return location == null || location.getLineNr() < 1
                ? text("api.problem.body.malformed", locale)
                : text("api.problem.body.malformedAt", locale, location.getLineNr(), location.getColumnNr());
    }

    /** A pulse named instead of questions 3 and 4 that cannot give them. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> pulseUnavailable(PulseUnavailableException exception, Locale locale) {
        return invalid(List.of(new FieldProblem("pulse", text("assessment.pulse.unavailable", locale))), locale);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(AssessmentNotFoundException exception, Locale locale) {
        return problems.respond(problems.ofMessage(ProblemType.NOT_FOUND, "api.problem.notFound.detail", locale));
    }

    private ResponseEntity<ProblemDetail> invalid(Collection<FieldProblem> errors, Locale locale) {
        ProblemDetail problem = problems.ofMessage(ProblemType.INVALID_ANSWERS, "api.problem.invalid.detail", locale);
        List<FieldProblem> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(field -> order(field.field())));
        problem.setProperty("errors", sorted);
        return problems.respond(problem);
    }

    /** A problem of the type, with this endpoint's own title for it. */
    private ResponseEntity<ProblemDetail> respond(ProblemType type, String titleKey, String detail, Locale locale) {
        return problems.respond(problems.titled(type, titleKey, detail, locale));
    }

    /**
     * The message for a field Jackson could not convert, by the field's type alone: a number field expects a whole
     * number (numbers of any size are read, so the range constraints judge those), a boolean {@code true} or
     * {@code false}, an enum one of its names, text a string.
     */
    private String unreadableMessage(String field, Locale locale) {
        Class<?> type = propertyType(field);
        if (Number.class.isAssignableFrom(type)) {
            String[] codes = CODES.resolveMessageCodes("typeMismatch", "form", field, type);
            return messages.getMessage(new DefaultMessageSourceResolvable(codes, new Object[] {field}), locale);
        }
        if (type == Boolean.class || type == boolean.class) {
            return text("api.field.boolean", locale);
        }
        if (type.isEnum()) {
            return text("api.field.oneOf", locale, names(type));
        }
        if (Collection.class.isAssignableFrom(type)) {
            Class<?> element = ResolvableType.forMethodReturnType(descriptor(field).getReadMethod()).resolveGeneric(0);
            return element != null && element.isEnum()
                    ? text("api.field.listOf", locale, names(element))
                    : text("api.field.list", locale);
        }
        return text("api.field.text", locale);
    }

    private static Optional<JacksonException> jacksonCause(Throwable exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return Optional.of(jackson);
            }
        }
        return Optional.empty();
    }

    /** Broken JSON syntax, as opposed to well-formed JSON with a value of the wrong kind. */
    private static boolean isSyntaxError(JacksonException cause) {
        return cause instanceof StreamReadException && !(cause instanceof InputCoercionException);
    }

    /** The top-level property of the form where Jackson failed, if it is one of the form's fields. */
    private static Optional<String> field(JacksonException cause) {
        return cause.getPath().stream()
                .findFirst()
                .map(JacksonException.Reference::getPropertyName)
                .filter(FIELDS::contains);
    }

    /** Errors of the class-level {@link ConsistentCounts} yield to a field's own constraint. */
    private static boolean isCrossField(FieldError error) {
        String[] codes = error.getCodes();
        return codes != null && codes.length > 0
                && ConsistentCounts.class.getSimpleName().equals(codes[codes.length - 1]);
    }

    private static int order(String field) {
        int index = FIELDS.indexOf(field);
        return index < 0 ? FIELDS.size() : index;
    }

    private static PropertyDescriptor descriptor(String field) {
        PropertyDescriptor descriptor = BeanUtils.getPropertyDescriptor(AssessmentForm.class, field);
        if (descriptor == null || descriptor.getReadMethod() == null) {
            throw new IllegalStateException("AssessmentForm has no property " + field);
        }
        return descriptor;
    }

    private static Class<?> propertyType(String field) {
        return descriptor(field).getPropertyType();
    }

    private static String names(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
    }

    private String text(String key, Locale locale, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
