package com.hivecheck.importing;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An upload that waited in vain for its turn to be read: 503 with {@code Retry-After}, the localised error page or
 * problem+json. Nothing of it was read or kept.
 */
class ImportsBusyException extends ErrorResponseException {

    ImportsBusyException(Duration retryAfter) {
        super(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE), null,
                "import.busy.detail", null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
    }
}
