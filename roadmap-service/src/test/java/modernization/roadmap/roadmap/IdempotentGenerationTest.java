package modernization.roadmap.roadmap;

import static io.restassured.RestAssured.given;
import static modernization.roadmap.roadmap.RoadmapGenerationTest.ROADMAPS;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import modernization.common.testing.TestTokens;
import modernization.roadmap.DownstreamStubs;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Generation with an Idempotency-Key holds no database connection while it waits on the catalog
 * and the assessment service, and a repeat of a request still running is told to come back.
 */
@QuarkusTest
class IdempotentGenerationTest {

    /** More than the pool's 8 connections: each would hold one if generation waited inside a transaction. */
    private static final int GENERATIONS = 10;

    @Test
    void generationsWaitingOnASlowCatalogHoldNoDatabaseConnection() throws Exception {
        int before = DownstreamStubs.readsOf(DownstreamStubs.SLOW);
        List<CompletableFuture<Response>> generations = IntStream.range(0, GENERATIONS)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> generate(UUID.randomUUID().toString()))).toList();

        // every generation is waiting on the catalog at once: none is queued for a connection
        await().atMost(Duration.ofSeconds(20)).until(() -> DownstreamStubs.readsOf(DownstreamStubs.SLOW) - before >= GENERATIONS);
        assertEquals(0, connectionsInATransaction(), "connections held in a transaction while the catalog is awaited");

        for (CompletableFuture<Response> generation : generations) {
            Response response = generation.get(60, TimeUnit.SECONDS);
            assertEquals(503, response.statusCode(), response.asString());
        }
        catalogAnswersAgain();
    }

    @Test
    void aRepeatOfAGenerationStillRunningIs409WithRetryAfterAndNeverASecondGeneration() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = DownstreamStubs.readsOf(DownstreamStubs.SLOW);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> generate(key));
        await().atMost(Duration.ofSeconds(20)).until(() -> DownstreamStubs.readsOf(DownstreamStubs.SLOW) > before);
        int whileRunning = DownstreamStubs.readsOf(DownstreamStubs.SLOW);

        given().auth().oauth2(TestTokens.advisor()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body()).when().post(ROADMAPS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("detail", containsString("still being processed"));

        assertEquals(503, first.get(60, TimeUnit.SECONDS).statusCode());
        // the repeat read nothing itself: only the first generation's attempts reached the catalog
        assertEquals(2, DownstreamStubs.readsOf(DownstreamStubs.SLOW) - before, "reads of the first generation's attempt and retry");
        org.junit.jupiter.api.Assertions.assertTrue(whileRunning - before <= 2);
        catalogAnswersAgain();
    }

    /** The slow reads may have opened the catalog client's circuit breaker: later tests need it closed again. */
    private static void catalogAnswersAgain() {
        Map<String, Object> body = RoadmapGenerationTest.request(List.of(DownstreamStubs.BOARD), List.of("MOP-KRG"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> given().auth()
                .oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(body).when().post(ROADMAPS).statusCode() == 201);
    }

    @Test
    void aReplayAnswersWithTheOriginalsLocationETagAndContentType() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = RoadmapGenerationTest.request(List.of(DownstreamStubs.BOARD), List.of("MOP-KRG"));
        var first = given().auth().oauth2(TestTokens.advisor()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post(ROADMAPS).then().statusCode(201).extract();
        given().auth().oauth2(TestTokens.advisor()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post(ROADMAPS)
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .header("Content-Type", first.header("Content-Type"))
                .header("Content-Language", first.header("Content-Language"))
                .body("id", equalTo(first.path("id")));
    }

    private static Response generate(String key) {
        return given().auth().oauth2(TestTokens.advisor()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body()).when().post(ROADMAPS);
    }

    private static Map<String, Object> body() {
        return RoadmapGenerationTest.request(List.of(DownstreamStubs.SLOW), List.of("MOP-KRG"));
    }

    /** Connections to this service's database that are inside a transaction, seen from a connection of our own. */
    private static int connectionsInATransaction() throws SQLException {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection connection = DriverManager.getConnection(url, config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
             var statement = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                     + "AND pid <> pg_backend_pid() AND state IN ('idle in transaction', 'active')");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
