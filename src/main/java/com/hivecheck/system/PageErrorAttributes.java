package com.hivecheck.system;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Boot's error attributes, plus {@code retryMinutes} for the 429 page of a refused client
 * ({@link RefusedRequests#RETRY_MINUTES}).
 */
@Component
class PageErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
        Object minutes = webRequest.getAttribute(RefusedRequests.RETRY_MINUTES, RequestAttributes.SCOPE_REQUEST);
        if (minutes != null) {
            attributes.put(ErrorPageResolver.RETRY_MINUTES, minutes);
        }
        return attributes;
    }
}
