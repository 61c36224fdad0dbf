package com.hivecheck.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Brings the application's real security configuration (CSRF on forms, access rules, Content-Security-Policy) into
 * {@code @WebMvcTest} slices of other packages, which would otherwise run with Spring Boot's default security.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class WebSecurityTestConfiguration {
}
