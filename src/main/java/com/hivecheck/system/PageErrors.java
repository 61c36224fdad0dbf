package com.hivecheck.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A browser that asks for a page that does not exist (an unknown {@code /hr/...} address, or a stale link to a deleted
 * assessment) gets the localised HTML error page, not the problem+json an API client gets for the same mistake:
 * these handlers answer only requests that accept HTML, and everything else falls through to the problem details.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private final ErrorPageResolver pages;

    PageErrors(MessageSource messages) {
        this.pages = new ErrorPageResolver(messages);
    }

    @ExceptionHandler(value = NoResourceFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView noSuchPage(HttpServletRequest request) {
        return pages.resolveErrorView(request, HttpStatus.NOT_FOUND, Map.of("status", 404));
    }

    /** An error with a status of its own, its headers (such as {@code Retry-After}) kept. */
    @ExceptionHandler(value = ErrorResponseException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView status(ErrorResponseException exception, HttpServletRequest request, HttpServletResponse response) {
        exception.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        HttpStatusCode code = exception.getStatusCode();
        HttpStatus status = HttpStatus.resolve(code.value());
        HttpStatus shown = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        return pages.resolveErrorView(request, shown, Map.of("status", shown.value()));
    }
}
