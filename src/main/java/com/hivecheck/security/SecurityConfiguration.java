package com.hivecheck.security;

import com.hivecheck.hr.HrAccountManagement;
import com.hivecheck.system.Problems;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Spring Security defaults (CSRF on every form, session fixation protection, secure headers) plus a strict
 * Content-Security-Policy: every script and style is a file served by the app. The questionnaire, result pages reached
 * by their unguessable link and the public API stay open. The HR area ({@code /hr/**}) needs an HR account, signed in
 * on the localised {@code /login} page; the HR API ({@code GET /api/assessments}, {@code GET /api/progress}) takes the same accounts over HTTP
 * Basic and answers 401, never a redirect. Everything else is denied until a feature opens it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /** No page of HiveCheck needs any of these browser features, nor may a frame of it ask for them. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

    /**
     * The headers of every answer: Spring Security's defaults (HSTS on requests that arrived over TLS, which behind a
     * proxy needs {@code server.forward-headers-strategy}), the CSP above, no referrer sent to other sites, and no
     * powerful browser features.
     */
    static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
    }

    /**
     * Spring Security observes nothing: nothing reads those observations, and while any are on, every filter of both
     * chains is wrapped to time it, on every request (a tenth of the server's CPU per pulse answer).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** The JSON API: stateless, HTTP Basic for the HR list, 401 (problem+json) instead of a login redirect. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Problems problems, LocaleResolver locales) throws Exception {
        ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(problems, locales);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/assessments").permitAll()
                        .requestMatchers("/api/imports").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/assessments/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/assessments").hasRole(HrAccountManagement.HR_ROLE)
                        .requestMatchers(HttpMethod.GET, "/api/progress").hasRole(HrAccountManagement.HR_ROLE)
                        .requestMatchers(HttpMethod.POST, "/api/pulses/*/responses").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/pulses").hasRole(HrAccountManagement.HR_ROLE)
                        .requestMatchers(HttpMethod.GET, "/api/pulses/*").hasRole(HrAccountManagement.HR_ROLE)
                        // Unmapped methods on the public API reach MVC, which answers 405 as problem+json.
                        // A feature that maps one of them must put its own rule above these lines.
                        .requestMatchers(HttpMethod.POST, "/api/assessments/*").permitAll()
                        .requestMatchers(HttpMethod.PUT, "/api/assessments", "/api/assessments/*").permitAll()
                        .requestMatchers(HttpMethod.PATCH, "/api/assessments", "/api/assessments/*").permitAll()
                        .requestMatchers(HttpMethod.DELETE, "/api/assessments", "/api/assessments/*").permitAll()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName(ApiAuthenticationEntryPoint.REALM).authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies authenticate the API, so there is no session for a foreign page to ride on; what a
                // foreign page can still do (make its visitors' browsers send writes) RequestGuard and the rate
                // limits stop.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        headers(http);
        return http.build();
    }

    /** Pages: public questionnaire and results, the HR area behind the form login. */
    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/error", "/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.POST, "/assessments").permitAll()
                        .requestMatchers("/imports", "/imports/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/pulse/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/pulse/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/assessments", "/assessments/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/login").permitAll()
                        // The published API contract and its viewer: public, read-only.
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/hr", "/hr/**").hasRole(HrAccountManagement.HR_ROLE)
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole(HrAccountManagement.HR_ROLE)
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.csrfTokenRepository(new RespondentCsrfTokenRepository()))
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/hr")
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error"))
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // Only the HR area and the HR-only actuator send an anonymous visitor to the sign-in page; any other
                // address no feature opened does not exist for them: 404, the localised error page.
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/hr"),
                                        PathPatternRequestMatcher.withDefaults().matcher("/hr/**"),
                                        PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")))
                        .defaultAuthenticationEntryPointFor(
                                (request, response, denied) -> response.sendError(HttpServletResponse.SC_NOT_FOUND),
                                AnyRequestMatcher.INSTANCE)
                        // Signed in, the only addresses refused are those no feature opened (an HR account has
                        // every role): they do not exist for HR either. A missing CSRF token stays 403.
                        .accessDeniedHandler((request, response, denied) -> {
                            if (denied instanceof CsrfException) {
                                new AccessDeniedHandlerImpl().handle(request, response, denied);
                            } else {
                                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                            }
                        }))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        headers(http);
        return http.build();
    }
}
