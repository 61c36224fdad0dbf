package com.hivecheck.assessment;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts {@link ResultPageCache} in front of the result pages, after Spring Security's filters (so that every request is
 * still authorised and gets the security headers). A configuration, not a component, so web slice tests leave it out.
 */
@Configuration(proxyBeanMethods = false)
class ResultPageCacheConfiguration {

    @Bean
    FilterRegistrationBean<ResultPageCache> resultPageCache(AssessmentManagement management,
            LocaleResolver localeResolver, ResultPageCacheProperties properties) {
        FilterRegistrationBean<ResultPageCache> registration = new FilterRegistrationBean<>(
                new ResultPageCache(management, localeResolver, properties));
        registration.addUrlPatterns("/assessments/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
