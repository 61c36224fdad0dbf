package com.hivecheck.importing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away an upload to the import page that announces more bytes than the file limit, before anything reads it.
 * Without this, the CSRF check would ask Tomcat for the form's token, Tomcat would fail to parse the oversized
 * multipart body, and the visitor would get the container's bare error page. The browser is sent to the upload page
 * with a message instead; the container reads and discards the rest of the body first
 * ({@code server.tomcat.max-swallow-size=-1}), so the browser sees the redirect rather than a reset connection.
 * Uploads of unknown length are left to {@link UploadLimitHandler}.
 */
class UploadSizeFilter extends OncePerRequestFilter {

    static final String TOO_LARGE_PARAMETER = "tooLarge";

    private final DataSize maxFileSize;

    UploadSizeFilter(DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxFileSize.toBytes()) {
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getContextPath() + "/imports?" + TOO_LARGE_PARAMETER);
            return;
        }
        chain.doFilter(request, response);
    }
}
