package com.hivecheck.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The durability and load client of bench/crash.sh and bench/load.sh (Java 17, JDK only; compiled by
 * {@code ./mvnw test-compile} into {@code target/test-classes}, as bench/lib.sh does).
 *
 * <pre>
 * java -cp target/test-classes com.hivecheck.bench.Submitter submit --base http://127.0.0.1:18090 --threads 8
 *      --seconds 30 --mode mixed --ack out/acks.tsv --prefix run1 [--until-down]
 * java -cp target/test-classes com.hivecheck.bench.Submitter check-http --base http://127.0.0.1:18090 --ack out/acks.tsv
 * java -cp target/test-classes:h2.jar:postgresql.jar com.hivecheck.bench.Submitter verify --jdbc URL --user U
 *      --password P --ack out/acks.tsv --prefix run1 [--exact]
 * </pre>
 *
 * submit: every thread submits assessments with random, recognisable answers (network = prefix-thread-n) through the
 * questionnaire (GET / for a session and CSRF token as a new visitor, then POST /assessments, acknowledged by 303) or
 * the API (POST /api/assessments, acknowledged by 201), and appends every acknowledged id with its answers to the ack
 * file. With --until-down a thread stops once the server stops answering (it was killed), otherwise at the deadline.
 * check-http: every acknowledged result page answers 200 and names its network. verify: every acknowledged id is in the
 * database with exactly its answers; with --exact the database holds no other row of the run either.
 */
public class Submitter {

