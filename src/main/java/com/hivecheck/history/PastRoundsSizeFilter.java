package com.hivecheck.history;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away an upload of past rounds that announces more bytes than the file limit (plus room for the form's
 * other parts) before anything reads it, sending the browser back to the import page, which says why. Smaller
 * bodies reach the page, which checks the file's own size.
 */
class PastRoundsSizeFilter extends OncePerRequestFilter {

    /** Room for the multipart headers and the CSRF token around the file. */
    private static final long FORM_OVERHEAD = 64 * 1024;

    private final long maxBytes;

    PastRoundsSizeFilter(PastRoundsProperties properties) {
        this.maxBytes = properties.maxFileSize().toBytes() + FORM_OVERHEAD;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getContextPath() + PastRoundsController.PATH + "?"
                    + PastRoundsController.TOO_LARGE_PARAMETER);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Registers the filter on the import page, ahead of Spring Security. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<PastRoundsSizeFilter> pastRoundsSizeFilter(PastRoundsProperties properties) {
            FilterRegistrationBean<PastRoundsSizeFilter> registration =
                    new FilterRegistrationBean<>(new PastRoundsSizeFilter(properties));
            registration.addUrlPatterns(PastRoundsController.PATH);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
            return registration;
        }
    }
}
