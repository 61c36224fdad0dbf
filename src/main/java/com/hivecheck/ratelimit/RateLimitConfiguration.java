package com.hivecheck.ratelimit;

import com.hivecheck.system.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts {@link RateLimits} in front of everything but the forward-headers filter (so that the client address is the
 * one the proxy saw), before Spring Security and before any body is read. A configuration, not a component, so web
 * slice tests leave it out.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    /** Right after Spring's forward-headers filter, which runs first. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 5;

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    FilterRegistrationBean<RateLimits> rateLimits(RateLimitProperties properties, Problems problems,
            LocaleResolver locales) {
        FilterRegistrationBean<RateLimits> registration =
                new FilterRegistrationBean<>(new RateLimits(properties, problems, locales));
        registration.setOrder(ORDER);
        registration.setEnabled(properties.enabled());
        if (!properties.enabled()) {
            log.warn("hivecheck.ratelimit.enabled=false: anonymous writes are not rate-limited");
        }
        return registration;
    }
}
