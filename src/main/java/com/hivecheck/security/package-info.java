/**
 * Web security: the page and API filter chains (Spring Security defaults, CSRF on every form, session fixation
 * protection, a strict Content-Security-Policy, who may open what), where a form's CSRF token lives (a cookie for
 * session-less respondents), and the API's problem+json answer to a caller without valid credentials. Exposes nothing
 * to other modules: it is configuration. It relies on {@code hr} for the HR role and the throttled sign-in.
 */
@NullMarked
package com.hivecheck.security;

import org.jspecify.annotations.NullMarked;
