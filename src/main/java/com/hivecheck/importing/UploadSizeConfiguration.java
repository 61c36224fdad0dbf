package com.hivecheck.importing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Registers {@link UploadSizeFilter} on the upload page, ahead of Spring Security. */
@Configuration(proxyBeanMethods = false)
class UploadSizeConfiguration {

    @Bean
    FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        FilterRegistrationBean<UploadSizeFilter> registration =
                new FilterRegistrationBean<>(new UploadSizeFilter(maxFileSize));
        registration.addUrlPatterns("/imports");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
