package com.hivecheck.system;

import java.time.DateTimeException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.multipart.MultipartException;

/**
 * What every JSON endpoint answers when it fails and its own advice (if any) did not handle the failure: Spring's
 * own errors keep their status, a request that cannot be bound or read is 400, and anything else is a bug, logged
 * with its stack trace and answered 500; all as {@code application/problem+json} built by {@link Problems}. Runs
 * after the advices of single controllers and before Spring's default problem handling.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 200)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final Problems problems;

    ApiProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler({InvalidPropertyException.class, MultipartException.class, DateTimeException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception exception, Locale locale) {
        log.debug("Unreadable API request: {}", exception.toString());
        return problems.respond(problems.ofMessage(ProblemType.BAD_REQUEST, "problem.badRequest.detail", locale));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> failed(Exception exception, Locale locale) throws Exception {
        if (exception instanceof AccessDeniedException || exception instanceof AuthenticationException
                || exception instanceof AsyncRequestNotUsableException) {
            throw exception;
        }
        if (exception instanceof ErrorResponse error) {
            return problems.of(error, locale);
        }
        log.error("API request failed", exception);
        return problems.respond(problems.ofMessage(ProblemType.INTERNAL, "api.problem.internal.detail", locale));
    }
}
