package modernization.assessment.framework;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import modernization.common.persistence.outbox.EventAudience;
import modernization.common.persistence.outbox.OutboxEvent;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FrameworkResourceTest {

    private static final String FRAMEWORKS = "/api/v1/frameworks";

    @Test
    void theSeededSesReadinessFrameworkHasEightAreasOfWeightedCriteriaWithSixLevels() {
        given().auth().oauth2(TestTokens.partnerApp())
                .when().get(FRAMEWORKS + "/SES-READINESS")
                .then().statusCode(200)
                .body("versions[0].version", equalTo(1))
                .body("versions[0].criteriaCount", equalTo(32))
                .body("versions[0].areas.code", contains("LEGAL", "INSTITUTIONS", "MERIT", "HRIS", "PERFORMANCE",
                        "LEADERSHIP", "PAY", "CHANGE"))
                .body("versions[0].areas.criteria.flatten().levels", everyItem(hasSize(6)))
                .body("versions[0].areas.criteria.flatten().weight", everyItem(org.hamcrest.Matchers.isOneOf(1, 2, 3)));
    }

    @Test
    void questionsAreServedInKurdish() {
        given().auth().oauth2(TestTokens.ministryUser("MOP-KRG")).queryParam("lang", "ckb")
                .when().get(FRAMEWORKS + "/SES-READINESS/versions/1")
                .then().statusCode(200)
                .header("Content-Language", "ckb")
                .body("areas[0].criteria[0].question", org.hamcrest.Matchers.matchesPattern(".*[\\u0600-\\u06FF].*"));
    }

    @Test
    void versionThreeAsksEveryQuestionAndLevelInArabicAndKurdishWithTheGenderDataCriterion() {
        for (String lang : List.of("ar", "ckb")) {
            given().auth().oauth2(TestTokens.ministryUser("MOP-KRG")).queryParam("lang", lang)
                    .when().get(FRAMEWORKS + "/SES-READINESS/versions/3")
                    .then().statusCode(200)
                    .header("Content-Language", lang)
                    .body("criteriaCount", equalTo(33))
                    .body("areas.criteria.flatten().question", everyItem(org.hamcrest.Matchers.matchesPattern("(?s).*[\\u0600-\\u06FF].*")))
                    .body("areas.criteria.flatten().levels.flatten().descriptor",
                            everyItem(org.hamcrest.Matchers.matchesPattern("(?s).*[\\u0600-\\u06FF].*")))
                    .body("areas.find { it.code == 'HRIS' }.criteria.code",
                            org.hamcrest.Matchers.hasItem("HRIS.GENDER_DISAGGREGATED_DATA"));
        }
    }

    @Test
    void anEarlierVersionIsServedWithTheLaterVersionsTranslationOfTheSameEnglishText() {
        var v3 = given().auth().oauth2(TestTokens.partnerApp()).queryParam("lang", "ar")
                .when().get(FRAMEWORKS + "/SES-READINESS/versions/3").then().statusCode(200).extract();
        var v1 = given().auth().oauth2(TestTokens.partnerApp()).queryParam("lang", "ar")
                .when().get(FRAMEWORKS + "/SES-READINESS/versions/1").then().statusCode(200).extract();
        String descriptor = v1.path("areas[0].criteria[0].levels[3].descriptor");
        org.junit.jupiter.api.Assertions.assertEquals((String) v3.path("areas[0].criteria[0].levels[3].descriptor"), descriptor);
        org.junit.jupiter.api.Assertions.assertTrue(descriptor.matches("(?s).*[\\u0600-\\u06FF].*"), descriptor);
        given().auth().oauth2(TestTokens.partnerApp()).queryParam("lang", "en")
                .when().get(FRAMEWORKS + "/SES-READINESS/versions/1")
                .then().statusCode(200)
                .body("areas[0].criteria[0].levels[3].descriptor",
                        equalTo("A law or binding regulation defines the senior cadre and covers most senior posts in the ministry."));
    }

    @Test
    void advisersCreateFrameworksAndVersionsThatChangeUntilUsed() {
        String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var created = given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", Map.of("en", "Test framework"), "description", Map.of("en", "d"),
                        "areas", List.of(area("LEGAL", "LEGAL.ONE"))))
                .when().post(FRAMEWORKS)
                .then().statusCode(201).body("version", equalTo(1)).extract();
        given().auth().oauth2(TestTokens.advisor()).header("If-Match", created.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("areas", List.of(area("LEGAL", "LEGAL.TWO"))))
                .when().put(FRAMEWORKS + "/" + code + "/versions/1")
                .then().statusCode(200).body("areas[0].criteria[0].code", equalTo("LEGAL.TWO"));
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON)
                .body(Map.of("areas", List.of(area("MERIT", "MERIT.ONE"))))
                .when().post(FRAMEWORKS + "/" + code + "/versions")
                .then().statusCode(201).body("version", equalTo(2));
        // each new version's event, in its transaction, for every role (frameworks are public)
        List<OutboxEvent> events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "resource like ?1 order by occurredAt", FRAMEWORKS + "/" + code + "/versions/%"));
        assertEquals(List.of("framework-version.published", "framework-version.published"), events.stream().map(e -> e.type).toList());
        assertEquals(List.of(1, 2), events.stream().map(e -> ((Number) e.data.get("version")).intValue()).toList());
        assertEquals(EventAudience.everyone(), events.getFirst().audience);
        for (String token : List.of(TestTokens.ministryUser("MOP-KRG"), TestTokens.partnerApp())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("areas", List.of(area("MERIT", "MERIT.ONE"))))
                    .when().post(FRAMEWORKS + "/" + code + "/versions").then().statusCode(403);
        }
    }

    @Test
    void repeatedCriteriaAndIncompleteLevelsAre422() {
        Map<String, Object> area = new java.util.HashMap<>(area("LEGAL", "LEGAL.ONE"));
        @SuppressWarnings("unchecked")
        Map<String, Object> criterion = new java.util.HashMap<>(((List<Map<String, Object>>) area.get("criteria")).get(0));
        List<Map<String, Object>> levels = new ArrayList<>(levels());
        levels.set(5, Map.of("level", 4, "descriptor", Map.of("en", "again")));
        criterion.put("levels", levels);
        area.put("criteria", List.of(criterion, criterion));
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                .body(Map.of("code", "TEST-BAD", "name", Map.of("en", "x"), "description", Map.of("en", "d"), "areas", List.of(area)))
                .when().post(FRAMEWORKS)
                .then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("areas[0].criteria[1].code", "areas[0].criteria[0].levels"));
    }

    static Map<String, Object> area(String code, String criterion) {
        return Map.of("code", code, "name", Map.of("en", code), "weight", 1, "pillars", List.of("COLLABORATION"),
                "criteria", List.of(Map.of("code", criterion, "question", Map.of("en", "Is it so?"), "weight", 2,
                        "evidenceRequired", true, "levels", levels())));
    }

    static List<Map<String, Object>> levels() {
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            levels.add(Map.of("level", i, "descriptor", Map.of("en", "level " + i)));
        }
        return levels;
    }
}
