package modernization.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.List;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The conventions of ARCHITECTURE.md that hold for every endpoint of this service. */
@QuarkusTest
class ApiConventionsTest {

    private static final String ANY_ENDPOINT = "/api/v1/ministries";

    @Test
    void aNulCharacterInAPathQueryOrBodyIs400NotAServerError() {
        given().auth().oauth2(TestTokens.undpStaff()).urlEncodingEnabled(false)
                .when().get("/api/v1/ministries/a%00b")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("NUL"));
        given().auth().oauth2(TestTokens.undpStaff()).urlEncodingEnabled(false)
                .when().get("/api/v1/assessments?period=a%00b")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.undpStaff()).contentType("application/json")
                .body("{\"code\":\"NUL-TEST\",\"name\":{\"en\":\"a\\u0000b\"},\"government\":\"KRG\"}")
                .when().post("/api/v1/ministries")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.undpStaff()).when().get("/api/v1/ministries/NUL-TEST").then().statusCode(404);
    }

    @Test
    void aPageNumberSoLargeThatItWouldOverflowIs400NamingTheParameter() {
        given().auth().oauth2(TestTokens.undpStaff())
                .when().get("/api/v1/ministries?page=2147483647&size=100")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
        given().auth().oauth2(TestTokens.undpStaff())
                .when().get("/api/v1/ministries?page=1000000&size=100")
                .then().statusCode(200);
    }

    @Test
    void shouldReturn401ProblemWithBearerChallengeWithoutToken() {
        given().when().get(ANY_ENDPOINT)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void shouldReturn401ForExpiredToken() {
        assertRejected(TestTokens.expired());
    }

    @Test
    void shouldReturn401ForTokenOfAnotherAudience() {
        assertRejected(TestTokens.withClaim("aud", "another-api"));
    }

    @Test
    void shouldReturn401ForTokenOfAnotherIssuer() {
        assertRejected(TestTokens.withClaim("iss", "https://keycloak.test/realms/other"));
    }

    @Test
    void shouldReturn401ForTamperedToken() {
        String[] parts = TestTokens.ministryUser("MOP-KRG").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("MOP-KRG", "MOP-FED").getBytes());
        assertRejected(parts[0] + "." + forged + "." + parts[2]);
    }

    @Test
    void shouldReturn401ForUnsignedToken() {
        String[] parts = TestTokens.advisor().split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        assertRejected(none + "." + parts[1] + ".");
    }

    @Test
    void shouldReturn403ProblemWhenRoleIsMissing() {
        given().auth().oauth2(TestTokens.user("someone", "offline_access", null))
                .when().get(ANY_ENDPOINT)
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldReturnProblemJsonForUnknownPath() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void shouldReturnProblemJsonForWrongMethod() {
        given().auth().oauth2(TestTokens.advisor())
                .when().delete(ANY_ENDPOINT)
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }

    @Test
    void shouldGenerateRequestIdWhenAbsent() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get(ANY_ENDPOINT)
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void shouldEchoCallersRequestIdAndPutItInProblems() {
        given().auth().oauth2(TestTokens.advisor())
                .header("X-Request-Id", "ministry-system-42")
                .when().get(ANY_ENDPOINT + "/NOPE")
                .then().statusCode(404)
                .header("X-Request-Id", "ministry-system-42")
                .body("requestId", equalTo("ministry-system-42"));
    }

    @Test
    void shouldReplaceUnsafeRequestId() {
        given().auth().oauth2(TestTokens.advisor())
                .header("X-Request-Id", "<script>alert(1)</script>")
                .when().get(ANY_ENDPOINT)
                .then().statusCode(200)
                .header("X-Request-Id", not(containsString("<")));
    }

    @Test
    void shouldReportReadyIncludingDatabaseAndSchema() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("database-schema",
                        "Database connections health check"));
    }

    @Test
    void shouldPublishOpenApiWithOidcSecurityScheme() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.oidc.type", equalTo("openIdConnect"))
                .body("paths.'/api/v1/ministries'.get.operationId", equalTo("listMinistries"));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    private static void assertRejected(String token) {
        for (String path : List.of(ANY_ENDPOINT, ANY_ENDPOINT + "/MOP-KRG")) {
            given().auth().oauth2(token)
                    .when().get(path)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("invalid_token"));
        }
    }
}
