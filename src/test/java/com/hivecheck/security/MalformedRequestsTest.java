package com.hivecheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A corpus of malformed requests, sent over real HTTP to the packaged servlet container, against every page and
 * endpoint that takes input: wrong types, huge and negative numbers, long and invisible strings, control and
 * direction characters, duplicate and indexed parameters, broken multipart bodies, wrong and wildcard content types,
 * bad locale cookies, and the cases of issue 10. None may get a 5xx, none may log an ERROR, and none may store an
 * assessment. Forms get their CSRF token first, as a browser would, so that the request reaches the binder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "hivecheck.hr.password=" + MalformedRequestsTest.PASSWORD)
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("database")
class MalformedRequestsTest {

    static final String PASSWORD = "correct horse battery staple";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String CSV = "person,unit,last_activity_date,posts\nann@example.com,Sales,2026-05-01,3\n"
            + "bob@example.com,Sales,2026-04-01,0\n";
    private static final String UNKNOWN_CSV = "who,when,how many\nann,2026-05-01,3\nbob,2026-04-02,1\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpClient questionnaire;
    private String questionnaireToken;
    private HttpClient importPages;
    private String importToken;
    private String mappingPath;

    /** A kind of request: which endpoint, and how it is sent. */
    enum Target {
        FORM, API_ASSESSMENT, API_IMPORT, IMPORT_PAGE, MAPPING_PAGE, PLAIN
    }

