package com.hivecheck.system;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Provides the one {@link Problems} factory. A {@link WebMvcConfigurer}, so that web slice tests, which pick up MVC
 * configuration but not plain components, get it along with the advices that use it.
 */
@Configuration(proxyBeanMethods = false)
class ProblemsConfiguration implements WebMvcConfigurer {

    @Bean
    Problems problems(MessageSource messages, JsonMapper json) {
        return new Problems(messages, json);
    }
}
