package modernization.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** What the gateway answers itself: body limits, CORS, rate limits and services that fail. */
@QuarkusTest
class EdgeProtectionTest {

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
    void everyApiAnswerCarriesTheClientsRateLimitHeaders() {
        given().auth().oauth2(TestTokens.withClaim("azp", "rate-headers-" + UUID.randomUUID()))
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
    void aClientOverItsLimitGets429WithRetryAfter() {
        String token = TestTokens.withClaim("azp", "rate-test-" + UUID.randomUUID());
        // 600 a minute, refilled gradually: the burst passes, then the client is cut off within a few more
        int allowed = 0;
        io.restassured.response.Response last = given().auth().oauth2(token).when().get("/api/v1/pillars");
        while (allowed < 800 && last.statusCode() == 200) {
            allowed++;
            last = given().auth().oauth2(token).when().get("/api/v1/pillars");
        }
        org.junit.jupiter.api.Assertions.assertTrue(allowed >= 600 && allowed < 700, "allowed " + allowed);
        last.then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .header("X-Served-By", nullValue());
        // another client is not affected
        given().auth().oauth2(TestTokens.withClaim("azp", "rate-test-" + UUID.randomUUID()))
                .when().get("/api/v1/pillars").then().statusCode(200);
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
        org.junit.jupiter.api.Assertions.assertTrue(last.contains("down-service failed repeatedly"), last);
    }

    @Test
    void aServiceThatAnswersTooLateIs504NamingItWithinTheTimeout() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get("/api/v1/slow-test")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("detail", containsString("slow-service"))
                .time(lessThan(3000L));
    }
}
