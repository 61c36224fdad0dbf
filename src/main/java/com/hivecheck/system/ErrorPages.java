package com.hivecheck.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error page is the one {@code error} template; the status chooses its localised title and explanation: a page
 * not found, another mistake in the request, or a failure on our side.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    static final String VIEW = "error";

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String messages = "error." + kind(status);
        Map<String, Object> page = new HashMap<>(model);
        page.put("titleKey", messages + ".title");
        page.put("textKey", messages + ".text");
        return new ModelAndView(VIEW, page, status);
    }

    /** Which message family explains the status: {@code 404}, {@code 4xx} or {@code 5xx}. */
    static String kind(HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return "404";
        }
        return status.is4xxClientError() ? "4xx" : "5xx";
    }
}
