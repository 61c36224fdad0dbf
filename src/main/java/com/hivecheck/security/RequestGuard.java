package com.hivecheck.security;

import com.hivecheck.system.ProblemType;
import com.hivecheck.system.Problems;
import com.hivecheck.system.RefusedRequests;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Turns away requests that no page or endpoint can handle, before anything reads their body, with a 4xx instead of a
 * stack trace:
 *
 * <ul>
 *   <li>a write ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) that a browser says comes from a page of
 *       another site ({@code Sec-Fetch-Site: cross-site} or {@code same-site}): 403. The forms carry CSRF tokens
 *       anyway, but the token is only found after the whole body (an upload of up to 50 MB) has been read, and the
 *       API takes no token; so a foreign page cannot make its visitors' browsers feed uploads to the server.
 *       Programs that send no such header (curl, scripts) are not affected;</li>
 *   <li>a {@code Content-Type} that is no media type, or a wildcard such as {@code *}{@code /*}: 415;</li>
 *   <li>{@code /error} asked for directly, which is only the container's error page: 404.</li>
 * </ul>
 *
 * Pages get the localised error page, the API ({@code /api/**}) {@code application/problem+json}.
 */
class RequestGuard extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> FOREIGN_SITES = Set.of("cross-site", "same-site");

    private final Problems problems;
    private final LocaleResolver locales;

    RequestGuard(Problems problems, LocaleResolver locales) {
        this.problems = problems;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getDispatcherType() == DispatcherType.REQUEST && path.equals("/error")) {
            RefusedRequests.show(request, response, HttpStatus.NOT_FOUND);
            return;
        }
        boolean write = WRITES.contains(request.getMethod());
        String site = request.getHeader("Sec-Fetch-Site");
        if (write && site != null && FOREIGN_SITES.contains(site.strip().toLowerCase(Locale.ROOT))) {
            refuse(request, response, path, ProblemType.CROSS_SITE, "problem.crossSite.detail");
            return;
        }
        if (!isReadable(request.getContentType())) {
            refuse(request, response, path, ProblemType.UNSUPPORTED_MEDIA_TYPE, "problem.unsupportedMediaType.detail");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String path, ProblemType type,
            String detailKey) throws IOException, ServletException {
        if (isApi(path)) {
            problems.write(problems.ofMessage(type, detailKey, locales.resolveLocale(request)), request, response);
        } else {
            RefusedRequests.show(request, response, type.status());
        }
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }

    /** Whether a {@code Content-Type} names one concrete media type (or there is none). */
    private static boolean isReadable(@Nullable String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
