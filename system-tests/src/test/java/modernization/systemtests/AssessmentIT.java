package modernization.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The assessment rows of the security matrix through the gateway, with real Keycloak tokens. */
class AssessmentIT {

    private static final String ASSESSMENTS = PlatformIT.GATEWAY + "/api/v1/assessments";

    @Test
    void aMinistryAssessesItselfAndNobodyElseSeesItExceptAdvisersAndUndpStaff() {
        String id = given().auth().oauth2(Accounts.MOP_KRG.token()).contentType(ContentType.JSON)
                .body(request("MOP-KRG", completeAnswers(3)))
                .when().post(ASSESSMENTS).then().statusCode(201).extract().path("id");

        given().auth().oauth2(Accounts.MOP_KRG.token()).contentType(ContentType.JSON).body(request("MOP-FED", List.of()))
                .when().post(ASSESSMENTS).then().statusCode(403);
        given().auth().oauth2(Accounts.ADVISOR.token()).contentType(ContentType.JSON).body(request("MOP-KRG", List.of()))
                .when().post(ASSESSMENTS).then().statusCode(403);
        given().auth().oauth2(Accounts.MOP_FED.token()).when().get(ASSESSMENTS + "/" + id).then().statusCode(404);
        given().auth().oauth2(Accounts.MOP_FED.token()).when().get(ASSESSMENTS + "?size=100")
                .then().statusCode(200).body("ministryCode", everyItem(equalTo("MOP-FED")));
        given().auth().oauth2(Accounts.PARTNER_PORTAL.token()).when().get(ASSESSMENTS + "/" + id).then().statusCode(403);
        given().auth().oauth2(Accounts.ADVISOR.token()).when().get(ASSESSMENTS + "/" + id).then().statusCode(200);
        given().auth().oauth2(Accounts.UNDP_STAFF.token()).when().get(ASSESSMENTS + "/" + id).then().statusCode(200);

        given().auth().oauth2(Accounts.MOP_KRG.token()).when().post(ASSESSMENTS + "/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(Accounts.MOP_KRG.token()).contentType(ContentType.JSON).body(Map.of("decision", "VALIDATE"))
                .when().post(ASSESSMENTS + "/" + id + "/review").then().statusCode(403);
        given().auth().oauth2(Accounts.ADVISOR.token()).contentType(ContentType.JSON).body(Map.of("decision", "VALIDATE"))
                .when().post(ASSESSMENTS + "/" + id + "/review").then().statusCode(200).body("status", equalTo("VALIDATED"));

        given().auth().oauth2(Accounts.MOP_KRG.token()).when().get(ASSESSMENTS + "/" + id + "/score")
                .then().statusCode(200).body("overall", numberEqualTo(60)).body("level", equalTo("ESTABLISHED"));
        // The summary counts each ministry's latest validated assessment by period; other tests of this run
        // validate MOP-KRG assessments of random periods too, so the one it shows is the latest of them all.
        Map<String, Object> latest = given().auth().oauth2(Accounts.ADVISOR.token())
                .queryParam("ministry", "MOP-KRG").queryParam("status", "VALIDATED").queryParam("sort", "-period")
                .queryParam("size", 1)
                .when().get(ASSESSMENTS).then().statusCode(200).extract().path("[0]");
        String latestLevel = given().auth().oauth2(Accounts.ADVISOR.token())
                .when().get(ASSESSMENTS + "/" + latest.get("id") + "/score").then().statusCode(200).extract().path("level");
        given().auth().oauth2(Accounts.PARTNER_PORTAL.token())
                .when().get(PlatformIT.GATEWAY + "/api/v1/readiness/summary?government=KRG")
                .then().statusCode(200)
                .body("ministries.find { it.code == 'MOP-KRG' }.period", equalTo(latest.get("period")))
                .body("ministries.find { it.code == 'MOP-KRG' }.level", equalTo(latestLevel));
        given().auth().oauth2(Accounts.UNDP_STAFF.token()).queryParam("entityId", id)
                .when().get(ASSESSMENTS + "/audit").then().statusCode(200).header("X-Total-Count", "3");
        given().auth().oauth2(Accounts.ADVISOR.token()).when().get(ASSESSMENTS + "/audit").then().statusCode(403);
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = request("MOP-FED", List.of());
        String first = given().auth().oauth2(Accounts.MOP_FED.token()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post(ASSESSMENTS).then().statusCode(201).extract().path("id");
        String again = given().auth().oauth2(Accounts.MOP_FED.token()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post(ASSESSMENTS).then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("id");
        assertEquals(first, again);
    }

    static Map<String, Object> request(String ministry, List<Map<String, Object>> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("ministryCode", ministry);
        body.put("frameworkCode", "SES-READINESS");
        body.put("frameworkVersion", 1);
        int n = ThreadLocalRandom.current().nextInt(0, 36_000);
        body.put("period", (1000 + n / 4) + "-Q" + (n % 4 + 1));
        body.put("answers", answers);
        return body;
    }

    private static final Map<String, String> GOVERNMENT_ASSESSMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A validated government assessment of the government (framework version 2, every government-wide
     * criterion at this level), made once per run: generating a roadmap needs one.
     */
    static synchronized String validatedGovernmentAssessment(String government) {
        return GOVERNMENT_ASSESSMENTS.computeIfAbsent(government, g -> {
            Map<String, Object> body = new HashMap<>();
            body.put("government", g);
            body.put("frameworkCode", "SES-READINESS");
            body.put("frameworkVersion", 2);
            body.put("answers", completeAnswers(2, 2, "GOVERNMENT"));
            // one per government and period: a year another run of these tests took is 409, and another year is tried
            String id = null;
            for (int attempt = 0; id == null && attempt < 10; attempt++) {
                body.put("period", String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10_000)));
                var created = given().auth().oauth2(Accounts.UNDP_STAFF.token()).contentType(ContentType.JSON).body(body)
                        .when().post(ASSESSMENTS).then().extract();
                if (created.statusCode() == 201) {
                    id = created.path("id");
                } else {
                    assertEquals(409, created.statusCode(), created.asString());
                }
            }
            if (id == null) {
                throw new AssertionError("ten years in a row already had a " + g + " government assessment");
            }
            given().auth().oauth2(Accounts.UNDP_STAFF.token()).when().post(ASSESSMENTS + "/" + id + "/submit")
                    .then().statusCode(200);
            given().auth().oauth2(Accounts.ADVISOR.token()).contentType(ContentType.JSON).body(Map.of("decision", "VALIDATE"))
                    .when().post(ASSESSMENTS + "/" + id + "/review").then().statusCode(200);
            return id;
        });
    }

    static List<Map<String, Object>> completeAnswers(int level) {
        return completeAnswers(1, level, null);
    }

    /** An answer with evidence to every criterion of that version, or to those of that scope. */
    static List<Map<String, Object>> completeAnswers(int version, int level, String scope) {
        List<Map<String, Object>> areas = given().auth().oauth2(Accounts.ADVISOR.token())
                .when().get(PlatformIT.GATEWAY + "/api/v1/frameworks/SES-READINESS/versions/" + version)
                .then().statusCode(200).extract().path("areas");
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> area : areas) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> criteria = (List<Map<String, Object>>) area.get("criteria");
            criteria.stream().filter(c -> scope == null || scope.equals(c.get("scope")))
                    .forEach(c -> answers.add(Map.of("criterionCode", c.get("code"), "level", level,
                            "evidence", "Evidence for " + c.get("code"))));
        }
        return answers;
    }

    /** A JSON number by value: 60, 60.0 and 6E1 are one number (a proxy may write it either way). */
    private static org.hamcrest.Matcher<Object> numberEqualTo(double expected) {
        return org.hamcrest.Matchers.both(org.hamcrest.Matchers.instanceOf(Number.class))
                .and(new org.hamcrest.CustomTypeSafeMatcher<Object>("a number equal to " + expected) {
                    @Override
                    protected boolean matchesSafely(Object actual) {
                        return actual instanceof Number n && Double.compare(n.doubleValue(), expected) == 0;
                    }
                });
    }
}
