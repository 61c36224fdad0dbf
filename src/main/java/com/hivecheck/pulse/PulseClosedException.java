package com.hivecheck.pulse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The pulse exists but takes no more answers: 410. */
@ResponseStatus(HttpStatus.GONE)
class PulseClosedException extends RuntimeException {

    PulseClosedException() {
        super("The pulse is closed");
    }
}
