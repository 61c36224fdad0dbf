package com.hivecheck.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DateTimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages whose request cannot be bound (a parameter name such as {@code employees[0]} that a binder rule did not
 * already drop, a multipart body that cannot be read, a date beyond what dates can hold) get the 400 error page
 * instead of a 500 with a stack trace. Runs after the API's advice, so JSON endpoints keep their problem+json.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class PageProblems {

    private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

    @ExceptionHandler({InvalidPropertyException.class, MultipartException.class, DateTimeException.class})
    ModelAndView unreadable(Exception exception, HttpServletResponse response) throws IOException {
        log.debug("Unreadable request: {}", exception.toString());
        response.sendError(HttpStatus.BAD_REQUEST.value());
        return new ModelAndView();
    }
}
