package modernization.catalog.pillar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PillarResourceTest {

    private static final String PILLARS = "/api/v1/pillars";

    @Test
    void shouldListTheFourPillarsInOrderForEveryRole() {
        for (String token : new String[] {TestTokens.undpStaff(), TestTokens.advisor(),
                TestTokens.ministryUser("MOP-KRG"), TestTokens.partnerApp()}) {
            given().auth().oauth2(token)
                    .when().get(PILLARS)
                    .then().statusCode(200)
                    .header("X-Total-Count", "4")
                    .body("code", contains("CITIZEN_ENGAGEMENT", "COLLABORATION", "MANAGING_IDENTITY",
                            "ACCOUNTABILITY_PERFORMANCE"))
                    .body("[0].name", equalTo("Citizen engagement"))
                    .body("[3].description", containsString("merit"));
        }
    }

    @Test
    void shouldServeArabicRightToLeft() {
        given().auth().oauth2(TestTokens.advisor())
                .header("Accept-Language", "ar-IQ,ar;q=0.9")
                .when().get(PILLARS)
                .then().statusCode(200)
                .header("Content-Language", "ar")
                .body("[1].name", equalTo("التعاون"))
                .body("[1].dir", equalTo("rtl"));
    }

    @Test
    void shouldServeCentralKurdish() {
        given().auth().oauth2(TestTokens.ministryUser("MOP-KRG"))
                .queryParam("lang", "ckb")
                .when().get(PILLARS)
                .then().statusCode(200)
                .header("Content-Language", "ckb")
                .body("[1].name", equalTo("هاوکاری"));
    }

    @Test
    void shouldFallBackToEnglishForUnsupportedLanguage() {
        given().auth().oauth2(TestTokens.partnerApp())
                .header("Accept-Language", "fr-FR")
                .when().get(PILLARS)
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("[0].name", equalTo("Citizen engagement"));
    }

    @Test
    void shouldAnswer304WhenThePillarsAreUnchanged() {
        String etag = given().auth().oauth2(TestTokens.partnerApp()).when().get(PILLARS)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.partnerApp()).header("If-None-Match", etag)
                .when().get(PILLARS).then().statusCode(304);
        given().auth().oauth2(TestTokens.partnerApp()).header("If-None-Match", etag).header("Accept-Language", "ar")
                .when().get(PILLARS).then().statusCode(200);
    }

    @Test
    void shouldRequireToken() {
        given().when().get(PILLARS)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void shouldRejectTokenForAnotherAudience() {
        given().auth().oauth2(TestTokens.withClaim("aud", "account"))
                .when().get(PILLARS)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldBeReadyWithDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
