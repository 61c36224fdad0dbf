package com.hivecheck.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token of a form lives. A respondent without a session (the questionnaire, {@code GET /} and its
 * {@code POST /assessments}, and an employee answering a pulse under {@code /pulse/}) gets it in an HttpOnly, SameSite cookie, so that answering never creates a server
 * session: no memory held for 30 minutes per visitor, and no session row per visitor in the database under the
 * postgres profile. Everyone with a session, and every other page (the login page and the HR area), keeps the token
 * in the HTTP session, as Spring Security does by default. Either way a POST without the matching token is refused.
 */
final class RespondentCsrfTokenRepository implements CsrfTokenRepository {

    private final CsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

    RespondentCsrfTokenRepository() {
        cookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    }

    private CsrfTokenRepository storeFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean questionnaire = path.equals("/") || path.equals("/assessments") || path.startsWith("/pulse/");
        return questionnaire && request.getSession(false) == null ? cookies : sessions;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return storeFor(request).generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        storeFor(request).saveToken(token, request, response);
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return storeFor(request).loadToken(request);
    }
}
