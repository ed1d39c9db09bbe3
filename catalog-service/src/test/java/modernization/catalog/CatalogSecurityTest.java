package modernization.catalog;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The catalog rows of the security matrix in ARCHITECTURE.md, caller by caller. */
@QuarkusTest
class CatalogSecurityTest {

    enum Who {
        NOBODY(null), UNDP_STAFF(TestTokens.undpStaff()), ADVISOR(TestTokens.advisor()),
        MINISTRY_USER(TestTokens.ministryUser("MOP-KRG")), PARTNER_APP(TestTokens.partnerApp());

        final String token;

        Who(String token) {
            this.token = token;
        }

        RequestSpecification request() {
            RequestSpecification spec = given();
            return token == null ? spec : spec.auth().oauth2(token);
        }
    }

    private static final List<String> READS = List.of("/api/v1/pillars", "/api/v1/dimensions",
            "/api/v1/dimensions/SCOPE", "/api/v1/design-options", "/api/v1/country-models", "/api/v1/country-models/CL",
            "/api/v1/country-models/compare?codes=CA,GB");

    @Test
    void everyRoleReadsThePublishedCatalogAndNobodyWithoutAToken() {
        String published = publishedOption();
        for (Who who : Who.values()) {
            int expected = who == Who.NOBODY ? 401 : 200;
            for (String path : concat(READS, List.of("/api/v1/design-options/" + published,
                    "/api/v1/design-options/" + published + "/versions"))) {
                who.request().when().get(path).then().statusCode(expected);
            }
        }
    }

    @Test
    void onlyAdvisersAndUndpStaffSeeDrafts() {
        String draft = draftOption();
        Map<Who, Integer> expected = Map.of(Who.NOBODY, 401, Who.UNDP_STAFF, 200, Who.ADVISOR, 200,
                Who.MINISTRY_USER, 404, Who.PARTNER_APP, 404);
        expected.forEach((who, status) -> who.request().when().get("/api/v1/design-options/" + draft)
                .then().statusCode(status));
    }

    @Test
    void onlyAdvisersAndUndpStaffCreate() {
        Map<Who, Integer> expected = Map.of(Who.NOBODY, 401, Who.UNDP_STAFF, 201, Who.ADVISOR, 201,
                Who.MINISTRY_USER, 403, Who.PARTNER_APP, 403);
        expected.forEach((who, status) -> who.request().contentType(ContentType.JSON)
                .body(optionBody()).when().post("/api/v1/design-options").then().statusCode(status));
    }

    @Test
    void onlyAdvisersAndUndpStaffEdit() {
        Map<Who, Integer> expected = Map.of(Who.NOBODY, 401, Who.MINISTRY_USER, 403, Who.PARTNER_APP, 403,
                Who.UNDP_STAFF, 200, Who.ADVISOR, 200);
        expected.forEach((who, status) -> {
            Map<String, Object> body = optionBody();
            var created = given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/design-options").then().statusCode(201).extract();
            who.request().header("If-Match", created.header("ETag")).contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/design-options/" + created.path("id")).then().statusCode(status);
        });
    }

    @Test
    void onlyAdvisersAndUndpStaffPublishAndRetire() {
        Map<Who, Integer> expected = Map.of(Who.NOBODY, 401, Who.MINISTRY_USER, 403, Who.PARTNER_APP, 403,
                Who.UNDP_STAFF, 200, Who.ADVISOR, 200);
        expected.forEach((who, status) -> {
            String draft = draftOption();
            who.request().when().post("/api/v1/design-options/" + draft + "/publish").then().statusCode(status);
            String published = publishedOption();
            who.request().when().post("/api/v1/design-options/" + published + "/retire").then().statusCode(status);
        });
    }

    private static String draftOption() {
        return given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(optionBody())
                .when().post("/api/v1/design-options").then().statusCode(201).extract().path("id");
    }

    private static String publishedOption() {
        String id = draftOption();
        given().auth().oauth2(TestTokens.advisor()).when().post("/api/v1/design-options/" + id + "/publish")
                .then().statusCode(200);
        return id;
    }

    private static Map<String, Object> optionBody() {
        String code = "TEST_SEC_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "dimension", "RANK",
                "title", Map.of("en", "Security test option " + code),
                "summary", Map.of("en", "For the security matrix"),
                "description", Map.of("en", "For the security matrix"),
                "pros", List.of(Map.of("en", "a")), "cons", List.of(Map.of("en", "b")),
                "prerequisites", List.of(),
                "implementationSteps", List.of(Map.of("code", "ONLY_STEP", "title", Map.of("en", "Only step"),
                        "durationMonths", 1, "dependsOn", List.of(), "phase", "FOUNDATION")),
                "pillars", List.of("MANAGING_IDENTITY")));
        body.put("countries", List.of());
        return body;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
