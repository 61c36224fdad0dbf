package com.hivecheck.assessment;

/** An assessment named a pulse that does not exist or has too few answers to give questions 3 and 4. */
class PulseUnavailableException extends RuntimeException {

    PulseUnavailableException() {
        super("No pulse with enough answers has this id");
    }
}
