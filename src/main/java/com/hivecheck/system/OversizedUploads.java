package com.hivecheck.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away an upload to a page that announces more bytes than the page accepts, before anything reads it, and sends
 * the browser back to the page with a parameter that makes it say why. Without this, the CSRF check would ask Tomcat
 * for the form's token, Tomcat would fail to parse the oversized multipart body, and the visitor would get the
 * container's bare error page. The container reads and discards the rest of the body first
 * ({@code server.tomcat.max-swallow-size=-1}), so the browser sees the redirect rather than a reset connection.
 * Uploads of unknown length pass; the page checks those itself. Register it on the page's path, ahead of Spring
 * Security.
 */
public class OversizedUploads extends OncePerRequestFilter {

    private final long maxBytes;
    private final String page;
    private final String parameter;

    /**
     * @param maxBytes the largest body the page accepts
     * @param page the page's path within the application, such as {@code /imports}
     * @param parameter the query parameter the page shows its message for
     */
    public OversizedUploads(long maxBytes, String page, String parameter) {
        this.maxBytes = maxBytes;
        this.page = page;
        this.parameter = parameter;
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
            response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + page + "?" + parameter);
            return;
        }
        chain.doFilter(request, response);
    }
}
