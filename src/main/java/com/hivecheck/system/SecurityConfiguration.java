package com.hivecheck.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security defaults (CSRF on every form, session fixation protection, secure headers) plus a strict
 * Content-Security-Policy: every script and style is a file served by the app. The questionnaire, result pages reached
 * by their unguessable link and the public API stay open; everything else is denied until a feature opens it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/error", "/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.POST, "/assessments", "/api/assessments").permitAll()
                        .requestMatchers("/imports", "/imports/**", "/api/imports").permitAll()
                        .requestMatchers(HttpMethod.GET, "/assessments", "/assessments/*", "/api/assessments/*").permitAll()
                        // Unmapped methods on the public API reach MVC, which answers 405 as problem+json.
                        // A feature that maps one of them must put its own rule above these lines.
                        .requestMatchers(HttpMethod.POST, "/api/assessments/*").permitAll()
                        .requestMatchers(HttpMethod.PUT, "/api/assessments", "/api/assessments/*").permitAll()
                        .requestMatchers(HttpMethod.PATCH, "/api/assessments", "/api/assessments/*").permitAll()
                        .requestMatchers(HttpMethod.DELETE, "/api/assessments", "/api/assessments/*").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("HR")
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.csrfTokenRepository(new RespondentCsrfTokenRepository())
                        .ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
