package modernization.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalog rows of the security matrix through the gateway, with real Keycloak tokens. */
class CatalogIT {

    private static final String OPTIONS = PlatformIT.GATEWAY + "/api/v1/design-options";

    @ParameterizedTest
    @EnumSource(Accounts.class)
    void everyAccountReadsThePublishedCatalog(Accounts account) {
        for (String path : List.of("/api/v1/dimensions", "/api/v1/design-options", "/api/v1/country-models",
                "/api/v1/country-models/compare?codes=CA,GB,US", "/api/v1/dimensions/GOVERNANCE", "/api/v1/glossary?lang=all",
                "/api/v1/legal-instruments?jurisdiction=KRG", "/api/v1/legal-instruments/IQ_CONSTITUTION_2005")) {
            given().auth().oauth2(account.token()).urlEncodingEnabled(false)
                    .when().get(PlatformIT.GATEWAY + path)
                    .then().statusCode(200);
        }
    }

    @Test
    void theSeededCatalogIsComplete() {
        given().auth().oauth2(Accounts.PARTNER_PORTAL.token())
                .when().get(OPTIONS + "?status=PUBLISHED&size=1")
                .then().statusCode(200)
                .header("X-Total-Count", org.hamcrest.Matchers.matchesPattern("[3-9]\\d|\\d{3,}"));
        given().auth().oauth2(Accounts.PARTNER_PORTAL.token())
                .when().get(PlatformIT.GATEWAY + "/api/v1/country-models")
                .then().statusCode(200).header("X-Total-Count", "8");
    }

    @Test
    void advisersDraftAndUndpStaffPublishWhileMinistriesAndPartnersOnlyRead() {
        Map<String, Object> body = option();
        String id = given().auth().oauth2(Accounts.ADVISOR.token()).contentType(ContentType.JSON).body(body)
                .when().post(OPTIONS).then().statusCode(201).extract().path("id");

        for (Accounts reader : List.of(Accounts.MOP_KRG, Accounts.MOP_FED, Accounts.PARTNER_PORTAL)) {
            given().auth().oauth2(reader.token()).when().get(OPTIONS + "/" + id).then().statusCode(404);
            given().auth().oauth2(reader.token()).contentType(ContentType.JSON).body(option())
                    .when().post(OPTIONS).then().statusCode(403);
            given().auth().oauth2(reader.token()).when().post(OPTIONS + "/" + id + "/publish").then().statusCode(403);
        }
        given().auth().oauth2(Accounts.UNDP_STAFF.token()).when().get(OPTIONS + "/" + id)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("updatedBy", equalTo("advisor-demo"));

        given().auth().oauth2(Accounts.UNDP_STAFF.token()).when().post(OPTIONS + "/" + id + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().auth().oauth2(Accounts.PARTNER_PORTAL.token()).when().get(OPTIONS + "/" + id)
                .then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(Accounts.MOP_KRG.token()).when().post(OPTIONS + "/" + id + "/retire").then().statusCode(403);
        given().auth().oauth2(Accounts.ADVISOR.token()).when().post(OPTIONS + "/" + id + "/retire").then().statusCode(200);
        given().auth().oauth2(Accounts.PARTNER_PORTAL.token()).when().get(OPTIONS + "/" + id + "/versions")
                .then().statusCode(404);
        given().auth().oauth2(Accounts.ADVISOR.token()).when().get(OPTIONS + "/" + id + "/versions")
                .then().statusCode(200).body("size()", greaterThanOrEqualTo(1));
    }

    @Test
    void noTokenIs401ForEveryCatalogOperation() {
        String id = UUID.randomUUID().toString();
        given().when().get(OPTIONS).then().statusCode(401);
        given().contentType(ContentType.JSON).body(option()).when().post(OPTIONS).then().statusCode(401);
        given().when().post(OPTIONS + "/" + id + "/publish").then().statusCode(401);
        given().when().get(PlatformIT.GATEWAY + "/api/v1/country-models/compare?codes=CA,GB").then().statusCode(401);
    }

    private static Map<String, Object> option() {
        String code = "IT_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "dimension", "DEVELOPMENT",
                "title", Map.of("en", "End-to-end option " + code, "ar", "خيار اختبار", "ckb", "بژاردەی تاقیکردنەوە"),
                "summary", Map.of("en", "Created by system-tests"),
                "description", Map.of("en", "Created by system-tests"),
                "pros", List.of(Map.of("en", "a")), "cons", List.of(Map.of("en", "b")),
                "prerequisites", List.of(Map.of("criterionCode", "LEADERSHIP.MENTORING", "description", Map.of("en", "m"))),
                "implementationSteps", List.of(Map.of("code", "ONLY_STEP", "title", Map.of("en", "Only step"),
                        "durationMonths", 2, "dependsOn", List.of(), "phase", "FOUNDATION")),
                "pillars", List.of("MANAGING_IDENTITY")));
        body.put("countries", List.of());
        return body;
    }
}
