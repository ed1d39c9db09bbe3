package modernization.catalog.option;

import static io.restassured.RestAssured.given;
import static modernization.catalog.option.OptionRequests.OPTIONS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Every kind of bad input is a 4xx problem with one errors entry per offending field, never a 500. */
@QuarkusTest
class DesignOptionBadInputTest {

    @Test
    void shouldReturn400ForMalformedJson() {
        post("{\"code\": \"X\", \"title\": ")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldReturn400NamingAFieldOfTheWrongType() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("pros", "not a list");
        post(body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("pros"));
    }

    @Test
    void shouldReturn400ForAnUnknownPhase() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("implementationSteps", List.of(Map.of("code", "ONLY_STEP", "title", Map.of("en", "x"),
                "durationMonths", 2, "dependsOn", List.of(), "phase", "SOMEDAY")));
        post(body).then().statusCode(400)
                .body("errors.field", contains("implementationSteps[0].phase"));
    }

    @Test
    void shouldReturn400WhenEnglishIsMissing() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("title", Map.of("ar", "عنوان فقط بالعربية"));
        post(body).then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("title.en"));
    }

    @Test
    void shouldReturn400ForATitleOver200Characters() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("title", Map.of("en", "x".repeat(201)));
        post(body).then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("200"));
    }

    @Test
    void shouldReturn400ForAMalformedCodeAndMissingFieldsEachNamed() {
        Map<String, Object> body = OptionRequests.valid("lower case");
        body.remove("summary");
        body.remove("pillars");
        post(body).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("code", "summary", "pillars"));
    }

    @Test
    void shouldReturn422ForADimensionThatDoesNotExist() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("dimension", "NO_SUCH_DIMENSION");
        post(body).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("dimension"));
    }

    @Test
    void shouldReturn422ForADependencyOnAStepThatDoesNotExist() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("implementationSteps", List.of(
                Map.of("code", "FIRST_STEP", "title", Map.of("en", "First"), "durationMonths", 2,
                        "dependsOn", List.of("GHOST_STEP"), "phase", "FOUNDATION")));
        post(body).then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("implementationSteps[0].dependsOn"))
                .body("errors[0].message", containsString("GHOST_STEP"));
    }

    @Test
    void shouldReturn422NamingADependencyCycle() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("implementationSteps", List.of(
                Map.of("code", "STEP_A", "title", Map.of("en", "A"), "durationMonths", 2, "dependsOn", List.of("STEP_B"), "phase", "FOUNDATION"),
                Map.of("code", "STEP_B", "title", Map.of("en", "B"), "durationMonths", 2, "dependsOn", List.of("STEP_C"), "phase", "FOUNDATION"),
                Map.of("code", "STEP_C", "title", Map.of("en", "C"), "durationMonths", 2, "dependsOn", List.of("STEP_A"), "phase", "FOUNDATION")));
        post(body).then().statusCode(422)
                .body("errors[0].field", equalTo("implementationSteps"))
                .body("errors[0].message", containsString("STEP_A -> STEP_B -> STEP_C -> STEP_A"));
    }

    @Test
    void shouldReturn422ForUnknownPillarsAndCountries() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("pillars", List.of("CITIZEN_ENGAGEMENT", "HAPPINESS"));
        body.put("countries", List.of("CL", "XX"));
        post(body).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("pillars[1]", "countries[1]"));
    }

    @Test
    void shouldReturn400ForADurationOutOfRange() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("implementationSteps", List.of(Map.of("code", "ONLY_STEP", "title", Map.of("en", "x"),
                "durationMonths", 0, "dependsOn", List.of(), "phase", "FOUNDATION")));
        post(body).then().statusCode(400)
                .body("errors.field", contains("implementationSteps[0].durationMonths"));
    }

    @Test
    void shouldReturn409ForATakenCode() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        OptionRequests.create(body);
        post(body).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldReturn422WhenAnEditChangesTheCode() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        var created = OptionRequests.create(body);
        body.put("code", OptionRequests.uniqueCode());
        OptionRequests.update(TestTokens.advisor(), created.path("id"), created.header("ETag"), body)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void shouldReturn400NamingEachUnknownFilterValue() {
        given().auth().oauth2(TestTokens.partnerApp())
                .when().get(OPTIONS + "?dimension=NOPE&pillar=NOPE&country=ZZ&status=LIVE&sort=random")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("dimension", "pillar", "country", "status", "sort"));
    }

    @Test
    void shouldReturn400ForAPageSizeOver100() {
        given().auth().oauth2(TestTokens.partnerApp())
                .when().get(OPTIONS + "?size=101")
                .then().statusCode(400)
                .body("errors.field", hasItem("size"));
    }

    @Test
    void shouldStoreScriptAsDataNeverInterpreted() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("summary", Map.of("en", "<script>alert('x')</script>'; DROP TABLE design_option; --"));
        String id = OptionRequests.create(body).path("id");
        given().auth().oauth2(TestTokens.advisor()).when().get(OPTIONS + "/" + id)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("summary", equalTo("<script>alert('x')</script>'; DROP TABLE design_option; --"));
    }

    private static io.restassured.response.Response post(Object body) {
        return given().auth().oauth2(TestTokens.advisor())
                .contentType(ContentType.JSON).body(body)
                .when().post(OPTIONS);
    }
}
