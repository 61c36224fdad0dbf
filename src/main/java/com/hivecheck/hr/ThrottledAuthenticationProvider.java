package com.hivecheck.hr;

import com.hivecheck.system.ClientAddress;
import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks user name and password with the wrapped provider, unless the {@link LoginThrottle} pauses this client for
 * this name; the form login and HTTP Basic both go through here, so neither can be used to keep guessing. The client
 * is the request's address ({@link ClientAddress}), which Spring Security keeps in the authentication's details.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String client = ClientAddress.normalize(authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null);
        LoginThrottle.Verdict verdict = throttle.check(username, client);
        if (verdict.pausedFor().isPresent()) {
            throw new LoginThrottledException(verdict.pausedFor().get());
        }
        slowDown(verdict.slowDown());
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(username, client);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, client);
            throw e;
        }
    }

    private static void slowDown(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
