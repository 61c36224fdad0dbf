package com.hivecheck.security;

import com.hivecheck.system.ProblemType;
import com.hivecheck.system.Problems;
import com.hivecheck.system.RefusedRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Reads a multipart body once, up front, so that a broken one (no boundary, a part without its end, nothing but
 * {@code --x}) is answered 400 here, instead of failing inside the CSRF check or the multipart resolver with an
 * ERROR and a stack trace in the log. The parts are kept by the container, so nothing is read twice. A body over the
 * upload limit is left to the upload-limit handling further on, which answers 413 with its own message.
 */
class MultipartGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MultipartGuard.class);

    private final Problems problems;
    private final LocaleResolver locales;

    MultipartGuard(Problems problems, LocaleResolver locales) {
        this.problems = problems;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !"POST".equals(request.getMethod()) || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            if (isOverLimit(e)) {
                chain.doFilter(request, response);
                return;
            }
            log.debug("Malformed multipart request to {}: {}", request.getRequestURI(), e.toString());
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (RequestGuard.isApi(path)) {
                problems.write(problems.ofMessage(ProblemType.BAD_REQUEST, "problem.multipart.detail",
                        locales.resolveLocale(request)), request, response);
            } else {
                RefusedRequests.show(request, response, HttpStatus.BAD_REQUEST);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the parts could not be read because the body is larger than the configured limits. */
    private static boolean isOverLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")
                    || name.contains("MaxUploadSizeExceeded")) {
                return true;
            }
        }
        return false;
    }
}
