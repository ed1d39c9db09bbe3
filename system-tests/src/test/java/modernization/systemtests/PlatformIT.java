package modernization.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The foundation, end to end: Keycloak tokens, the gateway, and each service behind it. */
class PlatformIT {

    /** The gateway as the tests reach it: through Prism's validating proxy ({@link ContractProxy}). */
    static final String GATEWAY = "http://localhost:" + ContractProxy.PORT;
    /** The gateway itself, for tests of the HTTP transport (connections, compression, browsers, redirects). */
    static final String DIRECT_GATEWAY = "http://localhost:8080";
    static final List<String> ENDPOINTS = List.of("/api/v1/pillars", "/api/v1/ministries", "/api/v1/roadmaps");
    static final List<String> SERVICES = List.of("http://localhost:8081/api/v1/pillars",
            "http://localhost:8082/api/v1/ministries", "http://localhost:8083/api/v1/roadmaps");

    @BeforeAll
    static void timeouts() {
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 10_000)
                .setParam("http.socket.timeout", 30_000));
    }

    @ParameterizedTest
    @EnumSource(Accounts.class)
    void everyAccountReadsEveryFoundationEndpointThroughTheGateway(Accounts account) {
        for (String endpoint : ENDPOINTS) {
            given().auth().oauth2(account.token())
                    .when().get(GATEWAY + endpoint)
                    .then().statusCode(200)
                    .contentType(startsWith("application/json"))
                    .header("X-Total-Count", matchesPattern("\\d+"));
        }
    }

    @Test
    void pillarsComeFromTheCatalogInOrder() {
        given().auth().oauth2(Accounts.PARTNER_PORTAL.token())
                .when().get(GATEWAY + "/api/v1/pillars")
                .then().statusCode(200)
                .body("code", contains("CITIZEN_ENGAGEMENT", "COLLABORATION", "MANAGING_IDENTITY",
                        "ACCOUNTABILITY_PERFORMANCE"));
    }

    @Test
    void ministriesOfBothGovernmentsAreSeededAndServedInKurdish() {
        given().auth().oauth2(Accounts.MOP_KRG.token())
                .header("Accept-Language", "ckb")
                .when().get(GATEWAY + "/api/v1/ministries?size=100")
                .then().statusCode(200)
                .header("Content-Language", "ckb")
                .body("code", hasItems("MOP-FED", "MOP-KRG"))
                .body("find { it.code == 'MOP-KRG' }.name", equalTo("وەزارەتی پلاندانان (حکومەتی هەرێمی کوردستان)"));
    }

    @Test
    void pagingLinksPointAtTheGatewayNotAtTheService() {
        given().auth().oauth2(Accounts.ADVISOR.token())
                .when().get(GATEWAY + "/api/v1/ministries?size=5")
                .then().statusCode(200)
                .header("Link", containsString("<http://localhost:8080/api/v1/ministries?page=1&size=5>; rel=\"next\""));
    }

    @Test
    void ministryUsersTokensCarryTheirMinistry() {
        assertEquals("MOP-KRG", claim(Accounts.MOP_KRG.token(), "ministry"));
        assertEquals("MOP-FED", claim(Accounts.MOP_FED.token(), "ministry"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/pillars", "/api/v1/ministries", "/api/v1/roadmaps"})
    void noTokenIs401ProblemAtTheGateway(String endpoint) {
        given().when().get(GATEWAY + endpoint)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void noTokenIs401AtEachServiceToo() {
        for (String url : SERVICES) {
            given().when().get(url)
                    .then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void tamperedTokenIs401AtTheGatewayAndAtEachService() {
        String tampered = withClaim(Accounts.MOP_KRG.token(), "MOP-KRG", "MOP-FED");
        for (String url : concat(ENDPOINTS.stream().map(e -> GATEWAY + e).toList(), SERVICES)) {
            given().auth().oauth2(tampered)
                    .when().get(url)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("invalid_token"));
        }
    }

    @Test
    void servicesAcceptRealKeycloakTokensDirectly() {
        for (String url : SERVICES) {
            given().auth().oauth2(Accounts.UNDP_STAFF.token())
                    .when().get(url)
                    .then().statusCode(200);
        }
    }

    @Test
    void requestIdIsGeneratedAndReturned() {
        given().auth().oauth2(Accounts.ADVISOR.token())
                .when().get(GATEWAY + "/api/v1/pillars")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void callersRequestIdIsKept() {
        given().auth().oauth2(Accounts.ADVISOR.token())
                .header("X-Request-Id", "ministry-system-7781")
                .when().get(GATEWAY + "/api/v1/roadmaps")
                .then().statusCode(200)
                .header("X-Request-Id", "ministry-system-7781");
    }

    @Test
    void theGatewayPublishesOneOpenApiDocumentOfAllServicesAndSwaggerUiOnIt() throws InterruptedException {
        io.restassured.path.json.JsonPath doc = null;
        for (int i = 0; i < 60 && (doc == null || doc.getMap("paths").size() < 20); i++) {
            var response = given().when().get(GATEWAY + "/q/openapi");
            doc = response.statusCode() == 200 ? response.jsonPath() : null;
            Thread.sleep(500);
        }
        java.util.Map<String, Object> paths = doc.getMap("paths");
        org.junit.jupiter.api.Assertions.assertTrue(paths.containsKey("/api/v1/design-options"));
        org.junit.jupiter.api.Assertions.assertTrue(paths.containsKey("/api/v1/assessments"));
        org.junit.jupiter.api.Assertions.assertTrue(paths.containsKey("/api/v1/roadmaps/{id}/gantt.svg"));
        assertEquals("openIdConnect", doc.getString("components.securitySchemes.oidc.type"));
        List<String> ids = doc.getList("paths.collect { it.value.collect { op -> op.value.operationId } }.flatten().findAll { it != null }");
        assertEquals(ids.size(), ids.stream().distinct().count(), "operationIds collide: " + ids);
        given().when().get(GATEWAY + "/q/swagger-ui/").then().statusCode(200);
        // Swagger UI's groups follow the work: the catalog, then assessments, then roadmaps, then audit
        assertEquals(List.of("Pillars", "Dimensions", "Design options", "Country models", "Legal instruments", "Glossary",
                "Ministries", "Frameworks", "Assessments", "Readiness", "Roadmaps", "Audit", "API"), doc.getList("tags.name"));
        // and its description says how to log in, and in this local demo with which accounts
        org.hamcrest.MatcherAssert.assertThat(doc.getString("info.description"), containsString("**Authorize**"));
        org.hamcrest.MatcherAssert.assertThat(doc.getString("info.description"), containsString("mop-krg-demo"));
    }

    @Test
    void gatewayIsReadyWhenEveryServiceIsReady() {
        given().when().get(GATEWAY + "/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    private static String claim(String jwt, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getString(name);
    }

    /** The same token with its payload edited and the original signature kept. */
    private static String withClaim(String jwt, String from, String to) {
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(from, to);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
