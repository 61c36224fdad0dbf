package com.hivecheck.assessment;

import com.hivecheck.system.Ids;
import com.hivecheck.system.LeastRecentlyUsed;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the result pages that anonymous visitors open again and again from memory. A stored assessment never changes,
 * so its page is the same for every anonymous visitor in the same language: it is rendered once per language and kept
 * in a small least-recently-used map. Every hit still asks the database whether the assessment exists, so a deletion
 * on any node takes effect at once.
 *
 * <p>Only a plain {@code GET /assessments/{id}} by an anonymous visitor is served or kept, and only a 200 HTML page
 * that sets no cookie and carries no form token: what a signed-in user sees, and anything tied to one visitor, is
 * always rendered afresh. A result page must therefore depend on the assessment and the language alone.
 * Registered by {@link PageCacheConfiguration}, after Spring Security's filters.
 */
class ResultPageCache extends OncePerRequestFilter {

    private static final Pattern RESULT = Pattern.compile("/assessments/([^/]+)");
    private static final byte[] FORM_TOKEN = "name=\"_csrf\"".getBytes(StandardCharsets.UTF_8);

    private final AssessmentManagement management;
    private final LocaleResolver localeResolver;
    private final int capacity;
    private final Map<Key, Page> pages;

    ResultPageCache(AssessmentManagement management, LocaleResolver localeResolver, ResultPageCacheProperties properties) {
        this.management = management;
        this.localeResolver = localeResolver;
        this.capacity = properties.pages();
        this.pages = Collections.synchronizedMap(new LeastRecentlyUsed<>(capacity));
    }

    private record Key(UUID id, Locale locale) {
    }

    private record Page(byte[] body, String contentType, Locale locale) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return capacity <= 0 || !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || !RESULT.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher matcher = RESULT.matcher(request.getRequestURI());
        Optional<UUID> id = matcher.matches() ? Ids.parse(matcher.group(1)) : Optional.empty();
        if (id.isEmpty() || !Visitors.anonymous()) {
            chain.doFilter(request, response);
            return;
        }
        Key key = new Key(id.get(), localeResolver.resolveLocale(request));
        Page page = pages.get(key);
        if (page != null) {
            if (management.exists(key.id())) {
                write(page, response);
                return;
            }
            pages.remove(key);
        }
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        @Nullable Page rendered = keepable(rendering);
        if (rendered != null) {
            pages.put(key, rendered);
        }
        rendering.copyBodyToResponse();
    }

    private static @Nullable Page keepable(ContentCachingResponseWrapper rendering) {
        String contentType = rendering.getContentType();
        byte[] body = rendering.getContentAsByteArray();
        if (rendering.getStatus() != HttpStatus.OK.value() || contentType == null
                || !contentType.startsWith("text/html") || !rendering.getHeaders("Set-Cookie").isEmpty()
                || contains(body, FORM_TOKEN)) {
            return null;
        }
        return new Page(body, contentType, rendering.getLocale());
    }

    private static void write(Page page, HttpServletResponse response) throws IOException {
        response.setLocale(page.locale());
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private static boolean contains(byte[] body, byte[] part) {
        outer:
        for (int i = 0; i <= body.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
