package modernization.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import modernization.common.testing.TestTokens;
import modernization.gateway.ratelimit.ManualClock;
import org.junit.jupiter.api.Test;

/** What the gateway answers itself: body limits, CORS, rate limits and services that fail. */
@QuarkusTest
class EdgeProtectionTest {

    private static final int CAPACITY = 600;
    /** %test.gateway.rate-limit.anonymous-capacity */
    private static final int ANONYMOUS_CAPACITY = 200;
    private static final Duration PERIOD = Duration.ofMinutes(1);

    @Inject
    ManualClock clock;

    @Test
    void aBodyOverOneMebibyteIs413AndNeverReachesTheService() {
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON)
                .body("{\"x\":\"" + "a".repeat(1_100_000) + "\"}")
                .when().post("/api/v1/ministries")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .header("X-Served-By", nullValue());
    }

    @Test
    void aChunkedBodyOverOneMebibyteIs413AndNeverReachesTheService() {
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON)
                // a stream of unknown length is sent chunked, without Content-Length
                .body(new ByteArrayInputStream(("{\"x\":\"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8)))
                .when().post("/api/v1/ministries")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .header("X-Served-By", nullValue());
    }

    @TestHTTPResource("/api/v1/ministries")
    URI ministries;

    @Test
    void aStreamedBodyFromJavasDefaultHttpClientReachesTheServiceWhole() throws Exception {
        // java.net.http asks a plain-http server to upgrade to HTTP/2 (h2c) on its first request, body and all
        String body = "{\"x\":\"" + "a".repeat(20_000) + "\"}";
        var client = HttpClient.newHttpClient();
        var response = client.send(HttpRequest.newBuilder(ministries)
                        .header("Authorization", "Bearer " + TestTokens.undpStaff())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"bodyLength\":" + body.length()), response.body());
    }

    @Test
    void aChunkedBodyUnderTheLimitReachesTheServiceWhole() {
        String body = "{\"x\":\"" + "a".repeat(200_000) + "\"}";
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON)
                .body(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                .when().post("/api/v1/ministries")
                .then().statusCode(200)
                .header("X-Served-By", "assessment")
                .body("bodyLength", equalTo(body.length()));
    }

    @Test
    void everyApiAnswerCarriesTheCallersRateLimitHeaders() {
        given().auth().oauth2(TestTokens.withClaim("sub", "rate-headers-" + UUID.randomUUID()))
                .when().get("/api/v1/pillars")
                .then().statusCode(200)
                .header("RateLimit-Limit", "600")
                .header("RateLimit-Remaining", "599")
                .header("RateLimit-Reset", "1");
    }

    @Test
    void thePreflightOfAnAllowedPartnerOriginIsAnsweredHere() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type, Idempotency-Key")
                .when().options("/api/v1/assessments")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("X-Served-By", nullValue());
    }

    @Test
    void anAllowedOriginSeesTheHeadersItNeeds() {
        given().auth().oauth2(TestTokens.partnerApp()).header("Origin", "http://localhost:3000")
                .when().get("/api/v1/pillars")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Expose-Headers", containsString("X-Total-Count"));
    }

    @Test
    void anOriginNotInTheConfigurationGetsNoCorsHeaders() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/pillars")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aCallerOverItsLimitGets429WithRetryAfterUntilTheBucketRefills() {
        String token = TestTokens.withClaim("sub", "rate-test-" + UUID.randomUUID());
        for (int i = 0; i < CAPACITY; i++) {
            given().auth().oauth2(token).when().get("/api/v1/pillars").then().statusCode(200);
        }

        given().auth().oauth2(token).when().get("/api/v1/pillars")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .header("RateLimit-Remaining", "0")
                .header("X-Served-By", nullValue());

        // 600 a minute refill one every 100 ms: that much time buys exactly one more request
        clock.advance(PERIOD.dividedBy(CAPACITY));
        given().auth().oauth2(token).when().get("/api/v1/pillars").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/pillars").then().statusCode(429);
    }

    @Test
    void oneUsersBurstDoesNotThrottleAnotherUserOfTheSameClient() {
        String spender = TestTokens.user("burst-" + UUID.randomUUID(), "advisor", null);
        for (int i = 0; i <= CAPACITY; i++) {
            given().auth().oauth2(spender).when().get("/api/v1/pillars");
        }
        given().auth().oauth2(spender).when().get("/api/v1/pillars").then().statusCode(429);

        // the same public client (azp modernization-cli), another person
        given().auth().oauth2(TestTokens.user("colleague-" + UUID.randomUUID(), "advisor", null))
                .when().get("/api/v1/pillars")
                .then().statusCode(200)
                .header("RateLimit-Remaining", String.valueOf(CAPACITY - 1));
    }

    @Test
    void aSystemSignedInWithClientCredentialsSpendsItsClientsBudget() {
        String client = "partner-" + UUID.randomUUID();
        String first = TestTokens.serviceAccount(client);
        given().auth().oauth2(first).when().get("/api/v1/pillars")
                .then().statusCode(200).header("RateLimit-Remaining", String.valueOf(CAPACITY - 1));
        // a fresh token of the same client draws on the same bucket
        given().auth().oauth2(TestTokens.serviceAccount(client)).when().get("/api/v1/pillars")
                .then().statusCode(200).header("RateLimit-Remaining", String.valueOf(CAPACITY - 2));
    }

    @Test
    void aCallWithoutATokenSpendsItsAddressesBudget() {
        // refused with 401 after the limiter counted it against 127.0.0.1
        int before = Integer.parseInt(given().when().get("/api/v1/pillars").then().statusCode(401)
                .extract().header("RateLimit-Remaining"));
        given().when().get("/api/v1/pillars").then().statusCode(401)
                .header("RateLimit-Remaining", String.valueOf(before - 1));
    }

    @Test
    void anAddressCallingWithoutATokenHasTheSmallerAnonymousBudgetWhileItsSignedInUsersKeepTheirs() {
        given().when().get("/api/v1/pillars").then().statusCode(401).header("RateLimit-Limit", String.valueOf(ANONYMOUS_CAPACITY));
        // other tests spend this address's budget too: at most its capacity more calls empty it
        int calls = 0;
        while (given().when().get("/api/v1/pillars").statusCode() == 401) {
            calls++;
            assertTrue(calls <= ANONYMOUS_CAPACITY, "no 429 after " + calls + " calls");
        }
        given().when().get("/api/v1/pillars")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("1"))
                .header("RateLimit-Limit", String.valueOf(ANONYMOUS_CAPACITY));
        // the same address with a token is a person with a budget of its own
        given().auth().oauth2(TestTokens.user("anon-neighbour-" + UUID.randomUUID(), "advisor", null))
                .when().get("/api/v1/pillars")
                .then().statusCode(200)
                .header("RateLimit-Limit", String.valueOf(CAPACITY));
        clock.advance(PERIOD);
        given().when().get("/api/v1/pillars").then().statusCode(401);
    }

    @Test
    void aServiceThatCannotBeReachedIs503NamingIt() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get("/api/v1/down-test")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("down-service"))
                .header("Retry-After", equalTo("5"));
    }

    @Test
    void aServiceThatKeepsFailingIsNotCalledForAWhile() {
        String last = "";
        for (int i = 0; i < 6; i++) {
            last = given().auth().oauth2(TestTokens.advisor()).when().get("/api/v1/down-test")
                    .then().statusCode(503).contentType("application/problem+json").extract().path("detail");
        }
        assertTrue(last.contains("down-service failed repeatedly"), last);
    }

    @Test
    void aServiceThatAnswersAfterItsTimeoutIs504NamingIt() {
        // the stub answers after 5 s, its route's timeout is 1 s: any answer of the stub would be a 200
        given().auth().oauth2(TestTokens.advisor())
                .when().get("/api/v1/slow-test")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("detail", containsString("slow-service"));
    }
}
