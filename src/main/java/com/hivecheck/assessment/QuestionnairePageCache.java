package com.hivecheck.assessment;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the blank questionnaire from memory. For an anonymous visitor, {@code GET /} without a query string is the
 * same page in a given language except for one value: the visitor's own CSRF token in the form. The page is rendered
 * once per language, kept with that token cut out, and served to every later visitor with their own token (fresh from
 * Spring Security, which also sets the token cookie of a new visitor) put back in its place.
 *
 * <p>Anything else, such as a signed-in HR user, a pre-filled form ({@code ?network=}, {@code ?evidence=}) or a form
 * redisplayed with errors, is rendered afresh. A page is kept only when it is a 200 HTML page holding the request's
 * token exactly once, so a page that depends on anything but the language must not be served at {@code GET /}.
 * Registered by {@link PageCacheConfiguration}, after Spring Security's filters.
 */
class QuestionnairePageCache extends OncePerRequestFilter {

    /** What a token must look like to be written into HTML unescaped: Spring Security's are Base64 (URL-safe). */
    private static final Pattern SAFE_TOKEN = Pattern.compile("[A-Za-z0-9_=+/-]{16,256}");

    private final LocaleResolver localeResolver;
    private final boolean enabled;
    private final Map<Locale, Page> pages = new ConcurrentHashMap<>();

    QuestionnairePageCache(LocaleResolver localeResolver, boolean enabled) {
        this.localeResolver = localeResolver;
        this.enabled = enabled;
    }

    /** A rendered questionnaire split where the token goes. */
    private record Page(byte[] beforeToken, byte[] afterToken, String contentType, Locale locale) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled || !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || !"/".equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        @Nullable CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token == null || !Visitors.anonymous()) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = localeResolver.resolveLocale(request);
        Page page = pages.get(locale);
        if (page != null) {
            String value = token.getToken();
            if (SAFE_TOKEN.matcher(value).matches()) {
                write(page, value, response);
                return;
            }
        }
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        @Nullable Page rendered = keepable(rendering, token.getToken());
        if (rendered != null) {
            pages.putIfAbsent(locale, rendered);
        }
        rendering.copyBodyToResponse();
    }

    private static @Nullable Page keepable(ContentCachingResponseWrapper rendering, String token) {
        String contentType = rendering.getContentType();
        if (rendering.getStatus() != HttpStatus.OK.value() || contentType == null
                || !contentType.startsWith("text/html") || !SAFE_TOKEN.matcher(token).matches()) {
            return null;
        }
        String body = new String(rendering.getContentAsByteArray(), StandardCharsets.UTF_8);
        String field = "value=\"" + token + "\"";
        int at = body.indexOf(field);
        if (at < 0 || body.indexOf(field, at + 1) >= 0) {
            return null;
        }
        int start = at + "value=\"".length();
        return new Page(body.substring(0, start).getBytes(StandardCharsets.UTF_8),
                body.substring(start + token.length()).getBytes(StandardCharsets.UTF_8), contentType,
                rendering.getLocale());
    }

    private static void write(Page page, String token, HttpServletResponse response) throws IOException {
        byte[] value = token.getBytes(StandardCharsets.US_ASCII);
        response.setLocale(page.locale());
        response.setContentType(page.contentType());
        response.setContentLength(page.beforeToken().length + value.length + page.afterToken().length);
        OutputStream body = response.getOutputStream();
        body.write(page.beforeToken());
        body.write(value);
        body.write(page.afterToken());
    }
}
