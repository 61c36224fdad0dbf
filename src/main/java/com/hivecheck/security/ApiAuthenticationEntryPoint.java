package com.hivecheck.security;

import com.hivecheck.hr.LoginThrottledException;
import com.hivecheck.system.ProblemType;
import com.hivecheck.system.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API's answer to a caller without valid credentials: 401 with a Basic challenge and an
 * {@code application/problem+json} body, never a redirect to the login page. A client paused by the login throttle
 * gets 429 with {@code Retry-After}.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final String REALM = "HiveCheck HR";

    private final Problems problems;
    private final LocaleResolver locales;

    ApiAuthenticationEntryPoint(Problems problems, LocaleResolver locales) {
        this.problems = problems;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem;
        if (exception instanceof LoginThrottledException throttled) {
            problem = problems.ofMessage(ProblemType.LOGIN_THROTTLED, "problem.loginThrottled.detail", locale,
                    throttled.retryAfterMinutes());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Problems.seconds(throttled.retryAfter())));
        } else {
            problem = problems.ofMessage(ProblemType.UNAUTHORIZED, "problem.unauthorized.detail", locale);
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        problems.write(problem, request, response);
    }
}
