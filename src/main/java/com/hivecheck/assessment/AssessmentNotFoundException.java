package com.hivecheck.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No assessment has the requested id, or the id is not a UUID at all. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AssessmentNotFoundException extends RuntimeException {

    AssessmentNotFoundException(String id) {
        super("No assessment " + id);
    }
}
