package modernization.gateway.root;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** GET /api/v1 answers anyone with where the API starts. */
@QuarkusTest
class ApiRootTest {

    @Test
    void theApiRootAnswersWithoutATokenWithNameVersionLinksAndStatus() {
        given().when().get("/api/v1")
                .then().statusCode(200)
                .contentType("application/json")
                .header("X-Served-By", nullValue())
                .body("name", equalTo("SES modernization platform API"))
                .body("version", equalTo("1.0"))
                .body("released", equalTo("2026-11-27"))
                .body("documentation", endsWith("/q/openapi"))
                .body("swaggerUi", endsWith("/q/swagger-ui"))
                // the test route table has a service that is down
                .body("status", equalTo("DEGRADED"))
                .body("services.catalog", equalTo("UP"))
                .body("services.down", equalTo("DOWN"));
    }

    @Test
    void theApiRootAnswersAnyRoleAndWithATrailingSlash() {
        given().auth().oauth2(TestTokens.partnerApp()).when().get("/api/v1/")
                .then().statusCode(200).body("version", equalTo("1.0"));
    }

    @Test
    void theLinksOfTheApiRootWork() {
        String documentation = given().when().get("/api/v1").then().extract().path("documentation");
        given().when().get(java.net.URI.create(documentation).getPath()).then().statusCode(200)
                .body("paths.'/api/v1'.get.operationId", equalTo("getApiRoot"));
    }
}
