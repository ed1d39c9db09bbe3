package modernization.catalog.option;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import modernization.common.testing.TestTokens;

/** Request bodies and API calls for tests of design options; every option gets a code of its own. */
final class OptionRequests {

    static final String OPTIONS = "/api/v1/design-options";

    private OptionRequests() {
    }

    static String uniqueCode() {
        return "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    /** A complete, valid option body that tests change field by field. */
    static Map<String, Object> valid(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("dimension", "ENTRY_SELECTION");
        body.put("title", Map.of("en", "Panel selection with citizen observers " + code,
                "ar", "اختيار عبر لجنة بحضور مراقبين من المواطنين", "ckb", "هەڵبژاردن لە ڕێگەی لیژنە بە ئامادەبوونی چاودێرانی هاووڵاتیان"));
        body.put("summary", Map.of("en", "Selection panels include observers from civil society.",
                "ar", "تضم لجان الاختيار مراقبين من المجتمع المدني."));
        body.put("description", Map.of("en", "Each senior appointment is decided by a panel with civil-society observers."));
        body.put("pros", List.of(Map.of("en", "Visible fairness"), Map.of("en", "Public trust")));
        body.put("cons", List.of(Map.of("en", "Slower appointments"), Map.of("en", "Observers need training")));
        body.put("prerequisites", List.of(Map.of("criterionCode", "MERIT.SELECTION_PANELS",
                "description", Map.of("en", "Structured selection panels exist"))));
        body.put("implementationSteps", new ArrayList<>(List.of(
                Map.of("code", "ADOPT_RULES", "title", Map.of("en", "Adopt panel rules"), "durationMonths", 4,
                        "dependsOn", List.of(), "phase", "FOUNDATION"),
                Map.of("code", "TRAIN_OBSERVERS", "title", Map.of("en", "Train observers"), "durationMonths", 3,
                        "dependsOn", List.of("ADOPT_RULES"), "phase", "PILOT"))));
        body.put("pillars", List.of("CITIZEN_ENGAGEMENT", "ACCOUNTABILITY_PERFORMANCE"));
        body.put("countries", List.of("CL"));
        return body;
    }

    static ExtractableResponse<Response> create(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.advisor())
                .contentType(ContentType.JSON).body(body)
                .when().post(OPTIONS)
                .then().statusCode(201)
                .extract();
    }

    /** Replaces the content of an option with If-Match, as the given caller. */
    static Response update(String token, String id, String ifMatch, Map<String, Object> body) {
        return given().auth().oauth2(token).header("If-Match", ifMatch)
                .contentType(ContentType.JSON).body(body)
                .when().put(OPTIONS + "/" + id);
    }

    static ExtractableResponse<Response> publish(String id) {
        return given().auth().oauth2(TestTokens.undpStaff())
                .when().post(OPTIONS + "/" + id + "/publish")
                .then().statusCode(200)
                .extract();
    }

    /** A new option, published, and its id. */
    static String createPublished(Map<String, Object> body) {
        String id = create(body).path("id");
        publish(id);
        return id;
    }
}
