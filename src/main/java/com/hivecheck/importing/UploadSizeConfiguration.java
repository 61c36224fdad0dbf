package com.hivecheck.importing;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link UploadSizeFilter} on the upload page, ahead of Spring Security. */
@Configuration(proxyBeanMethods = false)
class UploadSizeConfiguration {

    @Bean
    FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(MultipartProperties multipart) {
        FilterRegistrationBean<UploadSizeFilter> registration =
                new FilterRegistrationBean<>(new UploadSizeFilter(multipart.getMaxFileSize()));
        registration.addUrlPatterns("/imports");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
