package com.hivecheck.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error page is the one {@code error} template; the status chooses its localised title and explanation. A
 * status with messages of its own ({@code error.404.title} and {@code error.404.text}) gets them; any other gets those
 * of its class: {@code error.4xx.*} for a mistake in the request, {@code error.5xx.*} for a failure on our side.
 */
@Component
class ErrorPageResolver implements ErrorViewResolver {

    static final String VIEW = "error";

    private final MessageSource messages;

    ErrorPageResolver(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String family = "error." + family(status);
        Map<String, Object> page = new HashMap<>(model);
        page.put("titleKey", family + ".title");
        page.put("textKey", family + ".text");
        return new ModelAndView(VIEW, page, status);
    }

    /** The status code when it has messages of its own, otherwise {@code 4xx} or {@code 5xx}. */
    String family(HttpStatus status) {
        String own = Integer.toString(status.value());
        if (messages.getMessage("error." + own + ".title", null, null, Locale.ENGLISH) != null) {
            return own;
        }
        return status.is4xxClientError() ? "4xx" : "5xx";
    }
}
