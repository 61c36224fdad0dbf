package com.hivecheck.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Shows the localised error page for a request that a servlet filter refuses, before Spring MVC has seen it (a rate
 * limit, a broken multipart body, a request from a foreign site).
 *
 * <p>{@code sendError} would render the page with the original request, whose parameters the page reads (the
 * {@code lang} switch): for a broken multipart body the container then fails again, with a stack trace, and for a
 * large upload it reads the whole body first. Instead the error page is forwarded to with a view of the request that
 * has no body, no parameters and the method {@code GET}, and the attributes a container's error dispatch sets.
 */
public final class RefusedRequests {

    /** A request attribute: whole minutes until a refused client may try again, shown on the 429 page. */
    public static final String RETRY_MINUTES = RefusedRequests.class.getName() + ".retryMinutes";

    private RefusedRequests() {
    }

    /** Renders the error page of the given status as the answer to the request. */
    public static void show(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
            throws IOException, ServletException {
        Bodiless bodiless = new Bodiless(request);
        bodiless.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
        bodiless.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        bodiless.setAttribute(RequestDispatcher.ERROR_SERVLET_NAME, "dispatcherServlet");
        response.setStatus(status.value());
        request.getRequestDispatcher("/error").forward(bodiless, response);
    }

    /** The request as the error page sees it: a GET without body or parameters. */
    private static final class Bodiless extends HttpServletRequestWrapper {

        Bodiless(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public @Nullable String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public @Nullable String getQueryString() {
            return null;
        }

        @Override
        public @Nullable String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public @Nullable Part getPart(String name) {
            return null;
        }
    }
}
