package com.hivecheck.pulse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No pulse has this token or id (or it was deleted): 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PulseNotFoundException extends RuntimeException {

    PulseNotFoundException() {
        super("No such pulse");
    }
}
