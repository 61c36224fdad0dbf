package com.hivecheck.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivecheck.HiveCheckApplication;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Two nodes of the app, as behind a load balancer: two application contexts on their own ports, both under the
 * postgres profile against the one PostgreSQL database of SPRING_DATASOURCE_URL. A session begun on one node is
 * honoured by the other (Spring Session JDBC), and what one node stores the other shows.
 *
 * <p>A questionnaire fetched from node A is accepted when posted to node B (its CSRF token lives in a cookie, so no
 * server session is needed), and refused without that cookie. An HR session stored by node A is honoured by node B,
 * which shows it the HR-only health details; with the history branch merged, the same holds for a real login.
 * Runs only with {@code ./mvnw -Ppostgres verify} (tag "postgres").
 */
@Tag("postgres")
class SeveralNodesIT {

    private static final String HR_PASSWORD = "several-nodes-" + UUID.randomUUID();

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeAll
    static void startTwoNodes() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        assertThat(url).as("SPRING_DATASOURCE_URL must name a PostgreSQL database: run eval \"$(.ci/postgres)\" first")
                .startsWith("jdbc:postgresql:");
        nodeA = node("a");
        nodeB = node("b");
    }

    @AfterAll
    static void stopNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static ConfigurableApplicationContext node(String name) {
        return new SpringApplicationBuilder(HiveCheckApplication.class)
                .profiles("postgres")
                .properties("server.port=0", "server.address=127.0.0.1", "spring.application.name=hivecheck-" + name,
                        "spring.jmx.enabled=false", "hivecheck.hr.password=" + HR_PASSWORD)
                .run();
    }

    @Test
    void aFormBegunOnOneNodeIsAcceptedByTheOtherAndItsResultShownByBoth() throws Exception {
        HttpResponse<String> questionnaire = get(nodeA, "/", Optional.empty());
        assertThat(questionnaire.statusCode()).isEqualTo(200);
        String cookies = cookies(questionnaire);
        String token = csrfToken(questionnaire.body());
        String network = "Two-node network " + UUID.randomUUID();

        HttpResponse<String> submitted = post(nodeB, "/assessments", cookies, form(network, token));

        assertThat(submitted.statusCode()).as("node B accepts the form node A handed out").isEqualTo(303);
        String location = URI.create(submitted.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(location).matches("/assessments/[0-9a-f-]{36}");
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            HttpResponse<String> result = get(node, location, Optional.empty());
            assertThat(result.statusCode()).isEqualTo(200);
            assertThat(result.body()).contains(network);
        }
    }

    @Test
    void theOtherNodeRefusesTheFormWithoutItsTokenCookie() throws Exception {
        HttpResponse<String> questionnaire = get(nodeA, "/", Optional.empty());
        String token = csrfToken(questionnaire.body());

        HttpResponse<String> submitted = post(nodeB, "/assessments", "", form("No session " + UUID.randomUUID(), token));

        assertThat(submitted.statusCode()).isEqualTo(403);
    }

    @Test
    void anHrSessionStoredByOneNodeIsHonouredByTheOther() throws Exception {
        @SuppressWarnings("unchecked")
        SessionRepository<Session> sessions = nodeA.getBean(SessionRepository.class);
        Session session = sessions.createSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated("hr", null, AuthorityUtils.createAuthorityList("ROLE_HR"))));
        sessions.save(session);
        String cookie = "SESSION=" + Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> asHr = get(nodeB, "/actuator/health", Optional.of(cookie));
        HttpResponse<String> anonymous = get(nodeB, "/actuator/health", Optional.empty());

        assertThat(asHr.statusCode()).isEqualTo(200);
        assertThat(asHr.body()).as("HR sees the database details").contains("\"database\":\"PostgreSQL\"");
        assertThat(anonymous.body()).doesNotContain("\"database\"");
    }

    /**
     * A real sign-in (GET/POST /login, redirect to /hr) on node A, and the HR area on node B with that session.
     */
    @Test
    void anHrLoginOnOneNodeIsHonouredByTheOther() throws Exception {
        final String hrPage = "/hr";
        String username = newHrAccount();
        HttpResponse<String> loginPage = get(nodeA, "/login", Optional.empty());
        String anonymousSession = sessionCookie(loginPage);
        String body = "username=" + username + "&password=" + URLEncoder.encode(HR_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrfToken(loginPage.body()), StandardCharsets.UTF_8);

        HttpResponse<String> loggedIn = post(nodeA, "/login", anonymousSession, body);
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String hrSession = sessionCookie(loggedIn);

        HttpResponse<String> onOtherNode = get(nodeB, hrPage, Optional.of(hrSession));
        assertThat(onOtherNode.statusCode()).as("node B serves the HR page to the session begun on node A")
                .isEqualTo(200);
        assertThat(get(nodeB, hrPage, Optional.empty()).statusCode()).as("and not without it").isEqualTo(302);
    }

    /** Wrong passwords tried on both nodes add up to one pause, which both nodes then enforce. */
    @Test
    void failedSignInsOnBothNodesPauseTheNameOnBoth() throws Exception {
        String username = newHrAccount();
        assertThat(api(nodeA, username, HR_PASSWORD).statusCode()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(api(i % 2 == 0 ? nodeA : nodeB, username, "wrong-" + i).statusCode()).isEqualTo(401);
        }

        assertThat(api(nodeA, username, HR_PASSWORD).statusCode()).as("paused on node A").isEqualTo(429);
        assertThat(api(nodeB, username, HR_PASSWORD).statusCode()).as("paused on node B").isEqualTo(429);
    }

    /** A new HR account: the shared test database may already hold a first account with another password. */
    private String newHrAccount() {
        String username = "nodes-" + UUID.randomUUID().toString().substring(0, 8);
        nodeA.getBean(JdbcTemplate.class).update(
                "insert into hr_account (username, password_hash, enabled, created_at) values (?, ?, true, ?)",
                username, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(HR_PASSWORD),
                Timestamp.from(Instant.now()));
        return username;
    }

    private HttpResponse<String> api(ConfigurableApplicationContext node, String username, String password)
            throws IOException, InterruptedException {
        String credentials = java.util.Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(node, "/api/assessments"))
                .header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String network, String token) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("_csrf", token);
        fields.put("network", network);
        fields.put("unit", "Sales");
        fields.put("employees", "1000");
        fields.put("monthlyActiveUsers", "300");
        fields.put("contentCreators", "4");
        fields.put("creatorsMostlyOfficial", "true");
        fields.put("benefits", "IDEAS");
        fields.put("workRelatedShare", "95");
        fields.put("improvement", "BETTER");
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path, Optional<String> cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).GET();
        cookie.ifPresent(c -> request.header("Cookie", c));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String cookie, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie: Spring Session JDBC is not active"));
    }

    private static String cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .collect(Collectors.joining("; "));
    }

    private static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("the questionnaire carries a CSRF token").isTrue();
        return matcher.group(1);
    }
}
