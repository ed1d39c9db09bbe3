package modernization.catalog.dimension;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DimensionResourceTest {

    private static final String DIMENSIONS = "/api/v1/dimensions";

    @Test
    void shouldListTheTwelveDimensionsInOrderEachWithTwoToFivePublishedOptions() {
        List<Map<String, Object>> dimensions = given().auth().oauth2(TestTokens.partnerApp())
                .when().get(DIMENSIONS)
                .then().statusCode(200)
                .header("X-Total-Count", "12")
                .body("code", contains("SCOPE", "CAREER_MODEL", "ENTRY_SELECTION", "RANK", "TENURE", "PERFORMANCE",
                        "COMPETENCIES", "DEVELOPMENT", "MOBILITY", "PAY", "GOVERNANCE", "DIVERSITY"))
                .body("order", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
                .extract().path("$");
        for (Map<String, Object> dimension : dimensions) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> options = (List<Map<String, Object>>) dimension.get("options");
            long seeded = options.stream().filter(o -> !String.valueOf(o.get("code")).startsWith("TEST_")).count();
            org.junit.jupiter.api.Assertions.assertTrue(seeded >= 2 && seeded <= 5,
                    dimension.get("code") + " has " + seeded + " seeded options");
            options.forEach(o -> org.junit.jupiter.api.Assertions.assertEquals("PUBLISHED", o.get("status")));
        }
    }

    @Test
    void shouldServeADimensionInArabic() {
        given().auth().oauth2(TestTokens.ministryUser("MOP-FED"))
                .header("Accept-Language", "ar")
                .when().get(DIMENSIONS + "/ENTRY_SELECTION")
                .then().statusCode(200)
                .header("Content-Language", "ar")
                .body("dir", equalTo("rtl"))
                .body("name", not(emptyOrNullString()))
                .body("name", org.hamcrest.Matchers.matchesPattern(".*[\\u0600-\\u06FF].*"))
                .body("options.title", everyItem(org.hamcrest.Matchers.matchesPattern(".*[\\u0600-\\u06FF].*")));
    }

    @Test
    void shouldReturn404ProblemForAnUnknownDimension() {
        given().auth().oauth2(TestTokens.partnerApp())
                .when().get(DIMENSIONS + "/NOPE")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswer304ForAnUnchangedDimension() {
        String etag = given().auth().oauth2(TestTokens.partnerApp()).when().get(DIMENSIONS + "/RANK")
                .then().statusCode(200).body("options", not(hasSize(0))).extract().header("ETag");
        given().auth().oauth2(TestTokens.partnerApp()).header("If-None-Match", etag)
                .when().get(DIMENSIONS + "/RANK").then().statusCode(304);
    }
}