    /**
     * One malformed request.
     *
     * @param name what it tries
     * @param target where it goes
     * @param method the HTTP method
     * @param path the path (for FORM, API_* and IMPORT_PAGE: ignored)
     * @param contentType the Content-Type, or null for none
     * @param body the body
     * @param headers more headers, name then value
     */
    record Case(String name, Target target, String method, String path, String contentType, byte[] body,
            List<String> headers) {

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void visitorsWithTokens() throws Exception {
        questionnaire = client();
        questionnaireToken = token(questionnaire, "/");
        importPages = client();
        importToken = token(importPages, "/imports");
        Multipart upload = new Multipart().field("_csrf", importToken).field("mapColumns", "true")
                .file("file", "export.csv", UNKNOWN_CSV.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> pending = importPages.send(request("/imports", "POST", upload.contentType(),
                upload.bytes(), List.of()), HttpResponse.BodyHandlers.ofString());
        assertThat(pending.statusCode()).as("an export waiting for its mapping").isEqualTo(303);
        mappingPath = pending.headers().firstValue("Location").orElseThrow();
    }

    @BeforeEach
    void noAssessments() {
        jdbc.sql("delete from assessment").update();
    }

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        // --- The questionnaire form: one malformed answer in an otherwise valid form ---------------------------
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("NUL in a choice (benefits=%00)", "benefits=%00");
        invalid.put("hexadecimal number", "employees=0x10");
        invalid.put("full-width digits", "employees=%EF%BC%91%EF%BC%90%EF%BC%90");
        invalid.put("Arabic-Indic digits", "employees=%D9%A1%D9%A0%D9%A0");
        invalid.put("exponent", "employees=1e3");
        invalid.put("number of 400 digits", "employees=" + "9".repeat(400));
        invalid.put("negative number", "employees=-5");
        invalid.put("duplicate number", "employees=100&employees=200");
        invalid.put("NUL in the network", "network=Acme%00Engage");
        invalid.put("C1 control in the unit", "unit=Sales%C2%85");
        invalid.put("bidi override in the example", "example=%E2%80%AEevil");
        invalid.put("zero-width network", "network=%E2%80%8B%E2%80%8B");
        invalid.put("network of 10,000 characters", "network=" + "N".repeat(10_000));
        invalid.put("enum by position", "improvement=4");
        invalid.put("unknown enum", "improvement=AMAZING");
        invalid.put("boolean as 2", "creatorsMostlyOfficial=2");
        invalid.put("unknown benefit", "benefits=TELEPATHY");
        for (Map.Entry<String, String> entry : invalid.entrySet()) {
            String field = entry.getValue().substring(0, entry.getValue().indexOf('='));
            cases.add(form("form: " + entry.getKey(), without(field) + "&" + entry.getValue()));
        }
        // --- Indexed and nested names instead of the field itself: never bound ------------------------------------
        for (String field : List.of("employees", "network", "evidence", "benefits")) {
            String required = field.equals("evidence") || field.equals("benefits") ? "network" : field;
            cases.add(form("form: " + field + "[0]", without(required) + "&" + field + "[0]=1&" + field + "[x]=1"));
        }
        cases.add(form("form: nested name", without("network") + "&network.bytes=1&employees.class=1"));
        cases.add(form("form: benefits[256]", without("network") + "&benefits[256]=IDEAS"));
        cases.add(form("form: no fields at all", ""));
        cases.add(form("form: broken percent-encoding", without("network") + "&network=%zz%"));
        cases.add(new Case("form: broken multipart", Target.FORM, "POST", "/assessments",
                "multipart/form-data; boundary=x", bytes("--x\r\n\r\n"), List.of()));
        cases.add(new Case("form: multipart without boundary", Target.FORM, "POST", "/assessments",
                "multipart/form-data", bytes("abc"), List.of()));
        cases.add(new Case("form: wildcard content type", Target.FORM, "POST", "/assessments", "*/*",
                bytes(validForm()), List.of()));
        cases.add(new Case("form: from another site", Target.FORM, "POST", "/assessments",
                "application/x-www-form-urlencoded", bytes(validForm()), List.of("Sec-Fetch-Site", "cross-site")));
        // --- The assessment API ------------------------------------------------------------------------------
        Map<String, String> json = new LinkedHashMap<>();
        json.put("enum by position", "\"improvement\": 4");
        json.put("benefit by position", "\"benefits\": [1]");
        json.put("null benefit", "\"benefits\": [null]");
        json.put("boolean as 0", "\"creatorsMostlyOfficial\": 0");
        json.put("boolean as -1e30", "\"creatorsMostlyOfficial\": -1e30");
        json.put("boolean as text", "\"creatorsMostlyOfficial\": \"true\"");
        json.put("text as boolean", "\"example\": true");
        json.put("text as number", "\"network\": 123");
        json.put("number as text", "\"employees\": \"100\"");
        json.put("number as boolean", "\"employees\": true");
        json.put("number of 1,001 digits", "\"employees\": 1" + "0".repeat(1000));
        json.put("number 1e400", "\"employees\": 1e400");
        json.put("negative 10^30", "\"monthlyActiveUsers\": -1000000000000000000000000000000");
        json.put("NUL in text", "\"network\": \"Acme\\u0000\"");
        json.put("bidi override in text", "\"unit\": \"\\u202Eelas\"");
        json.put("zero-width text", "\"network\": \"\\u200B\"");
        json.put("duplicate key", "\"employees\": 100, \"employees\": 200");
        json.put("evidence of 10,000 characters", "\"evidence\": \"" + "e".repeat(10_000) + "\"");
        for (Map.Entry<String, String> entry : json.entrySet()) {
            cases.add(api("api: " + entry.getKey(), "application/json", validJson(entry.getValue())));
        }
        cases.add(api("api: wildcard content type", "*/*", validJson("\"unit\": \"x\"")));
        cases.add(api("api: text/plain", "text/plain", validJson("\"unit\": \"x\"")));
        cases.add(api("api: no content type", null, validJson("\"unit\": \"x\"")));
        cases.add(api("api: malformed content type", "application/", validJson("\"unit\": \"x\"")));
        cases.add(api("api: form body", "application/x-www-form-urlencoded", bytes(validForm())));
        cases.add(api("api: null", "application/json", bytes("null")));
        cases.add(api("api: array", "application/json", bytes("[]")));
        cases.add(api("api: 5,000 nested arrays", "application/json", bytes("[".repeat(5000) + "]".repeat(5000))));
        cases.add(api("api: invalid UTF-8", "application/json", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28,
            '"', ':', '1', '}'}));
        cases.add(api("api: truncated", "application/json", bytes("{\"network\": \"Acme\", \"employ")));
        cases.add(new Case("api: from another site", Target.API_ASSESSMENT, "POST", "/api/assessments",
                "application/json", validJson("\"unit\": \"x\""), List.of("Sec-Fetch-Site", "cross-site")));
        // --- Imports: the API and the page -------------------------------------------------------------------
        for (Target target : List.of(Target.API_IMPORT, Target.IMPORT_PAGE)) {
            String where = target == Target.API_IMPORT ? "api imports: " : "import page: ";
            cases.add(multipart(where + "broken body", target, "multipart/form-data; boundary=x", "--x\r\n\r\n"));
            cases.add(multipart(where + "truncated part", target, "multipart/form-data; boundary=x",
                    "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc"));
            cases.add(multipart(where + "no boundary", target, "multipart/form-data", "abc"));
            cases.add(multipart(where + "boundary never seen", target, "multipart/form-data; boundary=zzz",
                    "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--x--\r\n"));
            cases.add(upload(where + "reference date -999999999-01-01", target, CSV, "referenceDate",
                    "-999999999-01-01"));
            cases.add(upload(where + "reference date +999999999-12-31", target, CSV, "referenceDate",
                    "+999999999-12-31"));
            cases.add(upload(where + "reference date not a date", target, CSV, "referenceDate", "31.02.2026"));
            cases.add(upload(where + "window of 0 days", target, CSV, "windowDays", "0"));
            cases.add(upload(where + "window of 10^20 days", target, CSV, "windowDays", "100000000000000000000"));
            cases.add(upload(where + "window in full-width digits", target, CSV, "windowDays", "３０"));
            cases.add(upload(where + "windowDays[0]", target, CSV, "windowDays[0]", "30"));
            cases.add(upload(where + "unknown encoding", target, CSV, "encoding", "EBCDIC"));
            cases.add(upload(where + "NUL in the network", target, CSV, "network", "Acme\u0000"));
            cases.add(upload(where + "NUL bytes in the file", target, "person,last_activity_date,posts\n\u0000\u0000,"
                    + "\u0000,\u0000\n", "network", "Acme"));
            cases.add(upload(where + "empty file", target, "", "network", "Acme"));
        }
        cases.add(upload("api imports: unknown column named", Target.API_IMPORT, CSV, "person", "nobody"));
        cases.add(upload("api imports: 3,000 counts named", Target.API_IMPORT, CSV, "counts",
                String.join(",", java.util.Collections.nCopies(3000, "posts"))));
        // --- The column mapping form ---------------------------------------------------------------------------
        for (String fields : List.of("counts[256]=1", "counts=-1&person=0&lastActivity=1", "counts=x",
                "person=99999999999&lastActivity=1&counts=2", "windowDays[0]=30&person=0&lastActivity=1&counts=2",
                "referenceDate=-999999999-01-01&person=0&lastActivity=1&counts=2", "person=0&person=1",
                "counts=" + "2&counts=".repeat(3000) + "2")) {
            cases.add(new Case("mapping: " + (fields.length() > 60 ? "3,000 counts" : fields), Target.MAPPING_PAGE,
                    "POST", "", "application/x-www-form-urlencoded", bytes(fields), List.of()));
        }
        // --- Pages and reads ---------------------------------------------------------------------------------
        cases.add(plain("GET /error", "/error", List.of()));
        cases.add(plain("GET /error as JSON", "/error", List.of("Accept", "application/json")));
        cases.add(plain("invalid lang cookie", "/", List.of("Cookie", "lang=<x>")));
        cases.add(plain("unknown lang cookie", "/assessments/0191d3f4-7b6a-7cc2-8d1e-2f3a4b5c6d7e",
                List.of("Cookie", "lang=zz-ZZ-x-private")));
        cases.add(plain("lang parameter of 5,000 characters", "/?lang=" + "x".repeat(5000), List.of()));
        cases.add(plain("Accept-Language nonsense", "/", List.of("Accept-Language", "<<<;q=x,,")));
        cases.add(plain("result id with NUL", "/assessments/%00", List.of()));
        cases.add(plain("result id of 2,000 characters", "/assessments/" + "a".repeat(2000), List.of()));
        cases.add(plain("API id not a UUID", "/api/assessments/not-a-uuid", List.of()));
        cases.add(plain("questionnaire with NUL parameters", "/?network=%00&unit=%E2%80%AE&evidence=%00.1",
                List.of()));
        cases.add(plain("HR API page of 10^20", "/api/assessments?page=100000000000000000000&size=-1",
                List.of("Authorization", basic())));
        cases.add(plain("HR API dates out of range", "/api/assessments?from=-999999999-01-01&to=%2B999999999-12-31",
                List.of("Authorization", basic())));
        cases.add(plain("HR API NUL filter", "/api/assessments?network=%00&type=4", List.of("Authorization",
                basic())));
        cases.add(plain("HR API wrong password of 10,000 characters", "/api/assessments",
                List.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(("hr:" + "x".repeat(10_000))
                        .getBytes(StandardCharsets.UTF_8)))));
        cases.add(plain("HR API Basic header not Base64", "/api/assessments", List.of("Authorization", "Basic %%%")));
        cases.add(new Case("sign-in with a NUL name", Target.PLAIN, "POST", "/login",
                "application/x-www-form-urlencoded", bytes("username=%00&password=x"), List.of()));
        cases.add(new Case("PUT on the API", Target.PLAIN, "PUT", "/api/assessments", "application/json",
                bytes("{}"), List.of()));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersEveryMalformedRequestWithA4xxAndStoresNothing(Case malformed, CapturedOutput output)
            throws Exception {
        int logged = output.getAll().length();

        HttpResponse<String> response = send(malformed);

        assertThat(response.statusCode()).as("status of " + malformed.name()).isBetween(200, 499);
        assertThat(storedAssessments()).as("assessments stored by " + malformed.name()).isZero();
        String log = output.getAll().substring(Math.min(logged, output.getAll().length()));
        assertThat(log).as("log of " + malformed.name()).doesNotContain(" ERROR ");
    }

