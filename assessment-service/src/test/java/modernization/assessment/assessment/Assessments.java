package modernization.assessment.assessment;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import modernization.common.testing.TestTokens;

/** Test data for assessments of the seeded SES-READINESS framework, each on a period of its own. */
public final class Assessments {

    public static final String ASSESSMENTS = "/api/v1/assessments";
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 2000));

    private Assessments() {
    }

    /** A period no other test uses: years 3000 to 9999, by quarter. */
    public static String uniquePeriod() {
        int n = NEXT.incrementAndGet();
        return (3000 + n / 4) + "-Q" + (n % 4 + 1);
    }

    public static Map<String, Object> request(String ministry, String period, List<Map<String, Object>> answers) {
        return body("ministryCode", ministry, 1, period, answers);
    }

    /** A government's own assessment of SES-READINESS v2 for the period. */
    public static Map<String, Object> governmentRequest(String government, String period, List<Map<String, Object>> answers) {
        return body("government", government, 2, period, answers);
    }

    /** A ministry's assessment of SES-READINESS v2 for the period. */
    public static Map<String, Object> requestV2(String ministry, String period, List<Map<String, Object>> answers) {
        return body("ministryCode", ministry, 2, period, answers);
    }

    /** A mutable request body naming its subject by {@code ministryCode} or {@code government}. */
    private static Map<String, Object> body(String subjectField, String subject, int version, String period,
                                            List<Map<String, Object>> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put(subjectField, subject);
        body.put("frameworkCode", "SES-READINESS");
        body.put("frameworkVersion", version);
        body.put("period", period);
        body.put("answers", answers);
        return body;
    }

    /** An answer at this level, with evidence, to every criterion of SES-READINESS v2 of this scope. */
    public static List<Map<String, Object>> completeAnswers(String scope, int level) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> c : criteria(2)) {
            if (scope.equals(c.get("scope"))) {
                answers.add(Map.of("criterionCode", c.get("code"), "level", level, "evidence", "Document " + c.get("code")));
            }
        }
        return answers;
    }

    /** The criteria of SES-READINESS v1 with whether each needs evidence, read through the API. */
    public static List<Map<String, Object>> criteria() {
        return criteria(1);
    }

    /** The criteria of a version of SES-READINESS, read through the API. */
    public static List<Map<String, Object>> criteria(int version) {
        List<Map<String, Object>> areas = given().auth().oauth2(TestTokens.advisor())
                .when().get("/api/v1/frameworks/SES-READINESS/versions/" + version)
                .then().statusCode(200).extract().path("areas");
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (Map<String, Object> area : areas) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> list = (List<Map<String, Object>>) area.get("criteria");
            criteria.addAll(list);
        }
        return criteria;
    }

    /** An answer to every criterion at this level, with evidence for each. */
    public static List<Map<String, Object>> completeAnswers(int level) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> c : criteria()) {
            answers.add(Map.of("criterionCode", c.get("code"), "level", level, "evidence", "Document " + c.get("code")));
        }
        return answers;
    }

    public static ExtractableResponse<Response> create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(ASSESSMENTS)
                .then().statusCode(201)
                .extract();
    }

    /** A submitted assessment of the ministry with every criterion at this level. */
    public static String submitted(String ministry, int level) {
        return submit(create(TestTokens.undpStaff(), request(ministry, uniquePeriod(), completeAnswers(level))).path("id"));
    }

    /** A validated assessment of the ministry with every criterion at this level. */
    public static String validated(String ministry, int level) {
        return validate(submitted(ministry, level));
    }

    /** Submits the assessment as UNDP staff; returns its id. */
    public static String submit(String id) {
        given().auth().oauth2(TestTokens.undpStaff()).when().post(ASSESSMENTS + "/" + id + "/submit")
                .then().statusCode(200);
        return id;
    }

    /** Validates the submitted assessment as an adviser; returns its id. */
    public static String validate(String id) {
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(Map.of("decision", "VALIDATE"))
                .when().post(ASSESSMENTS + "/" + id + "/review")
                .then().statusCode(200);
        return id;
    }
}
