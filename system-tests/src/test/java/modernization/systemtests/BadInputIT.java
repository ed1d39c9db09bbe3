package modernization.systemtests;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input at scale. A generator reads each service's own OpenAPI document and, for every operation, sends
 * malformed requests straight to the service (the gateway rate-limits): wrong JSON types, missing required fields,
 * nulls, huge strings, deep nesting, invalid UTF-8, truncated JSON, wrong and missing content types, SQL and script
 * fragments in text fields, path parameters and query parameters, odd headers, wrong methods, and no or broken
 * tokens. At least 2,000 requests per service; every answer must be below 500, carry no stack trace and no SQL, and
 * every 4xx must be {@code application/problem+json}. The generator is driven by a seeded {@link Random}: the seed is
 * printed, and {@code -Dbadinput.seed=...} replays the same requests.
 *
 * <p>Writes cannot hurt seeded data: operations with an If-Match header always get a stale tag (and only operations
 * that answer 428 are ever sent without one), and the bodies of creating operations without If-Match are always made
 * invalid at the validation level, except for one request per creating operation that carries SQL and script text
 * into an otherwise plausible body. Writes with real ids target fixtures this test creates.
 *
 * <p>Separately, {@code <script>} text is stored through three operations and must come back as data.
 */
class BadInputIT {

