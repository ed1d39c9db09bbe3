package modernization.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost and nothing is doubled when assessment-service dies mid-stream: 500 creations
 * with idempotency keys, a SIGKILL while they flow, a restart, every failed request retried with
 * its own key; then exactly 500 assessments exist, one per key.
 */
class CrashRecoveryIT {

    private static final String SERVICE = "http://127.0.0.1:8082";
    private static final int CREATIONS = 500;
    private static final int KILL_AFTER = 150;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aKilledServiceLosesNothingAndDoublesNothingWhenClientsRetryWithTheirKeys() throws Exception {
        String ministry = "CRASH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().oauth2(Accounts.UNDP_STAFF.token()).contentType(ContentType.JSON)
                .body(Map.of("code", ministry, "government", "KRG",
                        "name", Map.of("en", "Crash test ministry", "ar", "وزارة اختبار", "ckb", "وەزارەتی تاقیکردنەوە")))
                .when().post(SERVICE + "/api/v1/ministries").then().statusCode(201);
        String token = Accounts.UNDP_STAFF.token();
        String run = UUID.randomUUID().toString();

        Map<Integer, String> created = new ConcurrentHashMap<>();
        Set<Integer> failed = ConcurrentHashMap.newKeySet();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        Thread killer = new Thread(() -> {
            try {
                while (answered.get() < KILL_AFTER) {
                    Thread.sleep(5);
                }
                Platform.kill("assessment-service");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        killer.start();
        for (int i = 0; i < CREATIONS; i++) {
            int n = i;
            clients.submit(() -> {
                try {
                    HttpResponse<String> response = create(token, ministry, run, n);
                    if (response.statusCode() == 201) {
                        created.put(n, json.readTree(response.body()).path("id").asText());
                        answered.incrementAndGet();
                    } else {
                        failed.add(n);
                    }
                } catch (Exception connectionLost) {
                    failed.add(n);
                }
            });
        }
        clients.shutdown();
        assertTrue(clients.awaitTermination(5, TimeUnit.MINUTES));
        killer.join(60_000);
        assertTrue(answered.get() >= KILL_AFTER, "the kill came after " + answered.get() + " answers");
        assertTrue(!failed.isEmpty(), "the kill interrupted no request; it came too late to prove anything");
        System.out.printf("Crash test: %d created before the kill, %d failed and are retried%n", created.size(), failed.size());

        Platform.up();
        Platform.awaitReady(SERVICE, Duration.ofSeconds(60));
        int replayed = 0;
        for (int n : failed) {
            HttpResponse<String> response = retryWhileInProgress(token, ministry, run, n);
            assertEquals(201, response.statusCode(), "retry of creation " + n + ": " + response.body());
            if (response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false)) {
                replayed++;
            }
            created.put(n, json.readTree(response.body()).path("id").asText());
        }
        System.out.printf("Crash test: %d retries, %d of them replayed a creation committed before the kill%n",
                failed.size(), replayed);

        List<String> stored = Pages.all(SERVICE + "/api/v1/assessments?ministry=" + ministry).stream()
                .map(assessment -> (String) assessment.get("id")).toList();
        assertEquals(CREATIONS, stored.size(), "assessments stored for " + ministry);
        assertEquals(CREATIONS, new HashSet<>(stored).size(), "no assessment listed twice");
        assertEquals(new HashSet<>(created.values()), new HashSet<>(stored), "every key has exactly the assessment it was answered with");
    }

    /**
     * As a client should: a 409 with Retry-After means the key's first request may still be running
     * (or died with the process, until its lease passes), so the same request is repeated after the
     * time the service asks for, for at most a minute.
     */
    private HttpResponse<String> retryWhileInProgress(String token, String ministry, String run, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (true) {
            HttpResponse<String> response = create(token, ministry, run, n);
            var retryAfter = response.headers().firstValue("Retry-After");
            if (response.statusCode() != 409 || retryAfter.isEmpty() || System.nanoTime() > deadline) {
                return response;
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(Long.parseLong(retryAfter.get())));
        }
    }

    private HttpResponse<String> create(String token, String ministry, String run, int n) throws Exception {
        String period = (3000 + n / 4) + "-Q" + (n % 4 + 1);
        String body = json.writeValueAsString(Map.of("ministryCode", ministry, "frameworkCode", "SES-READINESS",
                "frameworkVersion", 1, "period", period));
        HttpRequest request = HttpRequest.newBuilder(URI.create(SERVICE + "/api/v1/assessments"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "crash-" + run + "-" + n)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