    @Test
    void takesNoRedirectHostFromTheRequestAndSendsTheSecurityHeaders() throws IOException {
        String answer = raw("GET /hr HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 302");
        assertThat(header(answer, "Location")).isEqualTo("/login").doesNotContain("evil");
        assertThat(header(answer, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(answer, "Permissions-Policy")).contains("camera=()").contains("geolocation=()");
        assertThat(header(answer, "Content-Security-Policy")).contains("default-src 'self'");
        assertThat(header(answer, "Set-Cookie")).as("the session cookie").startsWith("JSESSIONID=")
                .contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void countsSignInFailuresByTheConnectionsAddressNotByAForwardedHeaderNobodyConfigured() throws Exception {
        try {
            for (int i = 0; i < 6; i++) {
                signIn("wrong " + i, "192.0.2." + i);
            }
            HttpResponse<String> refused = signIn(PASSWORD, "192.0.2.200");

            assertThat(refused.headers().firstValue("Location")).as("a forged X-Forwarded-For is no other address")
                    .contains("/login?error");
        } finally {
            jdbc.sql("delete from login_failure").update();
        }
        assertThat(signIn(PASSWORD, "192.0.2.200").headers().firstValue("Location")).contains("/hr");
    }

    private HttpResponse<String> signIn(String password, String forwardedFor) throws Exception {
        HttpClient visitor = client();
        String token = token(visitor, "/login");
        return visitor.send(request("/login", "POST", "application/x-www-form-urlencoded",
                bytes("_csrf=" + token + "&username=hr&password=" + password.replace(' ', '+')),
                List.of("X-Forwarded-For", forwardedFor)), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request exactly as written, Host header included, and returns the whole answer. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String header(String answer, String name) {
        return answer.lines().takeWhile(line -> !line.isEmpty())
                .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).strip())
                .findFirst().orElse("");
    }

    private HttpResponse<String> send(Case malformed) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        String path = malformed.path();
        byte[] body = malformed.body();
        switch (malformed.target()) {
            case FORM -> {
                client = questionnaire;
                if ("application/x-www-form-urlencoded".equals(malformed.contentType())) {
                    body = bytes("_csrf=" + questionnaireToken + (body.length == 0 ? "" : "&")
                            + new String(body, StandardCharsets.UTF_8));
                }
            }
            case IMPORT_PAGE -> {
                client = importPages;
                path = "/imports";
            }
            case MAPPING_PAGE -> {
                client = importPages;
                path = mappingPath;
                body = bytes("_csrf=" + importToken + "&" + new String(body, StandardCharsets.UTF_8));
            }
            default -> {
            }
        }
        if (malformed.target() == Target.IMPORT_PAGE && new String(body, StandardCharsets.ISO_8859_1)
                .contains("name=\"file\"; filename=\"export.csv\"")) {
            body = insertToken(body, malformed.contentType());
        }
        return client.send(request(path, malformed.method(), malformed.contentType(), body, malformed.headers()),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Puts the import page's CSRF token into a well-formed multipart body, as the page's form would. */
    private byte[] insertToken(byte[] body, String contentType) {
        String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        String token = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + importToken
                + "\r\n";
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.writeBytes(token.getBytes(StandardCharsets.UTF_8));
        joined.writeBytes(body);
        return joined.toByteArray();
    }

    private HttpRequest request(String path, String method, String contentType, byte[] body, List<String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body.length == 0 && method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.size(); i += 2) {
            builder.header(headers.get(i), headers.get(i + 1));
        }
        return builder.build();
    }

    private String token(HttpClient client, String page) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request(page, "GET", null, new byte[0], List.of()),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(response.body());
        assertThat(token.find()).as("a CSRF token on " + page).isTrue();
        return token.group(1);
    }

    private long storedAssessments() {
        return jdbc.sql("select count(*) from assessment").query(Long.class).single();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("hr:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static Case form(String name, String fields) {
        return new Case(name, Target.FORM, "POST", "/assessments", "application/x-www-form-urlencoded",
                bytes(fields), List.of());
    }

    private static Case api(String name, String contentType, byte[] body) {
        return new Case(name, Target.API_ASSESSMENT, "POST", "/api/assessments", contentType, body, List.of());
    }

    private static Case plain(String name, String path, List<String> headers) {
        return new Case(name, Target.PLAIN, "GET", path, null, new byte[0], headers);
    }

    private static Case multipart(String name, Target target, String contentType, String body) {
        return new Case(name, target, "POST", "/api/imports", contentType, bytes(body), List.of());
    }

    private static Case upload(String name, Target target, String csv, String field, String value) {
        Multipart body = new Multipart().field(field, value)
                .file("file", "export.csv", csv.getBytes(StandardCharsets.UTF_8));
        return new Case(name, target, "POST", "/api/imports", body.contentType(), body.bytes(), List.of());
    }

    private static String validForm() {
        return "network=Acme&unit=Sales&employees=1000&monthlyActiveUsers=300&contentCreators=4"
                + "&creatorsMostlyOfficial=true&benefits=IDEAS&_benefits=on&workRelatedShare=95&improvement=BETTER"
                + "&example=Onboarding";
    }

    /** The valid form without one field, so that nothing could be stored unless the malformed one were taken. */
    private static String without(String field) {
        return Stream.of(validForm().split("&")).filter(pair -> !pair.startsWith(field + "="))
                .reduce((a, b) -> a + "&" + b).orElse("");
    }

    /** Valid answers with one member replaced (or added). */
    private static byte[] validJson(String member) {
        String name = member.substring(0, member.indexOf(':'));
        Map<String, String> members = new LinkedHashMap<>();
        members.put("\"network\"", "\"Acme\"");
        members.put("\"employees\"", "1000");
        members.put("\"monthlyActiveUsers\"", "300");
        members.put("\"contentCreators\"", "4");
        members.put("\"creatorsMostlyOfficial\"", "true");
        members.put("\"benefits\"", "[\"IDEAS\"]");
        members.put("\"workRelatedShare\"", "95");
        members.put("\"improvement\"", "\"BETTER\"");
        members.remove(name.strip());
        StringBuilder json = new StringBuilder("{");
        members.forEach((key, value) -> json.append(key).append(": ").append(value).append(", "));
        return bytes(json.append(member).append("}").toString());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A small multipart/form-data body. */
    static final class Multipart {

        private static final String BOUNDARY = "hivecheck-fuzz-boundary";
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            for (String one : name.equals("counts") ? value.split(",") : new String[] {value}) {
                write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + one
                        + "\r\n");
            }
            return this;
        }

        Multipart file(String name, String fileName, byte[] content) {
            write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n");
            body.writeBytes(content);
            write("\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + BOUNDARY;
        }

        byte[] bytes() {
            ByteArrayOutputStream done = new ByteArrayOutputStream();
            done.writeBytes(body.toByteArray());
            done.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return done.toByteArray();
        }

        private void write(String text) {
            body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
