package modernization.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL is stopped while requests flow to every service and started again: during the outage
 * each service answers 503 problem+json quickly (never hangs) and reports not-ready; afterwards each
 * recovers on its own, without being restarted.
 */
class DatabaseRestartIT {

    /** A database-backed read of each service, called directly. */
    private static final Map<String, String> READS = Map.of(
            "catalog-service", "http://127.0.0.1:8081/api/v1/design-options?q=merit",
            "assessment-service", "http://127.0.0.1:8082/api/v1/assessments",
            "roadmap-service", "http://127.0.0.1:8083/api/v1/roadmaps");
    private static final Map<String, String> READY = Map.of(
            "catalog-service", "http://127.0.0.1:8081/q/health/ready",
            "assessment-service", "http://127.0.0.1:8082/q/health/ready",
            "roadmap-service", "http://127.0.0.1:8083/q/health/ready");
    /** Answers slower than this count as hanging. */
    private static final Duration PROMPT = Duration.ofSeconds(8);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Answer(String service, int status, String contentType, long millis, boolean duringOutage) {
    }

    @Test
    void duringADatabaseOutageServicesAnswer503PromptlyReportNotReadyAndRecoverOnTheirOwn() throws Exception {
        String[] cluster = postgresCluster();
        Map<String, String> tokens = new ConcurrentHashMap<>();
        READS.keySet().forEach(service -> tokens.put(service, Accounts.UNDP_STAFF.token()));
        READS.forEach((service, url) -> assertEquals(200, status(url, tokens.get(service)), service + " before the outage"));

        List<Answer> answers = new CopyOnWriteArrayList<>();
        AtomicBoolean outage = new AtomicBoolean();
        AtomicBoolean flowing = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        READS.forEach((service, url) -> {
            Thread client = new Thread(() -> {
                while (flowing.get()) {
                    boolean during = outage.get();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request(url, tokens.get(service)),
                                HttpResponse.BodyHandlers.ofString());
                        answers.add(new Answer(service, response.statusCode(),
                                response.headers().firstValue("Content-Type").orElse(""),
                                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), during && outage.get()));
                    } catch (IOException | InterruptedException e) {
                        answers.add(new Answer(service, -1, e.toString(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                                during && outage.get()));
                    }
                }
            });
            client.start();
            clients.add(client);
        });

        Map<String, Integer> readinessDuringOutage = new TreeMap<>();
        try {
            Thread.sleep(1000);
            pgctl(cluster, "stop", "-m", "fast");
            outage.set(true);
            Thread.sleep(4000);
            READY.forEach((service, url) -> readinessDuringOutage.put(service, status(url, null)));
            Thread.sleep(2000);
        } finally {
            outage.set(false);
            pgctl(cluster, "start");
        }
        Instant recoveredBy = Instant.now().plus(Duration.ofSeconds(60));
        for (var read : READS.entrySet()) {
            while (status(read.getValue(), tokens.get(read.getKey())) != 200) {
                assertTrue(Instant.now().isBefore(recoveredBy), read.getKey() + " did not recover within 60 s");
                Thread.sleep(500);
            }
            assertEquals(200, status(READY.get(read.getKey()), null), read.getKey() + " is ready again");
        }
        // Keycloak shares the PostgreSQL server; its pool drops the broken connections on first use
        while (keycloakLogin() != 200) {
            assertTrue(Instant.now().isBefore(recoveredBy), "Keycloak did not recover within 60 s");
            Thread.sleep(500);
        }
        flowing.set(false);
        for (Thread client : clients) {
            client.join(15_000);
        }

        System.out.println("Database outage: readiness during it " + readinessDuringOutage);
        for (String service : READS.keySet()) {
            List<Answer> during = answers.stream().filter(a -> a.service().equals(service) && a.duringOutage()).toList();
            long unavailable = during.stream().filter(a -> a.status() == 503).count();
            long slowest = during.stream().mapToLong(Answer::millis).max().orElse(0);
            System.out.printf("Database outage: %s answered %d requests during it, %d of them 503, slowest %d ms%n",
                    service, during.size(), unavailable, slowest);
            assertEquals(503, readinessDuringOutage.get(service), service + " reports not-ready during the outage");
            assertTrue(unavailable > 0, service + " answered no 503 during the outage: " + during);
            for (Answer answer : during) {
                assertTrue(answer.status() == 503 || answer.status() == 200, service + " answered " + answer);
                if (answer.status() == 503) {
                    assertTrue(answer.contentType().startsWith("application/problem+json"), service + ": " + answer);
                }
                assertTrue(answer.millis() < PROMPT.toMillis(), service + " hung for " + answer.millis() + " ms");
            }
        }
    }

    /** The local PostgreSQL cluster on port 5432, when this machine lets the test stop and start it. */
    private static String[] postgresCluster() throws Exception {
        boolean controllable = ProcessHandle.current().info().user().map("root"::equals).orElse(false)
                && new ProcessBuilder("sh", "-c", "command -v pg_lsclusters").start().waitFor() == 0;
        Assumptions.assumeTrue(controllable, "stopping PostgreSQL needs root and pg_ctlcluster (as in CI)");
        Process list = new ProcessBuilder("pg_lsclusters", "--no-header").start();
        String output = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        list.waitFor();
        for (String line : output.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 4 && "5432".equals(columns[2])) {
                return new String[] {columns[0], columns[1]};
            }
        }
        throw new AssertionError("no PostgreSQL cluster on port 5432 in: " + output);
    }

    private static void pgctl(String[] cluster, String... action) throws Exception {
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect", cluster[0], cluster[1]));
        command.addAll(List.of(action));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, command + ": " + output);
    }

    private int keycloakLogin() {
        return status(HttpRequest.newBuilder(URI.create(Keycloak.TOKEN_ENDPOINT))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=modernization-cli&username=advisor-demo"
                        + "&password=" + Keycloak.DEMO_PASSWORD)).build());
    }

    private HttpRequest request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.GET().build();
    }

    private int status(String url, String token) {
        return status(request(url, token));
    }

    /** The status of an answer, or -1 when there is none. */
    private int status(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
