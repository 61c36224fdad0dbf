package com.hivecheck.security;

import com.hivecheck.system.Problems;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts {@link RequestGuard} and {@link MultipartGuard} in front of Spring Security: the first right after the rate
 * limits, the second after the upload-size check of the import page, which must see an oversized upload before
 * anything reads it. A configuration, not a component, so web slice tests leave it out.
 */
@Configuration(proxyBeanMethods = false)
class GuardConfiguration {

    @Bean
    FilterRegistrationBean<RequestGuard> requestGuard(Problems problems, LocaleResolver locales) {
        FilterRegistrationBean<RequestGuard> registration =
                new FilterRegistrationBean<>(new RequestGuard(problems, locales));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 8);
        return registration;
    }

    @Bean
    FilterRegistrationBean<MultipartGuard> multipartGuard(Problems problems, LocaleResolver locales) {
        FilterRegistrationBean<MultipartGuard> registration =
                new FilterRegistrationBean<>(new MultipartGuard(problems, locales));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
        return registration;
    }
}
