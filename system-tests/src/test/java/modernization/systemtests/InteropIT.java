package modernization.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The HTTP clients partners really use, through the gateway of the platform as up.sh starts it:
 * Python requests, Node's built-in fetch, Java's HttpClient and curl each run the same cases
 * (conditional GET, HEAD, a chunked upload, 100 requests on one connection, gzip, 413, 401 and
 * 429), each call with a 5 s timeout, and they must all finish and agree. No operation of the API
 * answers 204, so there is no 204 case. Runs next to last: its 429 case empties this address's
 * anonymous budget.
 */
@Order(Integer.MAX_VALUE - 2)
class InteropIT {

    private static final String GATEWAY = PlatformIT.DIRECT_GATEWAY;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Path SCRIPTS = Path.of("src/test/interop");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KEPT = List.of("etag", "content-encoding", "content-length", "transfer-encoding",
            "www-authenticate", "retry-after", "content-type", "location", "ratelimit-limit");

    private static String token;
    private static String optionId;

    @BeforeAll
    static void anOptionToRead() {
        token = Accounts.UNDP_STAFF.token();
        optionId = given().auth().oauth2(token).when().get(GATEWAY + "/api/v1/design-options?status=PUBLISHED&size=1")
                .then().statusCode(200).extract().path("[0].id");
    }

    @Test
    void pythonRequestsNodeFetchJavaHttpClientAndCurlAllFinishEveryCallAndAgree() throws Exception {
        Map<String, Map<String, Map<String, Object>>> byClient = new LinkedHashMap<>();
        byClient.put("python-requests", script(List.of(python(), SCRIPTS.resolve("interop.py").toString())));
        byClient.put("node-fetch", script(List.of("node", SCRIPTS.resolve("interop.mjs").toString())));
        byClient.put("java-httpclient", new JavaClient().run());
        byClient.put("curl", new Curl().run());

        List<String> problems = new ArrayList<>();
        byClient.forEach((client, cases) -> {
            for (String name : List.of("conditional-get", "head", "chunked-upload", "keep-alive", "gzip", "too-large",
                    "no-token", "rate-limited")) {
                Map<String, Object> c = cases.get(name);
                if (c == null || c.containsKey("error")) {
                    problems.add(client + " " + name + ": " + (c == null ? "no result" : c.get("error")));
                }
            }
        });
        assertEquals(List.of(), problems, "every client finishes every call: " + byClient);

        expect(byClient, "conditional-get", 304, c -> {
            assertEquals(0, number(c, "bodyBytes"), "a 304 has no body");
            assertTrue(header(c, "etag") != null, "a 304 keeps its ETag");
            assertEquals(null, header(c, "transfer-encoding"), "a 304 is not chunked");
        });
        expect(byClient, "head", 200, c -> {
            assertEquals(0, number(c, "bodyBytes"), "HEAD has no body");
            assertEquals(null, header(c, "transfer-encoding"), "an answer to HEAD is not chunked");
        });
        expect(byClient, "chunked-upload", 201, c -> assertTrue(header(c, "location").contains("/api/v1/assessments/")));
        expect(byClient, "keep-alive", 200, c -> {
            assertEquals(100, number(c, "requests"));
            assertEquals(List.of(200), c.get("statuses"));
            assertEquals(1, number(c, "connections"), "100 requests on one kept-alive connection");
        });
        expect(byClient, "gzip", 200, c -> {
            assertEquals("gzip", header(c, "content-encoding"));
            assertTrue(number(c, "items") > 0, "the decoded body is the list of options");
        });
        expect(byClient, "too-large", 413, c -> {
        });
        expect(byClient, "no-token", 401, c -> assertTrue(header(c, "www-authenticate").startsWith("Bearer"),
                "WWW-Authenticate: " + header(c, "www-authenticate")));
        expect(byClient, "rate-limited", 429, c -> {
            assertTrue(Integer.parseInt(header(c, "retry-after")) >= 1, "Retry-After in seconds");
            assertTrue(header(c, "content-type").startsWith("application/problem+json"));
            assertEquals(List.of(401), c.get("before"), "until the limit, each call without a token was a 401");
        });
        // and they agree on the headers a client acts on
        for (String[] agreed : new String[][] {{"conditional-get", "etag"}, {"head", "etag"}, {"gzip", "content-encoding"},
                {"no-token", "www-authenticate"}, {"rate-limited", "ratelimit-limit"}, {"too-large", "content-type"}}) {
            Set<Object> values = new HashSet<>();
            byClient.values().forEach(cases -> values.add(header(cases.get(agreed[0]), agreed[1])));
            assertEquals(1, values.size(), agreed[0] + " " + agreed[1] + " differs between clients: " + values);
        }
    }

