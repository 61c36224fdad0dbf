package com.hivecheck.assessment;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is asking, as the page caches need to know: only anonymous visitors share rendered pages. */
final class Visitors {

    private Visitors() {
    }

    /** Whether the current request comes from a visitor who has not signed in. */
    static boolean anonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }
}
