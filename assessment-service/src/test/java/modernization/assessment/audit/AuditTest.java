package modernization.assessment.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import modernization.assessment.assessment.Assessments;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Every create, change of answers and change of status is in the trail, readable by UNDP staff only. */
@QuarkusTest
class AuditTest {

    private static final String AUDIT = "/api/v1/assessments/audit";

    @Test
    void everyChangeOfAnAssessmentIsRecordedWithWhoAndWhen() {
        var created = Assessments.create(TestTokens.ministryUser("MOP-FED"),
                Assessments.request("MOP-FED", Assessments.uniquePeriod(), List.of()));
        String id = created.path("id");
        given().auth().oauth2(TestTokens.ministryUser("MOP-FED")).header("If-Match", created.header("ETag"))
                .contentType(ContentType.JSON).body(Map.of("answers", Assessments.completeAnswers(4)))
                .when().put(Assessments.ASSESSMENTS + "/" + id + "/answers").then().statusCode(200);
        given().auth().oauth2(TestTokens.ministryUser("MOP-FED")).when().post(Assessments.ASSESSMENTS + "/" + id + "/submit")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(Map.of("decision", "VALIDATE"))
                .when().post(Assessments.ASSESSMENTS + "/" + id + "/review").then().statusCode(200);

        given().auth().oauth2(TestTokens.undpStaff())
                .queryParam("entityType", "assessment").queryParam("entityId", id)
                .when().get(AUDIT)
                .then().statusCode(200)
                .header("X-Total-Count", "4")
                .body("action", contains("ASSESSMENT_VALIDATED", "ASSESSMENT_SUBMITTED", "ASSESSMENT_ANSWERS_REPLACED",
                        "ASSESSMENT_CREATED"))
                .body("actor", contains("advisor-demo", "mop-fed-demo", "mop-fed-demo", "mop-fed-demo"))
                .body("occurredAt", everyItem(notNullValue()));
    }

    @Test
    void onlyUndpStaffReadTheTrail() {
        for (String token : List.of(TestTokens.advisor(), TestTokens.ministryUser("MOP-KRG"), TestTokens.partnerApp())) {
            given().auth().oauth2(token).when().get(AUDIT).then().statusCode(403);
        }
        given().when().get(AUDIT).then().statusCode(401);
    }
}