    @Test
    void curlWithAnUnencodedArabicQueryGetsAProblemWithARequestIdAndTheEncodedOneSearches() throws Exception {
        // the URL as a person types it in a shell: curl sends its UTF-8 bytes unencoded
        Path script = Files.createTempFile("interop-raw-query", ".sh");
        Files.writeString(script, "curl -sS --max-time 5 -i -H \"Authorization: Bearer $1\" "
                + "'" + GATEWAY + "/api/v1/design-options?q=الجدارة'\n"
                + "echo; echo '--- encoded'\n"
                + "curl -sS --max-time 5 -i -G -H \"Authorization: Bearer $1\" -H 'Accept-Language: ar' --data-urlencode 'q=الجدارة' "
                + "'" + GATEWAY + "/api/v1/design-options'\n", StandardCharsets.UTF_8);
        Process curl = new ProcessBuilder("bash", script.toString(), token).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(curl.waitFor(1, TimeUnit.MINUTES), "curl did not finish");
        String[] answers = out.split("--- encoded");

        String raw = answers[0];
        assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
        assertTrue(raw.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), raw);
        Matcher requestId = Pattern.compile("(?i)x-request-id: ([0-9a-f-]{36})").matcher(raw);
        assertTrue(requestId.find(), "no X-Request-Id in " + raw);
        JsonNode problem = JSON.readTree(raw.substring(raw.indexOf("\r\n\r\n") + 4));
        assertEquals(requestId.group(1), problem.path("requestId").asText());
        assertTrue(problem.path("detail").asText().contains("--data-urlencode"), problem.toString());

