package com.hivecheck.history;

import com.hivecheck.system.OversizedUploads;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Turns away an upload of past rounds that announces more bytes than the file limit (plus room for the form's
 * other parts) before anything reads it, sending the browser back to the import page, which says why. Smaller
 * bodies reach the page, which checks the file's own size.
 */
@Configuration(proxyBeanMethods = false)
class PastRoundsUploadLimit {

    /** Room for the multipart headers and the CSRF token around the file. */
    private static final long FORM_OVERHEAD = 64 * 1024;

    @Bean
    FilterRegistrationBean<OversizedUploads> pastRoundsSizeFilter(PastRoundsProperties properties) {
        FilterRegistrationBean<OversizedUploads> registration = new FilterRegistrationBean<>(new OversizedUploads(
                properties.maxFileSize().toBytes() + FORM_OVERHEAD, PastRoundsController.PATH,
                PastRoundsController.TOO_LARGE_PARAMETER));
        registration.addUrlPatterns(PastRoundsController.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
