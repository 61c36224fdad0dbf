package com.hivecheck.system;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The kinds of problem the JSON API answers with, each with its stable {@code type} URI, its usual status and the
 * message key of its title. The {@code type} is what a client branches on; title and detail are in the client's
 * language and may change wording.
 */
public enum ProblemType {

    /** The request could not be read: malformed JSON or multipart, an unknown or repeated parameter, a bad value. */
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "problem.badRequest.title"),
    /** The answers (or a pulse's setup) were read but break their rules; {@code errors} lists each field. */
    INVALID_ANSWERS("invalid-answers", HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.invalid.title"),
    /** The filters of a list break their rules; {@code errors} lists each field. */
    INVALID_FILTER("invalid-filter", HttpStatus.BAD_REQUEST, "problem.invalidFilter.title"),
    /** An activity export could not be imported; {@code errors} lists the problems with their lines. */
    IMPORT_FAILED("import-failed", HttpStatus.UNPROCESSABLE_CONTENT, "import.problems.heading"),
    /** The uploaded file is larger than the configured limit. */
    FILE_TOO_LARGE("file-too-large", HttpStatus.CONTENT_TOO_LARGE, "import.problems.heading"),
    /** Nothing has the given id or token: no assessment, no pulse. */
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "api.problem.notFound.title"),
    /** The pulse no longer takes answers: HR closed it, or its closing day has passed. */
    CLOSED("closed", HttpStatus.GONE, "pulse.closed.heading"),
    /** The content type of the body is not one the endpoint reads. */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "problem.unsupportedMediaType.title"),
    /** HR credentials are missing or wrong. */
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "problem.unauthorized.title"),
    /** A browser page of another site tried to write through the API. */
    CROSS_SITE("cross-site", HttpStatus.FORBIDDEN, "problem.crossSite.title"),
    /** Too many failed sign-ins from this client for this user name; see {@code Retry-After}. */
    LOGIN_THROTTLED("login-throttled", HttpStatus.TOO_MANY_REQUESTS, "problem.loginThrottled.title"),
    /** Too many requests of this kind from this client; see {@code Retry-After}. */
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "problem.rateLimited.title"),
    /** A fault of the server, logged with its cause. */
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.internal.title");

    /** Where every type URI starts; documented in the OpenAPI document ({@code /v3/api-docs}). */
    public static final String BASE = "urn:hivecheck:problem:";

    private final URI uri;
    private final HttpStatus status;
    private final String titleKey;

    ProblemType(String name, HttpStatus status, String titleKey) {
        this.uri = URI.create(BASE + name);
        this.status = status;
        this.titleKey = titleKey;
    }

    public URI uri() {
        return uri;
    }

    public HttpStatus status() {
        return status;
    }

    String titleKey() {
        return titleKey;
    }
}
