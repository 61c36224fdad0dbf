package com.hivecheck.system;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
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

    @ExceptionHandler(value = NoResourceFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView noSuchPage() {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(value = ResponseStatusException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView status(ResponseStatusException exception) {
        HttpStatusCode code = exception.getStatusCode();
        HttpStatus status = HttpStatus.resolve(code.value());
        return page(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status);
    }

    private static ModelAndView page(HttpStatus status) {
        String messages = "error." + ErrorPages.kind(status);
        return new ModelAndView(ErrorPages.VIEW, Map.of("status", status.value(), "titleKey", messages + ".title",
                "textKey", messages + ".text"), status);
    }
}
