package modernization.gateway.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A token verified once is remembered (modernization.common.security.VerifiedTokens), but never
 * past its expiry, and a token differing by one character is verified in full.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        Duration lifetime = Duration.ofSeconds(3);
        String token = TestTokens.expiringIn(lifetime);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/pillars").then().statusCode(200);
        }
        // a cache that outlived the token's exp would keep answering 200 past this bound
        await().atMost(lifetime.plusSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth().oauth2(token).when().get("/api/v1/pillars").statusCode() == 401);
        given().auth().oauth2(token).when().get("/api/v1/pillars")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTamperedCopyOfARememberedTokenIsRefused() {
        String token = TestTokens.advisor();
        given().auth().oauth2(token).when().get("/api/v1/pillars").then().statusCode(200);
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"advisor\"", "\"undp-staff\"");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        given().auth().oauth2(tampered).when().get("/api/v1/pillars").then().statusCode(401);
        given().auth().oauth2(token).when().get("/api/v1/pillars").then().statusCode(200);
    }
}
