package com.hivecheck.importing;

import com.hivecheck.system.OversizedUploads;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Turns away an upload to the import page that announces a body larger than the file limit, before the CSRF check
 * reads it; uploads of unknown length are left to {@link UploadLimitHandler}.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeConfiguration {

    @Bean
    FilterRegistrationBean<OversizedUploads> uploadSizeFilter(MultipartProperties multipart) {
        FilterRegistrationBean<OversizedUploads> registration = new FilterRegistrationBean<>(new OversizedUploads(
                multipart.getMaxFileSize().toBytes(), "/imports", ImportController.TOO_LARGE_PARAMETER));
        registration.addUrlPatterns("/imports");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