        String encoded = answers[1].strip();
        assertTrue(encoded.startsWith("HTTP/1.1 200"), encoded);
        assertTrue(JSON.readTree(encoded.substring(encoded.indexOf("\r\n\r\n") + 4)).size() > 0,
                "the encoded search finds options: " + encoded);
    }

    private static void expect(Map<String, Map<String, Map<String, Object>>> byClient, String name, int status,
                               java.util.function.Consumer<Map<String, Object>> check) {
        byClient.forEach((client, cases) -> {
            Map<String, Object> c = cases.get(name);
            assertEquals(status, number(c, "status"), client + " " + name + ": " + c);
            try {
                check.accept(c);
            } catch (AssertionError e) {
                throw new AssertionError(client + " " + name + ": " + e.getMessage() + " in " + c, e);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static String header(Map<String, Object> c, String name) {
        return ((Map<String, String>) c.getOrDefault("headers", Map.of())).get(name);
    }

    private static int number(Map<String, Object> c, String name) {
        return ((Number) c.get(name)).intValue();
    }

    /** The body of an assessment of a ministry for a period no other run uses. */
    private static Path uploadFile() throws IOException {
        List<Map<String, Object>> answers = List.of(Map.of("criterionCode", "LEGAL.CIVIL_SERVICE_LAW", "level", 2,
                "evidence", "Civil Service Law ".repeat(200)));
        String period = String.valueOf(ThreadLocalRandom.current().nextInt(5000, 9999)) + "-Q"
                + ThreadLocalRandom.current().nextInt(1, 5);
        Path file = Files.createTempFile("interop-upload", ".json");
        JSON.writeValue(file.toFile(), Map.of("ministryCode", "MOP-KRG", "frameworkCode", "SES-READINESS",
                "frameworkVersion", 1, "period", period, "answers", answers));
        return file;
    }

    /** Debian's Python, with its python3-requests, when there is one. */
    private static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static Map<String, Map<String, Object>> script(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(Map.of("GATEWAY", GATEWAY, "TOKEN", token, "OPTION_ID", optionId,
                "UPLOAD_FILE", uploadFile().toString()));
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), command + " did not finish");
        assertEquals(0, process.exitValue(), command + " failed: " + new String(out, StandardCharsets.UTF_8));
        return byCase(JSON.readValue(out, new TypeReference<List<Map<String, Object>>>() { }));
    }

    private static Map<String, Map<String, Object>> byCase(List<Map<String, Object>> results) {
        Map<String, Map<String, Object>> byCase = new LinkedHashMap<>();
        results.forEach(r -> byCase.put((String) r.get("case"), r));
        return byCase;
    }

    private static Map<String, String> kept(java.net.http.HttpHeaders headers) {
        Map<String, String> kept = new LinkedHashMap<>();
        KEPT.forEach(name -> headers.firstValue(name).ifPresent(v -> kept.put(name, v)));
        return kept;
    }

    /** The cases with java.net.http.HttpClient. */
    private static final class JavaClient {

        private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        private final List<Map<String, Object>> results = new ArrayList<>();

        Map<String, Map<String, Object>> run() throws Exception {
            String option = GATEWAY + "/api/v1/design-options/" + optionId;
            attempt("conditional-get", () -> {
                String etag = send(get(option).build()).headers().firstValue("etag").orElseThrow();
                record("conditional-get", send(get(option).header("If-None-Match", etag).build()));
            });
            attempt("head", () -> record("head", send(get(option).method("HEAD", HttpRequest.BodyPublishers.noBody()).build())));
            attempt("chunked-upload", () -> {
                Path file = uploadFile();
                // a body publisher of unknown length is sent with Transfer-Encoding: chunked
                record("chunked-upload", send(request(GATEWAY + "/api/v1/assessments").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> open(file))).build()));
            });
            attempt("keep-alive", () -> {
                HttpClient fresh = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
                Set<String> before = Sockets.connectedTo(8080);
                Set<Integer> statuses = new TreeSet<>();
                for (int i = 0; i < 100; i++) {
                    statuses.add(fresh.send(get(GATEWAY + "/api/v1/pillars").build(), HttpResponse.BodyHandlers.ofByteArray())
                            .statusCode());
                }
                results.add(Map.of("case", "keep-alive", "status", statuses.iterator().next(), "statuses", List.copyOf(statuses),
                        "requests", 100, "connections", Sockets.opened(before, Sockets.connectedTo(8080))));
            });
            attempt("gzip", () -> {
                HttpResponse<byte[]> r = send(get(GATEWAY + "/api/v1/design-options?size=100").header("Accept-Encoding", "gzip").build());
                // HttpClient leaves decoding to its caller
                byte[] body = "gzip".equals(r.headers().firstValue("content-encoding").orElse(""))
                        ? new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes() : r.body();
                record("gzip", r, Map.of("items", JSON.readTree(body).size()));
            });
            attempt("too-large", () -> record("too-large", send(request(GATEWAY + "/api/v1/assessments")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"pad\": \"" + "x".repeat(1536 * 1024) + "\"}")).build())));
            attempt("no-token", () -> record("no-token", send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/pillars"))
                    .timeout(TIMEOUT).build())));
            attempt("rate-limited", () -> {
                Set<Integer> before = new TreeSet<>();
                HttpRequest anonymous = HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/pillars")).timeout(TIMEOUT).build();
                for (int i = 0; ; i++) {
                    HttpResponse<byte[]> r = send(anonymous);
                    if (r.statusCode() == 429) {
                        record("rate-limited", r, Map.of("before", List.copyOf(before)));
                        return;
                    }
                    before.add(r.statusCode());
                    int limit = Integer.parseInt(r.headers().firstValue("ratelimit-limit").orElse("0"));
                    if (before.size() > 1 || r.statusCode() != 401 || i > limit + 100) {
                        results.add(Map.of("case", "rate-limited", "error", "no 429 after " + (i + 1) + " calls: " + before));
                        return;
                    }
                }
            });
            return byCase(results);
        }

        private HttpRequest.Builder request(String url) {
            return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Authorization", "Bearer " + token);
        }

        private HttpRequest.Builder get(String url) {
            return request(url).GET();
        }

        private HttpResponse<byte[]> send(HttpRequest request) throws Exception {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }

        private void record(String name, HttpResponse<byte[]> r) {
            record(name, r, Map.of());
        }

        private void record(String name, HttpResponse<byte[]> r, Map<String, Object> extra) {
            Map<String, Object> result = new LinkedHashMap<>(Map.of("case", name, "status", r.statusCode(),
                    "headers", kept(r.headers()), "bodyBytes", r.body().length));
            result.putAll(extra);
            results.add(result);
        }

        private void attempt(String name, Step step) {
            try {
                step.run();
            } catch (Exception e) {
                results.add(Map.of("case", name, "error", e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }

        private static InputStream open(Path file) {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    /** The cases with the curl command line. */
    private static final class Curl {

        private final List<Map<String, Object>> results = new ArrayList<>();

        Map<String, Map<String, Object>> run() throws Exception {
            String option = GATEWAY + "/api/v1/design-options/" + optionId;
            String auth = "Authorization: Bearer " + token;
            Call first = curl("-H", auth, option);
            record("conditional-get", curl("-H", auth, "-H", "If-None-Match: " + first.headers.get("etag"), option));
            record("head", curl("-H", auth, "--head", option));
            record("chunked-upload", curl("-H", auth, "-H", "Content-Type: application/json", "-H", "Transfer-Encoding: chunked",
                    "--data-binary", "@" + uploadFile(), GATEWAY + "/api/v1/assessments"));
            // one curl with 100 URLs reuses its connection; %{num_connects} says how many it opened for each
            List<String> args = new ArrayList<>(List.of("-sS", "--max-time", "5", "-H", auth,
                    "-w", "%{http_code} %{num_connects}\\n"));
            for (int i = 0; i < 100; i++) {
                args.addAll(List.of("-o", "/dev/null", GATEWAY + "/api/v1/pillars"));
            }
            List<String> lines = exec(args).lines().toList();
            Set<Integer> statuses = new TreeSet<>();
            int connections = 0;
            for (String line : lines) {
                statuses.add(Integer.parseInt(line.split(" ")[0]));
                connections += Integer.parseInt(line.split(" ")[1]);
            }
            results.add(Map.of("case", "keep-alive", "status", statuses.iterator().next(), "statuses", List.copyOf(statuses),
                    "requests", lines.size(), "connections", connections));
            Call gzip = curl("-H", auth, "-H", "Accept-Encoding: gzip", "--compressed", GATEWAY + "/api/v1/design-options?size=100");
            record("gzip", gzip, Map.of("items", JSON.readTree(gzip.body).size()));
            Path large = Files.createTempFile("interop-large", ".json");
            Files.writeString(large, "{\"pad\": \"" + "x".repeat(1536 * 1024) + "\"}");
            record("too-large", curl("-H", auth, "-H", "Content-Type: application/json", "--data-binary", "@" + large,
                    GATEWAY + "/api/v1/assessments"));
            record("no-token", curl(GATEWAY + "/api/v1/pillars"));
            Set<Integer> before = new TreeSet<>();
            for (int i = 0; ; i++) {
                Call r = curl(GATEWAY + "/api/v1/pillars");
                if (r.status == 429) {
                    record("rate-limited", r, Map.of("before", List.copyOf(before)));
                    break;
                }
                before.add(r.status);
                if (before.size() > 1 || r.status != 401 || i > Integer.parseInt(r.headers.getOrDefault("ratelimit-limit", "0")) + 100) {
                    results.add(Map.of("case", "rate-limited", "error", "no 429 after " + (i + 1) + " calls: " + before));
                    break;
                }
            }
            return byCase(results);
        }

        /** {@code downloaded}: the body's bytes on the wire, as curl counts them (for HEAD, -o gets the headers). */
        private record Call(int status, Map<String, String> headers, String body, long downloaded) {
        }

        private Call curl(String... args) throws Exception {
            Path headers = Files.createTempFile("interop-headers", ".txt");
            Path body = Files.createTempFile("interop-body", ".txt");
            List<String> command = new ArrayList<>(List.of("-sS", "--max-time", "5", "-D", headers.toString(),
                    "-o", body.toString(), "-w", "%{http_code} %{size_download}"));
            command.addAll(List.of(args));
            String[] written = exec(command).trim().split(" ");
            int status = Integer.parseInt(written[0]);
            Map<String, String> kept = new LinkedHashMap<>();
            for (String line : Files.readAllLines(headers, StandardCharsets.ISO_8859_1)) {
                int colon = line.indexOf(':');
                String name = colon > 0 ? line.substring(0, colon).trim().toLowerCase(Locale.ROOT) : "";
                if (KEPT.contains(name)) {
                    kept.put(name, line.substring(colon + 1).trim());
                }
            }
            return new Call(status, kept, Files.readString(body), Long.parseLong(written[1]));
        }

        private void record(String name, Call call) {
            record(name, call, Map.of());
        }

        private void record(String name, Call call, Map<String, Object> extra) {
            Map<String, Object> result = new LinkedHashMap<>(Map.of("case", name, "status", call.status, "headers", call.headers,
                    "bodyBytes", call.downloaded));
            result.putAll(extra);
            results.add(result);
        }

        private static String exec(List<String> args) throws Exception {
            Process process = new ProcessBuilder(Stream.concat(Stream.of("curl"), args.stream()).toList())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(2, TimeUnit.MINUTES), "curl did not finish");
            assertEquals(0, process.exitValue(), "curl " + args.get(args.size() - 1) + " failed: " + out);
            return out;
        }
    }

    /** This process's TCP connections, read from /proc: a socket of ours in /proc/net/tcp{,6}, established, to the port. */
    private static final class Sockets {

        /** The connections in {@code after} that were not open {@code before}: others may close meanwhile. */
        static int opened(Set<String> before, Set<String> after) {
            Set<String> opened = new HashSet<>(after);
            opened.removeAll(before);
            return opened.size();
        }

        /** The socket inodes of this process's established connections to the port. */
        static Set<String> connectedTo(int port) throws IOException {
            Set<String> ours = new HashSet<>();
            try (var fds = Files.list(Path.of("/proc/self/fd"))) {
                fds.forEach(fd -> {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            ours.add(target.substring(8, target.length() - 1));
                        }
                    } catch (IOException e) {
                        // closed while listing
                    }
                });
            }
            String remote = String.format(":%04X", port);
            Set<String> connected = new HashSet<>();
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                for (String line : Files.readAllLines(Path.of(table)).subList(1, Files.readAllLines(Path.of(table)).size())) {
                    String[] f = line.trim().split("\\s+");
                    if (f[2].endsWith(remote) && "01".equals(f[3]) && ours.contains(f[9])) {
                        connected.add(f[9]);
                    }
                }
            }
            return connected;
        }
    }
}
