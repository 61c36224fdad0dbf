package com.hivecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A respondent talking plain HTTP to a test server on a real port: opens the questionnaire, and posts valid answers
 * with whatever cookies and CSRF token it is given, following no redirect.
 */
public final class Respondent {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public Respondent(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A GET in the given language (an Accept-Language value). */
    public HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a valid questionnaire for {@code network}; {@code cookies} may be empty. */
    public HttpResponse<String> postAnswers(String cookies, String token, String network)
            throws IOException, InterruptedException {
        String form = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&network="
                + URLEncoder.encode(network, StandardCharsets.UTF_8) + "&unit="
                + "&employees=1000&monthlyActiveUsers=300&contentCreators=4&creatorsMostlyOfficial=true"
                + "&benefits=IDEAS&workRelatedShare=95&improvement=BETTER";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/assessments"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The cookies a response sets, as a Cookie header sending them back. */
    public static String cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .collect(Collectors.joining("; "));
    }

    /** The CSRF token of the page's form; fails the test when there is none. */
    public static String token(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a form with a CSRF token").isTrue();
        return matcher.group(1);
    }
}