    static final long SEED = Long.getLong("badinput.seed", 20_261_128L);
    static final int TARGET_PER_SERVICE = Integer.getInteger("badinput.requests", 2_100);
    static final int REQUIRED_PER_SERVICE = 2_000;
    static final int THREADS = Integer.getInteger("badinput.threads", 4);
    /**
     * Text that creating operations may store: each creating operation gets one otherwise minimal, plausible body per
     * probe, so NUL, SQL and script text reach the database.
     */
    static final List<String> STORAGE_PROBES = List.of("a\u0000b", "'; DROP TABLE ministry;--", "<script>alert(1)</script>");
    static final int SHOW = Integer.getInteger("badinput.show", 30);
    /** Letters that make the codes of this run's creations unique, so a replayed seed does not just collide. */
    static final String RUN = new Random().ints(6, 'A', 'Z' + 1).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append).toString();
    static final int MAX_BODY_BYTES = 1_000_000;
    static final String SCRIPT = "<script>alert(1)</script>";

    static final String CATALOG = System.getProperty("catalog.url", "http://127.0.0.1:8081");
    static final String ASSESSMENT = System.getProperty("assessment.url", "http://127.0.0.1:8082");
    static final String ROADMAP = System.getProperty("roadmap.url", "http://127.0.0.1:8083");
    static final List<String[]> SERVICES = List.of(new String[] {"catalog-service", CATALOG},
            new String[] {"assessment-service", ASSESSMENT}, new String[] {"roadmap-service", ROADMAP});

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    // ---- what a response must never contain -------------------------------------------------------------------

    static final Pattern STACK_TRACE = Pattern.compile("at [a-z]+\\.[a-z]+.*\\(.*\\.java:\\d+\\)"
            + "|\\bat [\\w$.]+\\((?:[\\w$]+\\.java:\\d+|Native Method|Unknown Source)\\)"
            + "|Caused by: |\\b[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z][\\w$]*(?:Exception|Error)\\b"
            + "|\\b[A-Z][A-Za-z0-9]+Exception\\b");
    static final Pattern SQL_LEAK = Pattern.compile("org\\.hibernate|org\\.postgresql|SQLState|SQL state|PSQLException"
            + "|syntax error at or near|HHH\\d{6}|JDBC|jakarta\\.persistence|javax\\.persistence"
            + "|invalid byte sequence for encoding|unnamed portal parameter|duplicate key value"
            + "|violates (?:unique|foreign key|not-null|check) constraint|relation \"[^\"]+\" does not exist"
            + "|\\b[a-z]{1,3}\\d+_\\d+\\.[a-z_]+\\b|\\bERROR: |root:x:0:0");

    // ---- the bad values ---------------------------------------------------------------------------------------

    static final List<String> INJECTIONS = List.of("'; DROP TABLE ministry;--", "' OR '1'='1", "1' OR 1=1--",
            "\" OR \"\"=\"", "' UNION SELECT NULL, version()--", "1; SELECT pg_sleep(3);--", "'||pg_sleep(3)||'",
            "%' AND '1'='1", "$$; DELETE FROM assessment; $$", "\\'; --", "' AND extractvalue(1,concat(0x7e,version()))--",
            SCRIPT, "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "<svg onload=alert(1)>",
            "</title><script>alert(1)</script>", "<![CDATA[<script>alert(1)</script>]]>", "{{7*7}}", "${7*7}", "#{7*7}",
            "${jndi:ldap://127.0.0.1:1/x}", "../../../../etc/passwd", "a\u0000b", "\u0000", "line\r\nX-Injected: 1",
            "=HYPERLINK(\"http://x.example\")", "@SUM(1+1)", "%s%s%s%n", "\\u0000", "a & b | !c <-> (d:*)");
    static final List<String> UNICODE = List.of("ministère", "وزارة التخطيط", "وەزارەتی پلاندانان", "😀🚀👩‍👩‍👧",
            "\u202Eevil\u202C", "\uFEFFbom", "Z\u0351\u0352\u0353\u0354\u0355", "\u0007bell\u001b[31m", "ＡＢＣ",
            "İstanbul ß ǅ", "\uFFFF\uFFFE", "𝕏𝕐", "\u200B\u200C\u200D", "\u0085\u2028\u2029");
    /** JSON escapes that decode to no valid text: lone surrogates, NUL, non-characters. */
    static final List<String> BAD_ESCAPES = List.of("\\ud800", "\\udfff", "\\udfff\\ud800", "\\ud83d", "\\u0000", "\\uffff",
            "\\uD800\\u0041");
    static final List<byte[]> INVALID_UTF8 = List.of(bytes(0xFF), bytes(0xFE, 0xFF), bytes(0xC3, 0x28), bytes(0xA0, 0xA1),
            bytes(0xE2, 0x28, 0xA1), bytes(0xF0, 0x28, 0x8C, 0xBC), bytes(0xC0, 0xAF), bytes(0xED, 0xA0, 0x80),
            bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xE2, 0x82), bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0xC1, 0xBF));
    static final List<Fuzz> PATH_FUZZ = List.of(raw("not-a-uuid"), raw("'; DROP TABLE x;--"), raw("1 OR 1=1"),
            raw(SCRIPT), enc("%00"), enc("a%00b"), enc("%FF%FE"), enc("%C3%28"), enc("%C0%AF"), enc("%ED%A0%80"),
            enc("%F4%90%80%80"), enc("%2e%2e%2f%2e%2e%2fetc%2fpasswd"), enc("%2F"), enc("%5C"), raw(".."), raw("."),
            raw("ministère-وزارة-😀"), raw("00000000-0000-0000-0000-000000000000"),
            raw("ffffffff-ffff-ffff-ffff-ffffffffffff"), raw("-1"), raw("0"), raw("2147483648"), raw("-2147483649"),
            raw("99999999999999999999999"), raw("1e3"), raw("0x10"), raw(" "), raw("null"),
            raw("${jndi:ldap://127.0.0.1:1/x}"), raw("{{7*7}}"), raw("'||pg_sleep(3)||'"), raw("%"), raw(";"),
            raw("A".repeat(300)), raw("A".repeat(3_000)), raw("A".repeat(6_000)));
    static final List<Fuzz> QUERY_FUZZ = List.of(raw(""), raw("-1"), raw("0"), raw("101"), raw("2147483647"),
            raw("2147483648"), raw("-2147483649"), raw("99999999999999999999"), raw("1073741824"), raw("21474837"),
            raw("1.5"), raw("1e2"), raw("abc"),
            raw("true"), raw("[]"), raw("{}"), raw("null"), raw("1,2"), raw("KRG,FEDERAL_IRAQ"), raw("krg"),
            raw("DRAFT' OR '1'='1"), raw("'; DROP TABLE x;--"), raw("%' OR 1=1--"), raw("'||pg_sleep(3)||'"),
            raw("1); SELECT pg_sleep(3);--"), raw(SCRIPT), raw("${jndi:ldap://127.0.0.1:1/x}"), raw("{{7*7}}"),
            raw("a\u0000b"), enc("%00"), enc("%FF%FE"), enc("%C0%AF"), enc("%ED%A0%80"), raw("وزارة 😀"),
            raw("\u202Eevil"), raw("A".repeat(3_000)), raw("A".repeat(6_000)), raw("!@#$%^&*()_+=[]{}|;:,.<>?/~`"),
            raw("a&size=1&page=-1"), raw("title;DROP TABLE x"), raw("-title,updatedAt"), raw("!!!"), raw("((("),
            raw("a:*"), raw("'':*"), raw("a & | ! <-> b"), raw("\\"), raw("*"));
    static final List<String[]> HEADER_FUZZ = List.of(new String[] {"Accept", "application/xml"},
            new String[] {"Accept", "text/html"}, new String[] {"Accept", "image/png"},
            new String[] {"Accept", "application/json;q=0"}, new String[] {"Accept", "*/*;q=abc"},
            new String[] {"Accept", "text/csv"}, new String[] {"Accept", "application/problem+json"},
            new String[] {"Accept", ",,,;;;"}, new String[] {"Accept-Language", "zz"},
            new String[] {"Accept-Language", "ar"}, new String[] {"Accept-Language", "*"},
            new String[] {"Accept-Language", "en;q=abc"}, new String[] {"Accept-Language", "'; DROP TABLE x;--"},
            new String[] {"Accept-Language", "a".repeat(3_000)}, new String[] {"Accept-Charset", "utf-7"},
            new String[] {"If-None-Match", "*"}, new String[] {"If-None-Match", "\"garbage\""},
            new String[] {"If-None-Match", "W/\"x\", \"y\""}, new String[] {"X-Request-Id", SCRIPT},
            new String[] {"X-Request-Id", "'; DROP TABLE x;--"}, new String[] {"X-Request-Id", "A".repeat(5_000)},
            new String[] {"Idempotency-Key", "'; DROP TABLE x;--"}, new String[] {"Idempotency-Key", "A".repeat(5_000)},
            new String[] {"Idempotency-Key", ""}, new String[] {"X-Forwarded-For", "'; DROP TABLE x;--"},
            new String[] {"X-Forwarded-Host", "evil.example"}, new String[] {"Forwarded", "for=\"'\";host=<script>"},
            new String[] {"Content-Encoding", "gzip"}, new String[] {"Content-Encoding", "br"},
            new String[] {"Cookie", "q_session=<script>; q_session=' OR 1=1"},
            new String[] {"Range", "bytes=0-1,-1"}, new String[] {"X-Padding", "A".repeat(25_000)});
    /** Tags that never name a current version: If-Match is always stale, so no write reaches the database. */
    static final List<String> STALE_ETAGS = List.of("\"0.0\"", "\"999999.999999\"", "W/\"1.1\"", "\"0.0-en\"", "\"garbage\"",
            "\"'; DROP TABLE x;--\"", "\"a\", \"b\"", "not-a-tag", "\"" + "A".repeat(5_000) + "\"");

    static String token;
    static Real real;

    @BeforeAll
    static void setUp() {
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 10_000)
                .setParam("http.socket.timeout", 30_000));
        token = Keycloak.tokenFor("undp-staff-demo");
    }

    // =============================================================================================================
    // 1. bad input at scale
    // =============================================================================================================

    @Test
    void malformedRequestsGetProblemDetailsNeverServerErrorsStackTracesOrSql() throws Exception {
        real = Real.discover();
        System.out.println("BadInputIT: seed " + SEED + " (replay with -Dbadinput.seed=" + SEED + "), codes created by "
                + "this run contain " + RUN + ", "
                + TARGET_PER_SERVICE + " requests per service, " + THREADS + " threads");
        Random master = new Random(SEED);
        List<Violation> violations = new ArrayList<>();
        List<Stats> stats = new ArrayList<>();
        for (String[] service : SERVICES) {
            Spec spec = Spec.load(service[0], service[1]);
            List<Planned> plan = plan(spec, master);
            Stats s = run(spec, plan);
            stats.add(s);
            violations.addAll(s.violations);
        }
        StringBuilder message = new StringBuilder();
        for (Stats s : stats) {
            if (s.sent.get() < REQUIRED_PER_SERVICE) {
                message.append(s.service).append(" got ").append(s.sent.get()).append(" requests, fewer than ")
                        .append(REQUIRED_PER_SERVICE).append('\n');
            }
        }
        if (!violations.isEmpty()) {
            message.append(violations.size()).append(" bad answers to bad input (seed ").append(SEED)
                    .append("); the first of each kind:\n");
            representatives(violations, SHOW).forEach(v -> message.append(v).append('\n'));
        }
        System.out.println(summary(stats, violations) + (message.length() == 0 ? "" : "\n```\n" + message + "```\n"));
        if (message.length() > 0) {
            fail(message.toString());
        }
    }

    /** The requests for one service: every operation gets its share, in document order, seeded. */
    static List<Planned> plan(Spec spec, Random master) {
        int perOp = (TARGET_PER_SERVICE + spec.ops.size() - 1) / spec.ops.size();
        List<Planned> plan = new ArrayList<>();
        for (Op op : spec.ops) {
            int probes = op.create() ? STORAGE_PROBES.size() : 0;
            for (int i = 0; i < perOp; i++) {
                Scenario scenario = i < probes ? Scenario.BODY : Scenario.pick(op, master);
                plan.add(new Planned(plan.size(), op, scenario, master.nextLong(), i < probes ? i : -1));
            }
        }
        return plan;
    }

    static Stats run(Spec spec, List<Planned> plan) throws InterruptedException {
        Stats stats = new Stats(spec.service);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        for (Planned p : plan) {
            pool.submit(() -> {
                try {
                    exchange(spec, p, stats);
                } catch (RuntimeException e) {
                    stats.violations.add(new Violation(p.index, spec.service, p.op.method, p.op.path, 0, "-",
                            String.valueOf(e), "the test failed on request " + p.index + " (" + p.scenario + ")", "test error"));
                }
            });
        }
        pool.shutdown();
        boolean done = pool.awaitTermination(150, TimeUnit.SECONDS);
        stats.seconds = (System.nanoTime() - start) / 1e9;
        if (!done) {
            pool.shutdownNow();
            stats.violations.add(new Violation(-1, spec.service, "-", "-", 0, "-", "",
                    "the requests did not finish in 150 s", "timeout"));
        }
        return stats;
    }

    static void exchange(Spec spec, Planned p, Stats stats) {
        Built b;
        HttpRequest request;
        try {
            b = build(spec, p);
            HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(b.url)).timeout(Duration.ofSeconds(20))
                    .method(b.method, b.body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(b.body));
            b.headers.forEach(rb::header);
            request = rb.build();
        } catch (RuntimeException e) {
            stats.violations.add(new Violation(p.index, spec.service, p.op.method, p.op.path, 0, "-", String.valueOf(e),
                    "the generator could not build request " + p.index + " (" + p.scenario + ")", "generator"));
            return;
        }
        stats.sent.incrementAndGet();
        stats.scenarios.computeIfAbsent(p.scenario.name(), k -> new LongAdder()).increment();
        if (!b.headers.containsKey("Authorization") || !b.headers.get("Authorization").equals("Bearer " + token)) {
            stats.withoutToken.increment();
        }
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            stats.count(-1);
            stats.violations.add(b.violation(p, spec, 0, "-", "", "no answer within 20 s"));
            return;
        } catch (IOException dropped) {
            // The server closes the connection after a 431 without saying so; the next request on that pooled
            // connection then fails. Retry once on a fresh connection: only a second failure is this request's own.
            try {
                t0 = System.nanoTime();
                response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build().send(request, HttpResponse.BodyHandlers.ofByteArray());
                stats.retried.increment();
            } catch (Exception e) {
                stats.count(-1);
                stats.violations.add(b.violation(p, spec, 0, "-", dropped + ", then on a fresh connection " + e,
                        "no answer: connection failed"));
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        int status = response.statusCode();
        stats.count(status);
        if (status < 300 && !b.method.equals("GET")) {
            stats.writes.computeIfAbsent(b.method + " " + p.op.path + " -> " + status + " (" + p.scenario + ")",
                    k -> new LongAdder()).increment();
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String body = new String(response.body(), UTF_8);
        for (String problem : check(status, contentType, body, b, millis)) {
            stats.violations.add(b.violation(p, spec, status, contentType, body, problem));
        }
    }

    /**
     * A request line over 4 KiB (414) or headers over 20 KiB (431) are refused by Vert.x's HTTP
     * decoder with an empty body before any Quarkus route or mapper runs; Quarkus offers no hook
     * for them (quarkusio/quarkus#55082). They are the one documented exception to "every 4xx is
     * problem+json" (docs/SECURITY.md); everything else must be a problem.
     */
    static boolean rejectedByTheHttpCodec(int status, String body) {
        return (status == 414 || status == 431) && body.isEmpty();
    }

    /** What is wrong with one answer, if anything. */
    static List<String> check(int status, String contentType, String body, Built b, long millis) {
        List<String> problems = new ArrayList<>();
        String type = contentType.toLowerCase(Locale.ROOT);
        if (status >= 500) {
            problems.add("5xx");
        }
        if (STACK_TRACE.matcher(body).find()) {
            problems.add("stack trace in body: " + around(body, STACK_TRACE));
        }
        if (SQL_LEAK.matcher(body).find()) {
            problems.add("SQL or database error in body: " + around(body, SQL_LEAK));
        }
        if (status >= 400 && status < 500 && !rejectedByTheHttpCodec(status, body)) {
            if (!type.startsWith("application/problem+json")) {
                problems.add("4xx is not application/problem+json");
            } else {
                try {
                    JsonNode problem = JSON.readTree(body);
                    if (problem == null || !problem.isObject() || problem.path("status").asInt() != status
                            || !problem.path("title").isTextual()) {
                        problems.add("4xx problem document lacks title or the right status");
                    }
                } catch (Exception e) {
                    problems.add("4xx problem+json body is not JSON");
                }
            }
        }
        if (type.contains("html")) {
            problems.add("answered with HTML");
        }
        if ((type.contains("svg") || type.contains("xml") || type.contains("html")) && body.contains("<script")) {
            problems.add("markup answer carries a live <script>");
        }
        if (b.mutation.contains("pg_sleep") && millis >= 3_000) {
            problems.add("took " + millis + " ms with pg_sleep(3) in the input: time-based SQL injection?");
        }
        return problems;
    }

    // ---- building one request ---------------------------------------------------------------------------------

    static Built build(Spec spec, Planned p) {
        Random r = new Random(p.seed);
        Op op = p.op;
        Scenario s = p.scenario;
        List<String> notes = new ArrayList<>();
        notes.add(s.name());

        // path: real values, or bad ones
        List<JsonNode> pathParams = op.params("path");
        Set<String> fuzzed = new HashSet<>();
        if (s == Scenario.PATH) {
            for (JsonNode param : pathParams) {
                if (r.nextBoolean()) {
                    fuzzed.add(param.path("name").asText());
                }
            }
            if (fuzzed.isEmpty()) {
                fuzzed.add(pathParams.get(r.nextInt(pathParams.size())).path("name").asText());
            }
        }
        String path = op.path;
        for (JsonNode param : pathParams) {
            String name = param.path("name").asText();
            String value;
            if (fuzzed.contains(name)) {
                Fuzz f = pathFuzz(spec, op, param, r);
                value = f.encode();
                notes.add("path " + name + "=" + f);
            } else {
                value = raw(real.path(op, name, r)).encode();
            }
            path = path.replace("{" + name + "}", value);
        }

        // query
        List<String> query = new ArrayList<>();
        if (s == Scenario.QUERY) {
            fuzzQuery(spec, op, r, query, notes);
        } else {
            for (JsonNode param : op.params("query")) {
                if (r.nextInt(10) < 3) {
                    query.add(param.path("name").asText() + "=" + raw(real.query(spec, param, r)).encode());
                }
            }
        }
        String url = spec.base + path + (query.isEmpty() ? "" : "?" + String.join("&", query));

        // headers
        Map<String, String> headers = new LinkedHashMap<>();
        if (s == Scenario.NO_TOKEN) {
            String auth = pick(r, badAuthorizations());
            if (auth != null) {
                headers.put("Authorization", auth);
            }
            notes.add("Authorization: " + (auth == null ? "none" : abbreviate(auth, 40)));
        } else {
            headers.put("Authorization", "Bearer " + token);
        }
        if (op.ifMatch) {
            if (op.requiresIfMatch && r.nextInt(10) == 0) {
                notes.add("no If-Match");
            } else {
                headers.put("If-Match", pick(r, STALE_ETAGS));
            }
        }
        if (op.idempotencyKey && r.nextBoolean()) {
            headers.put("Idempotency-Key", new UUID(r.nextLong(), r.nextLong()).toString());
        }
        if (s == Scenario.HEADER) {
            String[] header = pick(r, HEADER_FUZZ);
            if (!header[0].equals("If-Match")) {
                headers.put(header[0], header[1]);
            }
            notes.add("header " + header[0] + ": " + abbreviate(header[1], 40));
        }

        // body
        String method = op.method;
        byte[] body = null;
        String contentType = null;
        if (op.hasBody()) {
            Body b = new Body(spec.instance(op.bodySchema, "", r, 0, p.mayStayValid()));
            if (p.mayStayValid() && !b.locations(spec, op.bodySchema).stream().anyMatch(Loc::isFreeText)) {
                b = new Body(spec.instance(op.bodySchema, "", r, 0, false));
            }
            if (s == Scenario.BODY) {
                notes.add(p.mayStayValid() ? injectText(spec, op, b, STORAGE_PROBES.get(p.probe), r) : mutate(spec, op, b, r));
            }
            if (op.guarded() && !p.mayStayValid()) {
                String invalid = invalidate(spec, op, b, r);
                if (invalid != null) {
                    notes.add(invalid);
                }
            }
            body = b.bytes();
            contentType = "application/json";
            if (s == Scenario.CONTENT_TYPE) {
                String[] ct = new String[1];
                body = wrongContentType(b, body, r, ct, notes);
                contentType = ct[0];
            }
        } else if (s == Scenario.UNEXPECTED_BODY) {
            String[] ct = new String[1];
            body = unexpectedBody(r, ct, notes);
            contentType = ct[0];
        }
        if (s == Scenario.WRONG_METHOD) {
            List<String> others = new ArrayList<>(METHODS);
            others.removeAll(op.pathMethods);
            method = others.isEmpty() ? "DELETE" : pick(r, others);
            notes.add("method " + method + " on a path that declares " + op.pathMethods);
            if (body == null && !method.equals("GET") && !method.equals("DELETE") && r.nextBoolean()) {
                body = "{\"unexpected\":true}".getBytes(UTF_8);
                contentType = "application/json";
            } else if (body != null && (method.equals("GET") || method.equals("DELETE")) && r.nextBoolean()) {
                body = null;
                contentType = null;
            }
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (body != null && body.length > MAX_BODY_BYTES) {
            throw new IllegalStateException("generated a body of " + body.length + " bytes: " + notes);
        }
        return new Built(method, url, headers, body, String.join("; ", notes));
    }

    static List<String> badAuthorizations() {
        List<String> auth = new ArrayList<>();
        auth.add(null);
        auth.add(null);
        auth.add("Bearer not.a.jwt");
        auth.add("Bearer ");
        auth.add("Basic dXNlcjpwYXNz");
        auth.add("Bearer " + token.substring(0, token.length() - 8));
        auth.add("Bearer " + "A".repeat(8_000));
        auth.add("Bearer " + token.replace('.', '!'));
        auth.add("Token " + token);
        auth.add("Bearer ' OR 1=1--");
        return auth;
    }

    static Fuzz pathFuzz(Spec spec, Op op, JsonNode param, Random r) {
        JsonNode schema = spec.resolve(param.path("schema"));
        if ("uuid".equals(schema.path("format").asText()) && r.nextInt(6) == 0) {
            // a well-formed id that does not exist, or an existing one in capitals
            return r.nextBoolean() ? raw(new UUID(r.nextLong(), r.nextLong()).toString())
                    : raw(real.path(op, param.path("name").asText(), r).toUpperCase(Locale.ROOT));
        }
        return pick(r, PATH_FUZZ);
    }

    static void fuzzQuery(Spec spec, Op op, Random r, List<String> query, List<String> notes) {
        List<JsonNode> params = op.params("query");
        int structural = params.isEmpty() ? 0 : r.nextInt(4);
        if (structural == 0 || params.isEmpty()) {
            // odd structure: unknown, repeated, valueless, array-style and injected parameter names
            String name = params.isEmpty() ? "page" : params.get(r.nextInt(params.size())).path("name").asText();
            List<String> shapes = List.of("foo=bar", name + "=1&" + name + "=abc", name, name + "%5B%5D=1",
                    name + "%5B%24gt%5D=", "__proto__%5Badmin%5D=1", "sta%27tus=1", "&&&=&", "=x", "%00=1",
                    "x=" + "1,".repeat(1_500), String.join("&", Collections.nCopies(200, "x=1")));
            String shape = pick(r, shapes);
            query.add(shape);
            notes.add("query " + abbreviate(shape, 60));
            return;
        }
        for (JsonNode param : params) {
            String name = param.path("name").asText();
            if (r.nextInt(3) == 0) {
                Fuzz f = pick(r, QUERY_FUZZ);
                query.add(name + "=" + f.encode());
                notes.add("query " + name + "=" + f);
            } else if (r.nextBoolean()) {
                query.add(name + "=" + raw(real.query(spec, param, r)).encode());
            }
        }
        if (notes.stream().noneMatch(n -> n.startsWith("query "))) {
            JsonNode param = params.get(r.nextInt(params.size()));
            Fuzz f = pick(r, QUERY_FUZZ);
            query.add(param.path("name").asText() + "=" + f.encode());
            notes.add("query " + param.path("name").asText() + "=" + f);
        }
    }

    static byte[] wrongContentType(Body b, byte[] json, Random r, String[] contentType, List<String> notes) {
        byte[] body = json;
        String ct;
        switch (r.nextInt(12)) {
            case 0 -> ct = "text/plain";
            case 1 -> {
                ct = "application/xml";
                body = (r.nextBoolean() ? "<request><code>X</code><name>" + SCRIPT.replace("<", "&lt;") + "</name></request>"
                        : "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>")
                        .getBytes(UTF_8);
            }
            case 2 -> {
                ct = "application/x-www-form-urlencoded";
                StringBuilder form = new StringBuilder();
                if (b.root.isObject()) {
                    b.root.properties().forEach(e -> form.append(form.length() == 0 ? "" : "&").append(e.getKey())
                            .append('=').append(URLEncoder.encode(e.getValue().isTextual() ? e.getValue().asText()
                                    : e.getValue().toString(), UTF_8)));
                }
                body = form.toString().getBytes(UTF_8);
            }
            case 3 -> {
                ct = "multipart/form-data; boundary=badinput";
                body = ("--badinput\r\nContent-Disposition: form-data; name=\"body\"\r\nContent-Type: application/json\r\n\r\n"
                        + new String(json, UTF_8) + "\r\n--badinput--\r\n").getBytes(UTF_8);
            }
            case 4 -> ct = null;
            case 5 -> {
                ct = "application/octet-stream";
                body = new byte[1 + r.nextInt(2_000)];
                r.nextBytes(body);
            }
            case 6 -> {
                ct = "application/json; charset=UTF-16";
                body = new String(json, UTF_8).getBytes(StandardCharsets.UTF_16);
            }
            case 7 -> {
                ct = "application/json; charset=ISO-8859-1";
                body = new String(json, UTF_8).replace("\"en\":\"", "\"en\":\"é").getBytes(StandardCharsets.ISO_8859_1);
            }
            case 8 -> ct = "application/json; charset=nonsense";
            case 9 -> ct = pick(r, List.of("text/html", "application/vnd.api+json", "application/merge-patch+json",
                    "application/json-patch+json", "*/*", "application/*", "json", ""));
            case 10 -> ct = "application/json;;;;";
            default -> {
                ct = "text/csv";
                body = "code,name\nX,<script>alert(1)</script>\n".getBytes(UTF_8);
            }
        }
        contentType[0] = ct;
        notes.add("Content-Type: " + (ct == null ? "none" : ct));
        return body;
    }

    static byte[] unexpectedBody(Random r, String[] contentType, List<String> notes) {
        contentType[0] = pick(r, List.of("application/json", "text/plain", "application/xml"));
        if (r.nextInt(4) == 0) {
            contentType[0] = null;
        }
        byte[] body;
        switch (r.nextInt(5)) {
            case 0 -> body = "{\"unexpected\":true,\"status\":\"PUBLISHED\"}".getBytes(UTF_8);
            case 1 -> body = nested(2_000, r).getBytes(UTF_8);
            case 2 -> body = concat("{\"a\":\"".getBytes(UTF_8), pick(r, INVALID_UTF8), "\"}".getBytes(UTF_8));
            case 3 -> body = ("{\"a\":\"" + "A".repeat(300_000) + "\"}").getBytes(UTF_8);
            default -> body = "<a><b>&lt;script&gt;</b></a>".getBytes(UTF_8);
        }
        notes.add("unexpected body of " + body.length + " bytes, Content-Type: " + contentType[0]);
        return body;
    }

    // ---- mutating a body ----------------------------------------------------------------------------------------

    /** A plausible body with NUL, SQL or script text in one free-text field: a request that may be stored. */
    static String injectText(Spec spec, Op op, Body b, String value, Random r) {
        List<Loc> text = b.locations(spec, op.bodySchema).stream().filter(Loc::isFreeText).toList();
        if (text.isEmpty()) {
            return mutate(spec, op, b, r);
        }
        Loc loc = pick(r, text);
        b.set(loc, new TextNode(value));
        return "STORAGE_PROBE (may be stored) at " + loc.pointer + " = " + abbreviate(value, 60);
    }

    static String mutate(Spec spec, Op op, Body b, Random r) {
        List<Loc> all = b.locations(spec, op.bodySchema);
        List<Loc> inner = all.stream().filter(l -> l.parent != null).toList();
        if (inner.isEmpty()) {
            inner = all;
        }
        int kind = r.nextInt(110);
        if (kind < 14) {
            Loc loc = pick(r, inner);
            JsonNode wrong = wrongType(loc.type(), r);
            b.set(loc, wrong);
            return "WRONG_TYPE at " + loc.pointer + " (" + loc.type() + ") = " + abbreviate(wrong.toString(), 40);
        } else if (kind < 22) {
            List<Loc> required = inner.stream().filter(l -> l.required).toList();
            if (required.isEmpty()) {
                return mutate(spec, op, b, r);
            }
            Loc loc = pick(r, required);
            b.remove(loc);
            return "MISSING_REQUIRED " + loc.pointer;
        } else if (kind < 28) {
            Loc loc = pick(r, inner);
            b.set(loc, NullNode.instance);
            return "NULL at " + loc.pointer + (loc.required ? " (required)" : "");
        } else if (kind < 38) {
            Loc loc = pick(r, preferStrings(inner));
            String unit = pick(r, List.of("A", "é", "😀", "ش", "<script>", "' OR 1=1 "));
            int length = pick(r, List.of(5_000, 20_001, 100_000, 100_000, 300_000));
            int unitBytes = unit.getBytes(UTF_8).length;
            int repeats = Math.min(length / Math.max(1, unit.length()), 900_000 / unitBytes);
            b.set(loc, new TextNode(unit.repeat(repeats)));
            return "HUGE_STRING at " + loc.pointer + " = " + repeats + " x '" + unit + "'";
        } else if (kind < 46) {
            int depth = pick(r, List.of(1_001, 2_000, 2_000, 2_000, 10_000, 100_000));
            String nested = nested(depth, r);
            if (r.nextInt(4) == 0) {
                b.root = b.valueMarker(nested.getBytes(UTF_8));
                return "DEEP_NESTING of the whole body, " + depth + " levels";
            }
            Loc loc = pick(r, inner);
            b.set(loc, b.valueMarker(nested.getBytes(UTF_8)));
            return "DEEP_NESTING at " + loc.pointer + ", " + depth + " levels";
        } else if (kind < 62) {
            Loc loc = pick(r, preferStrings(inner));
            String value = pick(r, INJECTIONS);
            if (r.nextBoolean() && loc.node.isTextual()) {
                value = loc.node.asText() + value;
            }
            b.set(loc, new TextNode(value));
            return "INJECTION at " + loc.pointer + " = " + abbreviate(value, 60);
        } else if (kind < 68) {
            Loc loc = pick(r, preferStrings(inner));
            if (r.nextBoolean()) {
                String value = pick(r, UNICODE);
                b.set(loc, new TextNode(value));
                return "UNICODE at " + loc.pointer + " = " + abbreviate(value, 30);
            }
            String escape = pick(r, BAD_ESCAPES);
            b.set(loc, new TextNode("x" + b.stringMarker(escape.getBytes(UTF_8)) + "y"));
            return "BAD_ESCAPE at " + loc.pointer + " = " + escape;
        } else if (kind < 78) {
            byte[] bad = pick(r, INVALID_UTF8);
            if (r.nextInt(4) == 0 && b.root.isObject()) {
                ((ObjectNode) b.root).put("k" + b.stringMarker(bad), "v");
                return "INVALID_UTF8 in a property name: " + hex(bad);
            }
            Loc loc = pick(r, preferStrings(inner));
            b.set(loc, new TextNode("ab" + b.stringMarker(bad) + "cd"));
            return "INVALID_UTF8 at " + loc.pointer + ": " + hex(bad);
        } else if (kind < 88) {
            return malformed(b, r);
        } else if (kind < 92) {
            if (!b.root.isObject()) {
                return mutate(spec, op, b, r);
            }
            ObjectNode root = (ObjectNode) b.root;
            root.put("id", new UUID(r.nextLong(), r.nextLong()).toString());
            root.put("version", 999_999);
            root.put("status", "PUBLISHED");
            root.put("createdBy", "attacker");
            root.set("__proto__", NODES.objectNode().put("admin", true));
            root.put("@class", "java.util.HashMap");
            root.put("", "empty name");
            root.put("k".repeat(1_000), 1);
            return "EXTRA_PROPERTIES id, version, status, createdBy, __proto__, @class, empty and long names";
        } else if (kind < 97) {
            List<Loc> numbers = inner.stream().filter(l -> l.type().equals("integer") || l.type().equals("number")).toList();
            Loc loc = pick(r, numbers.isEmpty() ? inner : numbers);
            String number = pick(r, List.of("-1", "0", "-0", "2147483648", "-2147483649", "9223372036854775808", "1e308",
                    "-1e308", "1.5", "1e400", "1e999999999", "0.0000000000000000000001", "007", "+1", ".5", "1.", "0x1F",
                    "Infinity", "NaN", "1".repeat(2_000)));
            b.set(loc, b.valueMarker(number.getBytes(UTF_8)));
            return "NUMBER " + abbreviate(number, 20) + " at " + loc.pointer;
        } else if (kind < 102) {
            List<Loc> enums = inner.stream().filter(l -> l.schema.has("enum") || l.schema.has("format")
                    && l.schema.path("format").asText().startsWith("date")).toList();
            if (enums.isEmpty()) {
                return mutate(spec, op, b, r);
            }
            Loc loc = pick(r, enums);
            List<String> values = loc.schema.has("enum")
                    ? List.of("", "krg", "MARS", " KRG", "KRG ", "DRAFT' OR '1'='1", "0", "null", "Krg", "K\u0000RG")
                    : List.of("2027-13-45", "2027-02-30", "yesterday", "", "99999-01-01", "2027-01-01T00:00:00Z",
                            "-999999999-01-01", "0000-00-00", "2027/01/01", "20270101", "+1000000000-01-01");
            String value = pick(r, values);
            b.set(loc, new TextNode(value));
            return "BAD_" + (loc.schema.has("enum") ? "ENUM" : "DATE") + " at " + loc.pointer + " = '" + value + "'";
        } else if (kind < 105) {
            List<Loc> arrays = inner.stream().filter(l -> l.node.isArray()).toList();
            if (arrays.isEmpty()) {
                return mutate(spec, op, b, r);
            }
            Loc loc = pick(r, arrays);
            int max = loc.schema.path("maxItems").asInt(-1);
            JsonNode element = loc.node.size() > 0 ? loc.node.get(0) : new TextNode("x");
            int size = Math.max(1, element.toString().length());
            int n = max > 0 && max <= 600 ? max + 1 : 10_000;
            n = Math.min(n, 700_000 / size);
            ArrayNode many = NODES.arrayNode();
            for (int i = 0; i < n; i++) {
                many.add(element.deepCopy());
            }
            b.set(loc, many);
            return "OVERSIZED_ARRAY at " + loc.pointer + " with " + n + " items (maxItems " + max + ")";
        } else if (kind < 109) {
            JsonNode base = b.root;
            List<JsonNode> roots = List.of(NODES.arrayNode(), new TextNode("body"), IntNode.valueOf(42), NullNode.instance,
                    BooleanNode.TRUE, NODES.arrayNode().add(base.deepCopy()), NODES.objectNode().set("data", base.deepCopy()));
            b.root = pick(r, roots);
            return "WRONG_ROOT " + abbreviate(b.root.toString(), 40);
        } else {
            String empty = pick(r, List.of("", " ", "\n", "\r\n\t "));
            b.text = json -> empty;
            return "EMPTY_BODY '" + empty.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'";
        }
    }

    static String malformed(Body b, Random r) {
        int variant = r.nextInt(12);
        b.text = switch (variant) {
            case 0 -> json -> json.substring(0, 1 + r.nextInt(Math.max(1, json.length() - 1)));
            case 1 -> json -> json.replace('"', '\'');
            case 2 -> json -> json.replaceAll("\"(\\w+)\":", "$1:");
            case 3 -> json -> json.substring(0, json.length() - 1) + ",}";
            case 4 -> json -> "/* comment */" + json + "// trailing";
            case 5 -> json -> "{\"nan\":NaN," + json.substring(1);
            case 6 -> json -> json.replaceFirst(":\"", ":\"raw\ncontrol\u0001chars");
            case 7 -> json -> json.substring(0, json.length() - 1) + ",\"unterminated\":\"abc";
            case 8 -> json -> json + "}}]]garbage";
            case 9 -> json -> "\uFEFF" + json;
            case 10 -> json -> "{\"dup\":1,\"dup\":{}," + json.substring(1);
            default -> json -> json.replace(":", "=");
        };
        return "MALFORMED_JSON " + List.of("truncated", "single quotes", "unquoted names", "trailing comma", "comments",
                "NaN", "raw control characters", "unterminated string", "trailing garbage", "byte order mark",
                "duplicate names", "= for :").get(variant);
    }

    /**
     * Makes a body of a creating operation certainly invalid at the validation level, on a required property the
     * mutation did not touch, so the rest of the body is still parsed and validated but nothing is created.
     */
    static String invalidate(Spec spec, Op op, Body b, Random r) {
        if (!b.root.isObject()) {
            return null;
        }
        JsonNode schema = spec.resolve(op.bodySchema);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        List<String> untouched = new ArrayList<>(required);
        untouched.removeAll(b.touched);
        List<String> candidates = untouched.isEmpty() ? required : untouched;
        ObjectNode root = (ObjectNode) b.root;
        for (String name : candidates) {
            JsonNode property = spec.resolve(schema.path("properties").path(name));
            if (property.has("pattern")) {
                root.put(name, property.path("pattern").asText().equals("\\S") ? "   " : "!! not a " + name + " !!");
                return "invalid " + name + " (pattern) so nothing is created";
            }
            if (property.path("minItems").asInt(0) >= 1) {
                root.set(name, NODES.arrayNode());
                return "empty " + name + " (minItems) so nothing is created";
            }
            if (property.has("minimum") && Spec.type(property).equals("integer")) {
                root.put(name, property.path("minimum").asLong() - 1);
                return name + " below its minimum so nothing is created";
            }
        }
        if (!candidates.isEmpty()) {
            root.remove(candidates.get(0));
            return "without required " + candidates.get(0) + " so nothing is created";
        }
        return null;
    }

    static JsonNode wrongType(String type, Random r) {
        List<JsonNode> options = switch (type) {
            case "integer", "number" -> List.of(new TextNode("abc"), new TextNode(""), new TextNode("12"), BooleanNode.TRUE,
                    NODES.arrayNode().add(1), NODES.objectNode(), DoubleNode.valueOf(1.5), new TextNode("1e3"));
            case "boolean" -> List.of(new TextNode("yes"), IntNode.valueOf(2), NODES.arrayNode(), NODES.objectNode(),
                    new TextNode("true"));
            case "array" -> List.of(new TextNode("a"), IntNode.valueOf(1), NODES.objectNode(), BooleanNode.TRUE,
                    NODES.arrayNode().add(NODES.arrayNode().add(1)).add(NODES.objectNode().put("x", 1)));
            case "object" -> List.of(new TextNode("a"), IntNode.valueOf(1), NODES.arrayNode(), BooleanNode.FALSE,
                    NODES.arrayNode().add(NODES.objectNode()));
            default -> List.of(IntNode.valueOf(12_345), BooleanNode.TRUE, DoubleNode.valueOf(1.5e308),
                    NODES.arrayNode().add("a"), NODES.objectNode().put("x", 1), NODES.arrayNode(), NODES.objectNode());
        };
        return pick(r, options);
    }

    static List<Loc> preferStrings(List<Loc> locs) {
        List<Loc> strings = locs.stream().filter(l -> l.node.isTextual()).toList();
        return strings.isEmpty() ? locs : strings;
    }

    static String nested(int depth, Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> "[".repeat(depth) + "]".repeat(depth);
            case 1 -> "{\"a\":".repeat(Math.min(depth, 20_000)) + "1" + "}".repeat(Math.min(depth, 20_000));
            default -> "[{\"a\":".repeat(Math.min(depth, 20_000) / 2) + "null" + "}]".repeat(Math.min(depth, 20_000) / 2);
        };
    }

    // ---- the summary ----------------------------------------------------------------------------------------------

    static String summary(List<Stats> stats, List<Violation> violations) {
        StringBuilder md = new StringBuilder("\n## Bad input at scale (seed ").append(SEED).append(")\n\n");
        md.append("| service | requests | without a valid token | 2xx | 3xx | 4xx | 5xx | no answer | retried on a fresh connection"
                + " | violations | seconds |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Set<Integer> statuses = new TreeSet<>();
        for (Stats s : stats) {
            statuses.addAll(s.statuses.keySet());
            md.append("| ").append(s.service).append(" | ").append(s.sent.get()).append(" | ").append(s.withoutToken.sum())
                    .append(" | ").append(s.range(200)).append(" | ").append(s.range(300)).append(" | ").append(s.range(400))
                    .append(" | ").append(s.range(500)).append(" | ").append(s.get(-1)).append(" | ").append(s.retried.sum()).append(" | ")
                    .append(s.violations.size()).append(" | ").append(String.format(Locale.ROOT, "%.1f", s.seconds))
                    .append(" |\n");
        }
        md.append("\n### Statuses\n\n| service |");
        statuses.forEach(code -> md.append(' ').append(code < 0 ? "none" : code).append(" |"));
        md.append("\n|---|");
        statuses.forEach(code -> md.append("---:|"));
        md.append('\n');
        for (Stats s : stats) {
            md.append("| ").append(s.service).append(" |");
            statuses.forEach(code -> md.append(' ').append(s.get(code)).append(" |"));
            md.append('\n');
        }
        md.append("\n### Kinds of bad input\n\n| kind |");
        stats.forEach(s -> md.append(' ').append(s.service).append(" |"));
        md.append("\n|---|");
        stats.forEach(s -> md.append("---:|"));
        md.append('\n');
        for (Scenario scenario : Scenario.values()) {
            md.append("| ").append(scenario).append(" |");
            stats.forEach(s -> md.append(' ').append(s.scenarios.getOrDefault(scenario.name(), new LongAdder()).sum()).append(" |"));
            md.append('\n');
        }
        md.append("\n### Writes that succeeded\n\n| service | write | count |\n|---|---|---:|\n");
        for (Stats s : stats) {
            new TreeMap<>(s.writes).forEach((w, n) -> md.append("| ").append(s.service).append(" | ").append(w).append(" | ")
                    .append(n.sum()).append(" |\n"));
        }
        if (!violations.isEmpty()) {
            Map<String, Integer> kinds = new TreeMap<>();
            for (Violation v : violations) {
                kinds.merge(v.service + " | " + v.category() + " | " + (v.status == 0 ? "none" : v.status) + " | "
                        + v.contentType().replace("|", "\\|"), 1, Integer::sum);
            }
            md.append("\n### Violations\n\n| service | violation | status | Content-Type | count |\n|---|---|---:|---|---:|\n");
            kinds.forEach((k, n) -> md.append("| ").append(k).append(" | ").append(n).append(" |\n"));
        }
        return md.toString();
    }

    /** The first violation of each service, kind, status and content type, then of each operation, then the rest. */
    static List<Violation> representatives(List<Violation> violations, int limit) {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing((Violation v) -> v.service).thenComparingInt(v -> v.index));
        Set<Violation> chosen = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (Violation v : sorted) {
            if (seen.add(v.service + v.category() + v.status + v.contentType())) {
                chosen.add(v);
            }
        }
        for (Violation v : sorted) {
            if (seen.add(v.service + v.method + v.template + v.category() + v.status)) {
                chosen.add(v);
            }
        }
        chosen.addAll(sorted);
        return chosen.stream().limit(limit).toList();
    }

    // =============================================================================================================
    // 2. <script> is data
    // =============================================================================================================

    @Test
    void scriptTextIsStoredAndReturnedAsDataNeverInterpreted() {
        // a ministry named <script>
        String code = "XSS-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", Map.of("en", SCRIPT, "ar", SCRIPT, "ckb", SCRIPT), "government", "KRG"))
                .when().post(ASSESSMENT + "/api/v1/ministries")
                .then().statusCode(201).contentType(startsWith("application/json"));
        for (String base : List.of(ASSESSMENT, PlatformIT.GATEWAY)) {
            for (String language : List.of("en", "ar")) {
                Response read = given().auth().oauth2(token).header("Accept-Language", language)
                        .when().get(base + "/api/v1/ministries/" + code);
                read.then().statusCode(200).contentType(startsWith("application/json")).body("name", equalTo(SCRIPT));
                assertFalse(read.asString().contains("&lt;"), "the name is stored as data, not HTML-escaped twice");
                reportNosniff("GET " + base + "/api/v1/ministries/" + code, read);
            }
        }

        // an answer's evidence and comment
        List<String> criteria = given().auth().oauth2(token)
                .when().get(ASSESSMENT + "/api/v1/frameworks/SES-READINESS/versions/1")
                .then().statusCode(200).extract().path("areas.criteria.flatten().code");
        String assessment = createAssessment("MOP-KRG");
        Response current = given().auth().oauth2(token).when().get(ASSESSMENT + "/api/v1/assessments/" + assessment);
        current.then().statusCode(200);
        given().auth().oauth2(token).header("If-Match", current.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("criterionCode", criteria.get(0), "level", 2,
                        "evidence", SCRIPT, "comment", SCRIPT))))
                .when().put(ASSESSMENT + "/api/v1/assessments/" + assessment + "/answers")
                .then().statusCode(200).contentType(startsWith("application/json"));
        Response stored = given().auth().oauth2(token).when().get(ASSESSMENT + "/api/v1/assessments/" + assessment);
        stored.then().statusCode(200).contentType(startsWith("application/json"))
                .body("answers.find { it.criterionCode == '" + criteria.get(0) + "' }.comment", equalTo(SCRIPT))
                .body("answers.find { it.criterionCode == '" + criteria.get(0) + "' }.evidence", equalTo(SCRIPT));
        reportNosniff("GET /api/v1/assessments/{id}", stored);

        // a roadmap titled <script>: JSON gives it back as is, the SVG Gantt chart escapes it
        AssessmentIT.validatedGovernmentAssessment("KRG");
        List<String> options = given().auth().oauth2(token)
                .when().get(CATALOG + "/api/v1/design-options?status=PUBLISHED&size=2")
                .then().statusCode(200).extract().path("id");
        String roadmap = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("title", SCRIPT, "government", "KRG", "startDate", "2027-01-01", "selectedOptionIds", options,
                        "ministryCodes", List.of()))
                .when().post(ROADMAP + "/api/v1/roadmaps")
                .then().statusCode(201).contentType(startsWith("application/json")).body("title", equalTo(SCRIPT))
                .extract().path("id");
        Response json = given().auth().oauth2(token).when().get(ROADMAP + "/api/v1/roadmaps/" + roadmap);
        json.then().statusCode(200).contentType(startsWith("application/json")).body("title", equalTo(SCRIPT));
        reportNosniff("GET /api/v1/roadmaps/{id}", json);
        Response svg = given().auth().oauth2(token).when().get(ROADMAP + "/api/v1/roadmaps/" + roadmap + "/gantt.svg");
        svg.then().statusCode(200).contentType(startsWith("image/svg+xml"));
        assertFalse(svg.asString().toLowerCase(Locale.ROOT).contains("<script"),
                "the SVG Gantt chart must escape the title, not embed a live <script>");
        assertTrue(svg.asString().contains("alert(1)"), "the SVG Gantt chart shows the title as text");
        reportNosniff("GET /api/v1/roadmaps/{id}/gantt.svg", svg);
    }

    static void reportNosniff(String what, Response response) {
        System.out.println("BadInputIT: " + what + " -> Content-Type " + response.contentType()
                + ", X-Content-Type-Options: " + (response.header("X-Content-Type-Options") == null ? "(not sent)"
                : response.header("X-Content-Type-Options")));
    }

    static String createAssessment(String ministry) {
        Random r = new Random();
        int n = r.nextInt(36_000);
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("ministryCode", ministry, "frameworkCode", "SES-READINESS", "frameworkVersion", 1,
                        "period", (1000 + n / 4) + "-Q" + (n % 4 + 1), "answers", List.of()))
                .when().post(ASSESSMENT + "/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
    }

    // =============================================================================================================
    // the model
    // =============================================================================================================

    enum Scenario {
        BODY, CONTENT_TYPE, PATH, QUERY, HEADER, NO_TOKEN, WRONG_METHOD, UNEXPECTED_BODY;

        static Scenario pick(Op op, Random r) {
            boolean path = !op.params("path").isEmpty();
            int[] weights = op.hasBody()
                    ? new int[] {50, 12, path ? 10 : 0, 6, 8, 6, 8, 0}
                    : new int[] {0, 0, path ? 30 : 0, path ? 30 : 45, 12, 8, 8, 12};
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int x = r.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return values()[i];
                }
            }
            throw new IllegalStateException();
        }
    }

    /** One request to send; {@code probe} is the index of a storage probe, or -1 for a body that must stay invalid. */
    record Planned(int index, Op op, Scenario scenario, long seed, int probe) {
        boolean mayStayValid() {
            return probe >= 0;
        }
    }

    record Built(String method, String url, Map<String, String> headers, byte[] body, String mutation) {
        Violation violation(Planned p, Spec spec, int status, String contentType, String body, String kind) {
            return new Violation(p.index, spec.service, method, p.op.path, status, contentType,
                    abbreviate(body.replace('\n', ' '), 200), "#" + p.index + " " + method + " " + abbreviate(url, 160)
                    + (this.body == null ? "" : " [" + this.body.length + " bytes]") + " -- " + mutation, kind);
        }
    }

    record Violation(int index, String service, String method, String template, int status, String contentType,
                     String body, String request, String kind) {
        String category() {
            int colon = kind.indexOf(':');
            return colon < 0 ? kind : kind.substring(0, colon);
        }

        @Override
        public String toString() {
            return "- " + service + " " + method + " " + template + " -> " + (status == 0 ? "no answer" : status)
                    + " " + contentType + ": " + kind + "\n    request: " + request + "\n    body: " + body;
        }
    }

    static final class Stats {
        final String service;
        final AtomicInteger sent = new AtomicInteger();
        final LongAdder withoutToken = new LongAdder();
        final LongAdder retried = new LongAdder();
        final Map<String, LongAdder> writes = new ConcurrentHashMap<>();
        final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        final Map<String, LongAdder> scenarios = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Violation> violations = new ConcurrentLinkedQueue<>();
        double seconds;

        Stats(String service) {
            this.service = service;
        }

        void count(int status) {
            statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
        }

        long get(int status) {
            LongAdder n = statuses.get(status);
            return n == null ? 0 : n.sum();
        }

        long range(int from) {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= from && e.getKey() < from + 100)
                    .mapToLong(e -> e.getValue().sum()).sum();
        }
    }

    /** One service's OpenAPI document and its operations. */
    static final class Spec {
        final String service;
        final String base;
        final JsonNode doc;
        final List<Op> ops = new ArrayList<>();

        private Spec(String service, String base, JsonNode doc) {
            this.service = service;
            this.base = base;
            this.doc = doc;
        }

        static Spec load(String service, String base) throws Exception {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(20)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), service + " serves its OpenAPI document");
            Spec spec = new Spec(service, base, JSON.readTree(response.body()));
            spec.doc.path("paths").properties().forEach(entry -> {
                JsonNode item = entry.getValue();
                Set<String> declared = new LinkedHashSet<>();
                for (String m : METHODS) {
                    if (item.has(m.toLowerCase(Locale.ROOT))) {
                        declared.add(m);
                    }
                }
                for (String m : declared) {
                    JsonNode operation = item.path(m.toLowerCase(Locale.ROOT));
                    List<JsonNode> params = new ArrayList<>();
                    item.path("parameters").forEach(params::add);
                    operation.path("parameters").forEach(params::add);
                    JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                    boolean ifMatch = params.stream().anyMatch(p -> p.path("name").asText().equalsIgnoreCase("If-Match"));
                    boolean key = params.stream().anyMatch(p -> p.path("name").asText().equalsIgnoreCase("Idempotency-Key"));
                    spec.ops.add(new Op(m, entry.getKey(), params, body, ifMatch, operation.path("responses").has("428"), key,
                            declared));
                }
            });
            assertFalse(spec.ops.isEmpty(), service + " documents operations");
            return spec;
        }

        JsonNode resolve(JsonNode schema) {
            JsonNode s = schema;
            for (int i = 0; i < 10 && s.has("$ref"); i++) {
                JsonNode target = doc.at(s.path("$ref").asText().substring(1));
                ObjectNode merged = target.isObject() ? ((ObjectNode) target).deepCopy() : NODES.objectNode();
                s.properties().forEach(e -> {
                    if (!e.getKey().equals("$ref")) {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
                s = merged;
            }
            return s;
        }

        static String type(JsonNode s) {
            JsonNode type = s.path("type");
            if (type.isTextual()) {
                return type.asText();
            }
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (!t.asText().equals("null")) {
                        return t.asText();
                    }
                }
            }
            if (s.has("properties")) {
                return "object";
            }
            if (s.has("items")) {
                return "array";
            }
            return "string";
        }

        /** A plausible instance of a schema, with real codes and ids where the property names call for them. */
        JsonNode instance(JsonNode schema, String name, Random r, int depth, boolean minimal) {
            JsonNode s = resolve(schema);
            switch (type(s)) {
                case "object" -> {
                    ObjectNode o = NODES.objectNode();
                    Set<String> required = new HashSet<>();
                    s.path("required").forEach(n -> required.add(n.asText()));
                    for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
                        if (required.contains(p.getKey()) || !minimal && depth < 4 && r.nextInt(3) > 0) {
                            o.set(p.getKey(), instance(p.getValue(), p.getKey(), r, depth + 1, minimal));
                        }
                    }
                    return o;
                }
                case "array" -> {
                    ArrayNode a = NODES.arrayNode();
                    int n = Math.min(Math.max(1, s.path("minItems").asInt(1)), Math.min(6, s.path("maxItems").asInt(6)));
                    if (depth >= 6 || minimal) {
                        n = s.path("minItems").asInt(0);
                    }
                    for (int i = 0; i < n; i++) {
                        a.add(instance(s.path("items"), name, r, depth + 1, minimal));
                    }
                    return a;
                }
                case "integer" -> {
                    if (s.path("examples").isArray() && s.path("examples").size() > 0) {
                        return s.path("examples").get(0);
                    }
                    long min = s.path("minimum").asLong(1);
                    long max = s.path("maximum").asLong(Integer.MAX_VALUE);
                    return IntNode.valueOf((int) Math.max(min, Math.min(max, "level".equals(name) ? r.nextInt(6) : 1)));
                }
                case "number" -> {
                    return DoubleNode.valueOf(1.0);
                }
                case "boolean" -> {
                    return BooleanNode.valueOf(r.nextBoolean());
                }
                default -> {
                    return new TextNode(string(s, name, r));
                }
            }
        }

        String string(JsonNode s, String name, Random r) {
            if (s.has("enum")) {
                return s.path("enum").get(r.nextInt(s.path("enum").size())).asText();
            }
            String pooled = real.byName(name, r);
            if (pooled != null) {
                return pooled;
            }
            String format = s.path("format").asText();
            if (format.equals("uuid")) {
                return pick(r, real.publishedOptionIds);
            }
            if (format.equals("date")) {
                return "2027-01-01";
            }
            if (format.equals("date-time")) {
                return "2027-01-01T00:00:00Z";
            }
            String pattern = s.path("pattern").asText();
            String unique = RUN + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
            switch (pattern) {
                case "^[A-Z][A-Z0-9_]{2,63}$" -> {
                    return "ZBI_" + unique.substring(0, 8);
                }
                case "^[A-Z][A-Z0-9-]{1,63}$", "^[A-Z][A-Z0-9-]{1,31}$" -> {
                    return "ZBI-" + unique.substring(0, 8);
                }
                case "^[A-Z][A-Z_]{1,31}$" -> {
                    return "ZBI_" + unique.substring(0, 8);
                }
                case "^[A-Z]+\\.[A-Z0-9_]+$" -> {
                    return "BADINPUT." + unique.substring(0, 8);
                }
                case "^[A-Z]{2}$" -> {
                    return "CA";
                }
                case "^[0-9]{4}(-Q[1-4])?$" -> {
                    int n = Math.floorMod(r.nextInt(36_000) + RUN.hashCode(), 36_000);
                    return (1000 + n / 4) + "-Q" + (n % 4 + 1);
                }
                default -> {
                }
            }
            if (s.path("examples").isArray() && s.path("examples").size() > 0 && s.path("examples").get(0).isTextual()) {
                return s.path("examples").get(0).asText();
            }
            return "Bad input test " + name;
        }
    }

    record Op(String method, String path, List<JsonNode> params, JsonNode bodySchema, boolean ifMatch,
              boolean requiresIfMatch, boolean idempotencyKey, Set<String> pathMethods) {
        boolean hasBody() {
            return !bodySchema.isMissingNode();
        }

        /** A write that no stale If-Match stops: its body must be invalid. */
        boolean guarded() {
            return hasBody() && !method.equals("GET") && !ifMatch;
        }

        boolean create() {
            return guarded() && method.equals("POST") && !path.contains("{");
        }

        List<JsonNode> params(String in) {
            return params.stream().filter(p -> p.path("in").asText().equals(in)).toList();
        }
    }

    /** A place in a body: its parent, its name or index, the node and its schema. */
    record Loc(JsonNode parent, String field, int index, JsonNode node, JsonNode schema, String pointer, boolean required) {
        String type() {
            return Spec.type(schema);
        }

        boolean isFreeText() {
            return node.isTextual() && !schema.has("enum") && !schema.has("format")
                    && (!schema.has("pattern") || schema.path("pattern").asText().equals("\\S"))
                    && !List.of("ministryCode", "frameworkCode", "criterionCode", "dimension", "pillars", "countries",
                            "ministryCodes", "dependsOn", "code").contains(pointerName());
        }

        String pointerName() {
            String[] parts = pointer.split("/");
            for (int i = parts.length - 1; i >= 0; i--) {
                if (!parts[i].matches("\\d+")) {
                    return parts[i];
                }
            }
            return "";
        }
    }

    /** A JSON body under construction: a tree, raw byte splices for what no JSON writer writes, a text mutation. */
    static final class Body {
        JsonNode root;
        final Map<String, byte[]> values = new LinkedHashMap<>();
        final Map<String, byte[]> inStrings = new LinkedHashMap<>();
        final Set<String> touched = new HashSet<>();
        UnaryOperator<String> text = UnaryOperator.identity();

        Body(JsonNode root) {
            this.root = root;
        }

        List<Loc> locations(Spec spec, JsonNode schema) {
            List<Loc> out = new ArrayList<>();
            collect(spec, root, schema, null, null, -1, "", false, out);
            return out;
        }

        private void collect(Spec spec, JsonNode node, JsonNode schema, JsonNode parent, String field, int index,
                             String pointer, boolean required, List<Loc> out) {
            JsonNode s = spec.resolve(schema);
            out.add(new Loc(parent, field, index, node, s, pointer.isEmpty() ? "/" : pointer, required));
            if (node.isObject()) {
                Set<String> req = new HashSet<>();
                s.path("required").forEach(n -> req.add(n.asText()));
                List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
                for (Map.Entry<String, JsonNode> e : fields) {
                    collect(spec, e.getValue(), s.path("properties").path(e.getKey()), node, e.getKey(), -1,
                            pointer + "/" + e.getKey(), req.contains(e.getKey()), out);
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    collect(spec, node.get(i), s.path("items"), node, null, i, pointer + "/" + i, false, out);
                }
            }
        }

        void set(Loc loc, JsonNode value) {
            touch(loc);
            if (loc.parent == null) {
                root = value;
            } else if (loc.parent instanceof ObjectNode o) {
                o.set(loc.field, value);
            } else {
                ((ArrayNode) loc.parent).set(loc.index, value);
            }
        }

        void remove(Loc loc) {
            touch(loc);
            if (loc.parent instanceof ObjectNode o) {
                o.remove(loc.field);
            } else if (loc.parent instanceof ArrayNode a) {
                a.remove(loc.index);
            }
        }

        private void touch(Loc loc) {
            String[] parts = loc.pointer.split("/");
            if (parts.length > 1) {
                touched.add(parts[1]);
            }
        }

        /** A placeholder node whose JSON text, quotes included, is replaced by raw bytes. */
        TextNode valueMarker(byte[] raw) {
            String marker = "~~BADINPUT-V" + values.size() + "~~";
            values.put(marker, raw);
            return new TextNode(marker);
        }

        /** A placeholder inside a string, replaced by raw bytes between the quotes. */
        String stringMarker(byte[] raw) {
            String marker = "~~BADINPUT-S" + inStrings.size() + "~~";
            inStrings.put(marker, raw);
            return marker;
        }

        byte[] bytes() {
            String json = text.apply(root.toString());
            Map<String, byte[]> splices = new LinkedHashMap<>();
            values.forEach((m, raw) -> splices.put("\"" + m + "\"", raw));
            splices.putAll(inStrings);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int from = 0;
            while (true) {
                int at = -1;
                String found = null;
                for (String m : splices.keySet()) {
                    int i = json.indexOf(m, from);
                    if (i >= 0 && (at < 0 || i < at)) {
                        at = i;
                        found = m;
                    }
                }
                if (found == null) {
                    out.writeBytes(json.substring(from).getBytes(UTF_8));
                    return out.toByteArray();
                }
                out.writeBytes(json.substring(from, at).getBytes(UTF_8));
                out.writeBytes(splices.get(found));
                from = at + found.length();
            }
        }
    }

    /** Real ids and codes, read from the services, and fixtures this test may write to. */
    record Real(List<String> optionIds, List<String> publishedOptionIds, List<String> assessmentIds,
                List<String> roadmapIds, List<String> ministries, List<String> pillars, List<String> dimensions,
                List<String> countries, List<String> criteria, String fixtureOption, String fixtureAssessment,
                String fixtureRoadmap, String fixtureActivity) {

        static Real discover() {
            List<String> options = read(CATALOG + "/api/v1/design-options?size=5", "id");
            List<String> published = read(CATALOG + "/api/v1/design-options?status=PUBLISHED&size=2", "id");
            List<String> pillars = read(CATALOG + "/api/v1/pillars?size=100", "code");
            List<String> dimensions = read(CATALOG + "/api/v1/dimensions?size=100", "code");
            List<String> countries = read(CATALOG + "/api/v1/country-models?size=100", "code");
            List<String> ministries = read(ASSESSMENT + "/api/v1/ministries?size=100", "code");
            List<String> criteria = read(ASSESSMENT + "/api/v1/frameworks/SES-READINESS/versions/1",
                    "areas.criteria.flatten().code");
            List<String> assessments = read(ASSESSMENT + "/api/v1/assessments?size=5", "id");
            List<String> roadmaps = read(ROADMAP + "/api/v1/roadmaps?size=5", "id");
            assertFalse(published.isEmpty() || pillars.isEmpty() || dimensions.isEmpty() || countries.isEmpty()
                    || ministries.isEmpty() || criteria.isEmpty(), "the seeded catalog, ministries and framework are there");

            String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
            Map<String, Object> option = new HashMap<>(Map.of("code", "ZBI_FIXTURE_" + suffix, "dimension", dimensions.get(0),
                    "title", Map.of("en", "BadInputIT fixture " + suffix), "summary", Map.of("en", "Created by BadInputIT"),
                    "description", Map.of("en", "Created by BadInputIT"), "pros", List.of(Map.of("en", "a")),
                    "cons", List.of(Map.of("en", "b")), "prerequisites", List.of(),
                    "implementationSteps", List.of(Map.of("code", "ONLY_STEP", "title", Map.of("en", "Only step"),
                            "durationMonths", 2, "dependsOn", List.of(), "phase", "FOUNDATION")),
                    "pillars", List.of(pillars.get(0))));
            option.put("countries", List.of());
            String fixtureOption = given().auth().oauth2(token).contentType(ContentType.JSON).body(option)
                    .when().post(CATALOG + "/api/v1/design-options").then().statusCode(201).extract().path("id");
            String fixtureAssessment = createAssessment("MOP-KRG");
            AssessmentIT.validatedGovernmentAssessment("KRG");
            var roadmap = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("title", "BadInputIT fixture " + suffix, "government", "KRG", "startDate", "2027-01-01",
                            "selectedOptionIds", published, "ministryCodes", List.of()))
                    .when().post(ROADMAP + "/api/v1/roadmaps").then().statusCode(201).extract();
            return new Real(options, published, assessments, roadmaps, ministries, pillars, dimensions, countries, criteria,
                    fixtureOption, fixtureAssessment, roadmap.path("id"),
                    roadmap.path("phases[0].activities[0].id"));
        }

        private static List<String> read(String url, String path) {
            List<String> values = given().auth().oauth2(token).when().get(url).then().statusCode(200).extract().path(path);
            return values == null ? List.of() : values;
        }

        /** A real value for a path parameter; writes only ever name this test's fixtures. */
        String path(Op op, String name, Random r) {
            String p = op.path();
            boolean read = op.method().equals("GET");
            return switch (name) {
                case "id" -> p.startsWith("/api/v1/design-options") ? (read ? pick(r, with(optionIds, fixtureOption)) : fixtureOption)
                        : p.startsWith("/api/v1/assessments") ? (read ? pick(r, with(assessmentIds, fixtureAssessment)) : fixtureAssessment)
                        : p.startsWith("/api/v1/roadmaps") ? (read ? pick(r, with(roadmapIds, fixtureRoadmap)) : fixtureRoadmap)
                        : fixtureOption;
                case "activityId" -> fixtureActivity;
                case "code" -> p.startsWith("/api/v1/country-models") ? pick(r, countries)
                        : p.startsWith("/api/v1/dimensions") ? pick(r, dimensions)
                        : p.startsWith("/api/v1/ministries") ? pick(r, ministries)
                        : "SES-READINESS";
                case "version" -> "1";
                default -> "x";
            };
        }

        /** A real value for a query parameter. */
        String query(Spec spec, JsonNode param, Random r) {
            JsonNode schema = spec.resolve(param.path("schema"));
            if (schema.has("enum")) {
                return schema.path("enum").get(r.nextInt(schema.path("enum").size())).asText();
            }
            String name = param.path("name").asText();
            String pooled = byName(name, r);
            if (pooled != null) {
                return pooled;
            }
            return switch (name) {
                case "page" -> String.valueOf(r.nextInt(3));
                case "size" -> String.valueOf(1 + r.nextInt(100));
                case "q" -> pick(r, List.of("board", "merit selection", "career"));
                case "sort" -> pick(r, List.of("title", "-title", "updatedAt", "-updatedAt"));
                case "entityId" -> fixtureAssessment;
                case "entityType" -> "ASSESSMENT";
                case "government" -> pick(r, List.of("KRG", "FEDERAL_IRAQ"));
                case "status" -> pick(r, List.of("DRAFT", "SUBMITTED", "VALIDATED"));
                case "codes" -> String.join(",", countries.subList(0, Math.min(3, countries.size())));
                case "version" -> "1";
                default -> "x";
            };
        }

        /** Codes and ids by the name of the property or parameter that holds them. */
        String byName(String name, Random r) {
            return switch (name) {
                case "ministryCode", "ministryCodes", "ministry" -> pick(r, ministries);
                case "frameworkCode", "framework" -> "SES-READINESS";
                case "criterionCode" -> pick(r, criteria);
                case "dimension" -> pick(r, dimensions);
                case "pillars", "pillar" -> pick(r, pillars);
                case "countries", "country" -> pick(r, countries);
                case "selectedOptionIds" -> pick(r, publishedOptionIds);
                case "period" -> pick(r, List.of("2026-Q4", "2026"));
                default -> null;
            };
        }

        private static List<String> with(List<String> list, String extra) {
            List<String> all = new ArrayList<>(list);
            all.add(extra);
            return all;
        }
    }

    /** A value for a URL: percent-encoded here, or already percent-encoded to carry bytes that are not UTF-8. */
    record Fuzz(String value, boolean encoded) {
        String encode() {
            return encoded ? value : URLEncoder.encode(value, UTF_8).replace("+", "%20");
        }

        @Override
        public String toString() {
            return "'" + abbreviate(value, 40) + "'" + (encoded ? " (percent-encoded)" : "");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static Fuzz raw(String value) {
        return new Fuzz(value, false);
    }

    static Fuzz enc(String value) {
        return new Fuzz(value, true);
    }

    static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02X ", b & 0xFF));
        }
        return s.toString().trim();
    }

    /** Short and printable: control characters escaped, long runs cut. */
    static String abbreviate(String s, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < max; i++) {
            char c = s.charAt(i);
            out.append(c < 0x20 || c == 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return s.length() > max ? out + "…(" + s.length() + " chars)" : out.toString();
    }

    static String around(String body, Pattern pattern) {
        var m = pattern.matcher(body);
        if (!m.find()) {
            return "";
        }
        int from = Math.max(0, m.start() - 40);
        return "'" + abbreviate(body.substring(from, Math.min(body.length(), m.end() + 40)), 120) + "'";
    }
}
