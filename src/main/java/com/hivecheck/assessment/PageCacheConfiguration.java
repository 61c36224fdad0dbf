package com.hivecheck.assessment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Puts {@link ResultPageCache} in front of the result pages and {@link QuestionnairePageCache} in front of the blank
 * questionnaire, after Spring Security's filters (so that every request is still authorised, gets the security headers
 * and its own CSRF token). A configuration, not a component, so web slice tests leave it out.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    @Bean
    FilterRegistrationBean<ResultPageCache> resultPageCache(AssessmentManagement management,
            LocaleResolver localeResolver, ResultPageCacheProperties properties) {
        FilterRegistrationBean<ResultPageCache> registration = new FilterRegistrationBean<>(
                new ResultPageCache(management, localeResolver, properties));
        registration.addUrlPatterns("/assessments/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    /**
     * {@code hivecheck.assessment.questionnaire-cache.enabled=false} renders the blank questionnaire on every request.
     */
    @Bean
    FilterRegistrationBean<QuestionnairePageCache> questionnairePageCache(LocaleResolver localeResolver,
            @Value("${hivecheck.assessment.questionnaire-cache.enabled:true}") boolean enabled) {
        FilterRegistrationBean<QuestionnairePageCache> registration = new FilterRegistrationBean<>(
                new QuestionnairePageCache(localeResolver, enabled));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }
}
