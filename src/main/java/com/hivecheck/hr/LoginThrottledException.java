package com.hivecheck.hr;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in was refused without checking the password, because the user name failed too often recently. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins for this user name; retry in " + retryAfter);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes until the next attempt is accepted, at least 1. */
    long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