    static final String[] BENEFITS = {"MARKET_INSIGHT", "BEST_PRACTICES", "IDEAS", "KNOWLEDGE", "FASTER_TEAMWORK",
            "INVOLVEMENT", "CUSTOMER_SERVICE", "PARTNERS"};
    static final String[] IMPROVEMENTS = {"WORSE", "NO_CHANGE", "SLIGHTLY_BETTER", "BETTER", "MUCH_BETTER"};
    static final String[] UNITS = {"", "Sales", "Отдел продаж", "R&D <lab>", "Customer’s service"};
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    static final Pattern ID = Pattern.compile("/assessments/([0-9a-f-]{36})");

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: submit|check-http|verify [options]");
        }
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        int status = switch (args[0]) {
            case "submit" -> submit(options);
            case "check-http" -> checkHttp(options);
            case "verify" -> verify(options);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
        System.exit(status);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected " + args[i]);
            }
            String name = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                options.put(name, "true");
            }
        }
        return options;
    }

    /** One submission's answers, as sent and as they must come back. */
    record Answers(String network, String unit, int employees, int monthlyActiveUsers, int contentCreators,
            boolean official, TreeSet<String> benefits, int workRelatedShare, String improvement, String example) {

        static Answers random(String network) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            int employees = 1 + random.nextInt(1_000_000);
            int active = random.nextInt(employees + 1);
            int creators = random.nextInt(active + 1);
            TreeSet<String> benefits = new TreeSet<>();
            for (String benefit : BENEFITS) {
                if (random.nextBoolean()) {
                    benefits.add(benefit);
                }
            }
            String example = random.nextInt(4) == 0 ? ""
                    : "Помогло найти экспертов — it’s \"faster\" & <better> #" + random.nextInt(1_000_000);
            return new Answers(network, UNITS[random.nextInt(UNITS.length)], employees, active, creators,
                    random.nextBoolean(), benefits, random.nextInt(101), IMPROVEMENTS[random.nextInt(5)], example);
        }

        String formBody(String csrf) {
            List<String> fields = new ArrayList<>();
            add(fields, "_csrf", csrf);
            add(fields, "network", network);
            add(fields, "unit", unit);
            add(fields, "employees", Integer.toString(employees));
            add(fields, "monthlyActiveUsers", Integer.toString(monthlyActiveUsers));
            add(fields, "contentCreators", Integer.toString(contentCreators));
            add(fields, "creatorsMostlyOfficial", Boolean.toString(official));
            benefits.forEach(b -> add(fields, "benefits", b));
            add(fields, "_benefits", "on");
            add(fields, "workRelatedShare", Integer.toString(workRelatedShare));
            add(fields, "improvement", improvement);
            add(fields, "example", example);
            return String.join("&", fields);
        }

        String json() {
            return "{\"network\":" + quote(network) + ",\"unit\":" + (unit.isEmpty() ? "null" : quote(unit))
                    + ",\"employees\":" + employees + ",\"monthlyActiveUsers\":" + monthlyActiveUsers
                    + ",\"contentCreators\":" + contentCreators + ",\"creatorsMostlyOfficial\":" + official
                    + ",\"benefits\":[" + benefits.stream().map(Submitter::quote).collect(Collectors.joining(","))
                    + "],\"workRelatedShare\":" + workRelatedShare + ",\"improvement\":" + quote(improvement)
                    + ",\"example\":" + (example.isEmpty() ? "null" : quote(example)) + "}";
        }

        String tsv() {
            return String.join("\t", network, unit, Integer.toString(employees), Integer.toString(monthlyActiveUsers),
                    Integer.toString(contentCreators), Boolean.toString(official), String.join(",", benefits),
                    Integer.toString(workRelatedShare), improvement, example);
        }

        static Answers parse(String[] f, int from) {
            TreeSet<String> benefits = new TreeSet<>();
            if (!f[from + 6].isEmpty()) {
                benefits.addAll(Arrays.asList(f[from + 6].split(",")));
            }
            return new Answers(f[from], f[from + 1], Integer.parseInt(f[from + 2]), Integer.parseInt(f[from + 3]),
                    Integer.parseInt(f[from + 4]), Boolean.parseBoolean(f[from + 5]), benefits,
                    Integer.parseInt(f[from + 7]), f[from + 8], f.length > from + 9 ? f[from + 9] : "");
        }

        private static void add(List<String> fields, String name, String value) {
            fields.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Latencies in microseconds, kept whole (a minute of load is at most a few hundred thousand). */
    static final class Latencies {
        private final List<long[]> chunks = new ArrayList<>();
        private long[] current = new long[4096];
        private int size;

        synchronized void add(long micros) {
            if (size == current.length) {
                chunks.add(current);
                current = new long[4096];
                size = 0;
            }
            current[size++] = micros;
        }

        synchronized String summary() {
            long[] all = new long[chunks.size() * 4096 + size];
            int i = 0;
            for (long[] chunk : chunks) {
                System.arraycopy(chunk, 0, all, i, chunk.length);
                i += chunk.length;
            }
            System.arraycopy(current, 0, all, i, size);
            if (all.length == 0) {
                return "no samples";
            }
            Arrays.sort(all);
            return String.format("n=%d p50=%.1fms p99=%.1fms max=%.1fms", all.length, all[all.length / 2] / 1000.0,
                    all[(int) Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)] / 1000.0,
                    all[all.length - 1] / 1000.0);
        }
    }

    static int submit(Map<String, String> options) throws Exception {
        String base = options.getOrDefault("base", "http://127.0.0.1:18090");
        int threads = Integer.parseInt(options.getOrDefault("threads", "8"));
        long seconds = Long.parseLong(options.getOrDefault("seconds", "60"));
        String mode = options.getOrDefault("mode", "mixed");
        boolean untilDown = options.containsKey("until-down");
        String prefix = options.getOrDefault("prefix", "run");
        Path ackFile = Path.of(Objects.requireNonNull(options.get("ack"), "--ack FILE"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        AtomicBoolean apiAvailable = new AtomicBoolean(!mode.equals("form"));
        if (apiAvailable.get()) {
            HttpResponse<String> probe = http.send(HttpRequest.newBuilder(URI.create(base + "/api/assessments"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (probe.statusCode() == 404 || probe.statusCode() == 405 || probe.statusCode() == 403) {
                System.out.println("submit: no JSON API on this build (" + probe.statusCode() + "), using the form only");
                apiAvailable.set(false);
                if (mode.equals("api")) {
                    return 2;
                }
            }
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        LongAdder acknowledged = new LongAdder();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        Latencies formLatency = new Latencies();
        Latencies apiLatency = new Latencies();
        AtomicLong sequence = new AtomicLong();
        long started = System.nanoTime();
        try (BufferedWriter acks = Files.newBufferedWriter(ackFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    int consecutiveDown = 0;
                    boolean useApi = false;
                    while (System.nanoTime() < deadline) {
                        useApi = apiAvailable.get() && (mode.equals("api") || !useApi);
                        Answers answers = Answers.random(prefix + "-t" + thread + "-" + sequence.incrementAndGet());
                        long begin = System.nanoTime();
                        try {
                            String id = useApi ? viaApi(http, base, answers) : viaForm(http, base, answers);
                            long micros = (System.nanoTime() - begin) / 1000;
                            (useApi ? apiLatency : formLatency).add(micros);
                            synchronized (acks) {
                                acks.write(id + "\t" + (useApi ? "api" : "form") + "\t" + answers.tsv());
                                acks.newLine();
                                acks.flush();
                            }
                            acknowledged.increment();
                            consecutiveDown = 0;
                        } catch (Rejected e) {
                            errors.computeIfAbsent(e.getMessage(), k -> new LongAdder()).increment();
                        } catch (IOException e) {
                            errors.computeIfAbsent("io: " + e.getClass().getSimpleName(), k -> new LongAdder())
                                    .increment();
                            if (untilDown && ++consecutiveDown >= 3) {
                                return;
                            }
                            sleep(100);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }, "submitter-" + t);
                worker.start();
                workers.add(worker);
            }
            for (Thread worker : workers) {
                worker.join();
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        System.out.printf("submit: %d acknowledged in %.1f s (%.0f/s) by %d threads; form %s; api %s%n",
                acknowledged.sum(), elapsed, acknowledged.sum() / elapsed, threads, formLatency.summary(),
                apiLatency.summary());
        long errorCount = errors.values().stream().mapToLong(LongAdder::sum).sum();
        System.out.println("submit: errors " + errorCount + " " + new TreeMap<>(errors.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum()))));
        return !untilDown && errorCount > 0 ? 1 : 0;
    }

    /** The server answered, but not with an acknowledgement. */
    static final class Rejected extends Exception {
        Rejected(String message) {
            super(message, null, false, false);
        }
    }

    static String viaForm(HttpClient http, String base, Answers answers)
            throws IOException, InterruptedException, Rejected {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new Rejected("GET / " + page.statusCode());
        }
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new Rejected("GET / without CSRF token");
        }
        String cookies = page.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .collect(Collectors.joining("; "));
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/assessments"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(answers.formBody(csrf.group(1))));
        if (!cookies.isEmpty()) {
            post.header("Cookie", cookies);
        }
        HttpResponse<String> response = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 303) {
            throw new Rejected("POST /assessments " + response.statusCode());
        }
        return id(response);
    }

    static String viaApi(HttpClient http, String base, Answers answers)
            throws IOException, InterruptedException, Rejected {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/assessments"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(answers.json())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new Rejected("POST /api/assessments " + response.statusCode());
        }
        return id(response);
    }

    static String id(HttpResponse<String> response) throws Rejected {
        String location = response.headers().firstValue("Location").orElse("");
        Matcher matcher = ID.matcher(location);
        if (!matcher.find()) {
            throw new Rejected("acknowledged without an assessment address: " + location);
        }
        return matcher.group(1);
    }

    static Map<String, Answers> readAcks(Path file) throws IOException {
        Map<String, Answers> acks = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String[] f = line.split("\t", -1);
                acks.put(f[0], Answers.parse(f, 2));
            }
        }
        return acks;
    }

    static int checkHttp(Map<String, String> options) throws Exception {
        String base = options.getOrDefault("base", "http://127.0.0.1:18090");
        Map<String, Answers> acks = readAcks(Path.of(options.get("ack")));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int bad = 0;
        for (Map.Entry<String, Answers> ack : acks.entrySet()) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/assessments/"
                    + ack.getKey())).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200 || !page.body().contains(ack.getValue().network())) {
                if (bad++ < 10) {
                    System.out.println("check-http: " + ack.getKey() + " answered " + page.statusCode());
                }
            }
        }
        System.out.printf("check-http: %d acknowledged result pages, %d missing or wrong%n", acks.size(), bad);
        return bad == 0 ? 0 : 1;
    }

    static int verify(Map<String, String> options) throws Exception {
        Map<String, Answers> acks = readAcks(Path.of(options.get("ack")));
        String prefix = options.getOrDefault("prefix", "run");
        boolean exact = options.containsKey("exact");
        Map<String, Answers> stored = new HashMap<>();
        try (Connection db = DriverManager.getConnection(options.get("jdbc"), options.get("user"),
                options.getOrDefault("password", ""));
                PreparedStatement query = db.prepareStatement("select id, network, unit, employees, "
                        + "monthly_active_users, content_creators, creators_mostly_official, benefits, "
                        + "work_related_share, improvement, example from assessment where network like ?")) {
            query.setString(1, prefix + "-%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    TreeSet<String> benefits = new TreeSet<>();
                    String column = rows.getString("benefits");
                    if (column != null && !column.isBlank()) {
                        benefits.addAll(Arrays.asList(column.split(",")));
                    }
                    stored.put(rows.getString("id").toLowerCase(), new Answers(rows.getString("network"),
                            Objects.toString(rows.getString("unit"), ""), rows.getInt("employees"),
                            rows.getInt("monthly_active_users"), rows.getInt("content_creators"),
                            rows.getBoolean("creators_mostly_official"), benefits, rows.getInt("work_related_share"),
                            rows.getString("improvement"), Objects.toString(rows.getString("example"), "")));
                }
            }
        }
        int missing = 0;
        int changed = 0;
        for (Map.Entry<String, Answers> ack : acks.entrySet()) {
            Answers row = stored.get(ack.getKey());
            if (row == null) {
                if (missing++ < 10) {
                    System.out.println("verify: MISSING " + ack.getKey() + " " + ack.getValue().network());
                }
            } else if (!row.equals(normalised(ack.getValue()))) {
                if (changed++ < 10) {
                    System.out.println("verify: CHANGED " + ack.getKey() + "\n  sent   " + ack.getValue()
                            + "\n  stored " + row);
                }
            }
        }
        long unacknowledged = stored.keySet().stream().filter(id -> !acks.containsKey(id)).count();
        System.out.printf("verify: %d acknowledged, %d stored for the run, %d missing, %d changed, "
                + "%d stored but never acknowledged (in flight when the server died)%n", acks.size(), stored.size(),
                missing, changed, unacknowledged);
        boolean ok = missing == 0 && changed == 0 && (!exact || unacknowledged == 0);
        System.out.println(ok ? "verify: PASS" : "verify: FAIL");
        return ok ? 0 : 1;
    }

    /** What the app stores for what was sent: blank optional text becomes absent. */
    static Answers normalised(Answers sent) {
        return new Answers(sent.network(), sent.unit().isBlank() ? "" : sent.unit(), sent.employees(),
                sent.monthlyActiveUsers(), sent.contentCreators(), sent.official(), sent.benefits(),
                sent.workRelatedShare(), sent.improvement(), sent.example().isBlank() ? "" : sent.example());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
