package modernization.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One document for all services, without a token, while some services do not answer. */
@QuarkusTest
class MergedOpenApiTest {

    @Test
    void theMergedDocumentHasEveryServicesOperationsOneSecuritySchemeAndSharedSchemasOnce() {
        JsonPath doc = awaitDocument();
        org.junit.jupiter.api.Assertions.assertTrue(doc.getString("openapi").startsWith("3."));
        given().when().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/catalog-things"))
                .body("paths", hasKey("/api/v1/assessment-things"))
                .body("paths", hasKey("/api/v1/roadmap-things"))
                .body("components.securitySchemes.size()", equalTo(1))
                .body("components.securitySchemes.oidc.type", equalTo("openIdConnect"))
                .body("components.securitySchemes.oidc.openIdConnectUrl", containsString("/realms/modernization/.well-known/openid-configuration"))
                .body("components.schemas.keySet()", hasItems("Problem", "catalogThing", "assessmentThing", "roadmapThing"))
                .body("tags.name", hasItems("catalog", "assessment", "roadmap"))
                // schema types survive the merge (the services publish OpenAPI 3.1)
                .body("openapi", equalTo("3.1.0"))
                .body("components.schemas.catalogThing.properties.code.type", equalTo("string"))
                .body("servers[0].x-internal", equalTo(false));
        List<String> ids = doc.getList("paths.collect { it.value.collect { op -> op.value.operationId } }.flatten().findAll { it != null }");
        assertEquals(ids.size(), ids.stream().distinct().count(), "operationIds are unique: " + ids);
    }

    @Test
    void everyApiOperationDocumentsTheGatewaysRateLimitAndCorsHeadersAndIts429() {
        awaitDocument();
        given().when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/catalog-things'.get.responses.'200'.headers.keySet()",
                        hasItems("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "Access-Control-Allow-Origin"))
                .body("paths.'/api/v1/catalog-things'.get.responses.'429'.headers.keySet()", hasItems("Retry-After"))
                .body("paths.'/api/v1/catalog-things'.get.responses.'429'.content.keySet()", hasItems("application/problem+json"));
    }

    @Test
    void theRateLimitHeadersBoundsAreTheSameWhateverThisDeploymentsLimits() {
        // the test profile's anonymous capacity is 200, not the default 60: the document says neither
        awaitDocument();
        given().when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/catalog-things'.get.responses.'200'.headers.'RateLimit-Limit'.schema.minimum", equalTo(1))
                .body("paths.'/api/v1/catalog-things'.get.responses.'200'.headers.'RateLimit-Limit'.schema.maximum", equalTo(1000000))
                .body("paths.'/api/v1/catalog-things'.get.responses.'200'.headers.'RateLimit-Reset'.schema.maximum", equalTo(3600));
    }

    @Test
    void swaggerUiIsServedOnTheMergedDocumentWithoutAToken() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    private static JsonPath awaitDocument() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            var response = given().when().get("/q/openapi");
            if (response.statusCode() == 200) {
                Map<String, Object> paths = response.jsonPath().getMap("paths");
                if (paths != null && paths.size() >= 3) {
                    return response.jsonPath();
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no merged document: " + response.statusCode() + " " + response.asString());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
