package modernization.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import modernization.common.testing.TestTokens;
import modernization.gateway.StubServices;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProxyRoutesTest {

    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("/api/v1/pillars", "catalog"),
            Map.entry("/api/v1/dimensions/SCOPE", "catalog"),
            Map.entry("/api/v1/design-options?q=merit", "catalog"),
            Map.entry("/api/v1/country-models/compare?codes=CA,GB", "catalog"),
            Map.entry("/api/v1/legal-instruments?jurisdiction=KRG", "catalog"),
            Map.entry("/api/v1/glossary?lang=all", "catalog"),
            Map.entry("/api/v1/ministries", "assessment"),
            Map.entry("/api/v1/frameworks/SES-READINESS", "assessment"),
            Map.entry("/api/v1/assessments", "assessment"),
            Map.entry("/api/v1/readiness/summary?government=KRG", "assessment"),
            Map.entry("/api/v1/roadmaps", "roadmap"));

    @Test
    void shouldRouteEachPrefixToTheServiceThatOwnsIt() {
        OWNERS.forEach((path, service) -> given().auth().oauth2(TestTokens.advisor())
                .urlEncodingEnabled(false)
                .when().get(path)
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("uri", equalTo(path)));
    }

    @Test
    void shouldPassConcurrentRequestsOnAtOnceNotQueueThemOnAFewConnections() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/held-test"))
                .header("Authorization", "Bearer " + TestTokens.advisor()).build();

        List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, 20)
                .mapToObj(i -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString())).toList();

        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            assertEquals(200, answer.get(30, TimeUnit.SECONDS).statusCode());
        }
        // Vert.x's default pool of 5 connections per service would never let the service hold more than 5
        assertTrue(StubServices.mostHeldAtOnce() > 10, "the service held at most " + StubServices.mostHeldAtOnce() + " at once");
    }

    @Test
    void callersHangingUpDoNotCountAsFailuresOfTheService() throws Exception {
        String token = TestTokens.advisor();
        // more callers than the breaker's failure threshold (5) hang up while the service holds their requests
        for (int i = 0; i < 8; i++) {
            int received = StubServices.heldReceived();
            try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                socket.getOutputStream().write(("GET /api/v1/held-test/" + i + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                await().atMost(Duration.ofSeconds(10)).until(() -> StubServices.heldReceived() > received);
            }
        }
        // each held request is answered a second after it arrived, when the gateway settles its outcome
        await().atMost(Duration.ofSeconds(10)).until(() -> StubServices.heldInHand() == 0);

        // an open breaker would refuse both; the second starts a whole held second after the last outcome
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token).when().get("/api/v1/held-test").then().statusCode(200);
        }
    }

    @Test
    void shouldForwardTheBearerTokenAndARequestId() {
        String token = TestTokens.partnerApp();
        given().auth().oauth2(token)
                .when().get("/api/v1/pillars")
                .then().statusCode(200)
                .body("authorization", equalTo("Bearer " + token))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"))
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void shouldTellTheServiceHowItWasCalledAndIgnoreSpoofedForwardedHeaders() {
        given().auth().oauth2(TestTokens.advisor())
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-For", "10.9.9.9")
                .when().get("/api/v1/roadmaps")
                .then().statusCode(200)
                .body("forwardedHost", equalTo("localhost"))
                .body("forwardedProto", equalTo("http"))
                .body("forwardedFor", equalTo("127.0.0.1"));
    }

    @Test
    void shouldReturnOneRequestIdEvenWhenTheServiceEchoesIt() {
        var response = given().auth().oauth2(TestTokens.advisor())
                .when().get("/api/v1/roadmaps")
                .then().statusCode(200)
                .extract();
        org.junit.jupiter.api.Assertions.assertEquals(1, response.headers().getValues("X-Request-Id").size());
    }

    @Test
    void shouldPassTheCallersRequestIdOnAndBack() {
        given().auth().oauth2(TestTokens.advisor())
                .header("X-Request-Id", "partner-abc-123")
                .when().get("/api/v1/roadmaps")
                .then().statusCode(200)
                .body("requestId", equalTo("partner-abc-123"))
                .header("X-Request-Id", "partner-abc-123");
    }

    @Test
    void shouldStreamRequestBodiesToTheService() {
        String body = "{\"code\":\"MOT-KRG\",\"name\":{\"en\":\"Ministry of Transport\"}}".repeat(1000);
        given().auth().oauth2(TestTokens.undpStaff())
                .contentType(ContentType.JSON)
                .body(body)
                .when().post("/api/v1/ministries")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(body.length()));
    }

    @Test
    void shouldAnswer401WithoutTokenAndNotCallTheService() {
        given().when().get("/api/v1/pillars")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .header("X-Served-By", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldAnswer401ForTamperedToken() {
        String[] parts = TestTokens.advisor().split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(tampered)
                .when().get("/api/v1/ministries")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void shouldAnswer401ForExpiredToken() {
        given().auth().oauth2(TestTokens.expired())
                .when().get("/api/v1/ministries")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswer401ForTokenOfAnotherAudience() {
        given().auth().oauth2(TestTokens.withClaim("aud", "account"))
                .when().get("/api/v1/ministries")
                .then().statusCode(401);
    }

    @Test
    void shouldAnswerProblemJson404ForPathsNoServiceOwns() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get("/api/v1/unknown")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldNotRouteLookalikePrefixes() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get("/api/v1/pillarsX")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldReportEachServiceAndBeNotReadyWhileOneIsDown() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'services' }.data.catalog", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.roadmap", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.down", equalTo("DOWN"));
    }
}
