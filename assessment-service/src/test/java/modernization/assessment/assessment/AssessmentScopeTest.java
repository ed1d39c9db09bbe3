package modernization.assessment.assessment;

import static io.restassured.RestAssured.given;
import static modernization.assessment.assessment.Assessments.ASSESSMENTS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The assessment rows of the security matrix, with the ministry scope, caller by caller. */
@QuarkusTest
class AssessmentScopeTest {

    private static final String KRG = TestTokens.ministryUser("MOP-KRG");
    private static final String FED = TestTokens.ministryUser("MOP-FED");

    @Test
    void createIsForOwnMinistryUsersAndUndpStaffOnly() {
        Map<String, Integer> expected = Map.of(
                TestTokens.undpStaff(), 201, KRG, 201, FED, 403, TestTokens.advisor(), 403, TestTokens.partnerApp(), 403);
        expected.forEach((token, status) -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of()))
                .when().post(ASSESSMENTS).then().statusCode(status));
        given().contentType(ContentType.JSON).body(Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of()))
                .when().post(ASSESSMENTS).then().statusCode(401);
    }

    @Test
    void aMinistryUserWithoutAMinistryClaimCannotCreate() {
        given().auth().oauth2(TestTokens.user("someone", "ministry-user", null)).contentType(ContentType.JSON)
                .body(Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of()))
                .when().post(ASSESSMENTS).then().statusCode(403);
    }

    @Test
    void anotherMinistrysAssessmentDoesNotExistForAMinistryUser() {
        String id = Assessments.create(KRG, Assessments.request("MOP-KRG", Assessments.uniquePeriod(),
                Assessments.completeAnswers(3))).path("id");
        for (String path : List.of("", "/score")) {
            given().auth().oauth2(FED).when().get(ASSESSMENTS + "/" + id + path).then().statusCode(404);
            given().auth().oauth2(KRG).when().get(ASSESSMENTS + "/" + id + path).then().statusCode(200);
            given().auth().oauth2(TestTokens.advisor()).when().get(ASSESSMENTS + "/" + id + path).then().statusCode(200);
            given().auth().oauth2(TestTokens.undpStaff()).when().get(ASSESSMENTS + "/" + id + path).then().statusCode(200);
            given().auth().oauth2(TestTokens.partnerApp()).when().get(ASSESSMENTS + "/" + id + path).then().statusCode(403);
            given().when().get(ASSESSMENTS + "/" + id + path).then().statusCode(401);
        }
        given().auth().oauth2(FED).header("If-Match", "*").contentType(ContentType.JSON).body(Map.of("answers", List.of()))
                .when().put(ASSESSMENTS + "/" + id + "/answers").then().statusCode(404);
        given().auth().oauth2(FED).when().post(ASSESSMENTS + "/" + id + "/submit").then().statusCode(404);
    }

    @Test
    void listsNeverIncludeAnotherMinistrysAssessments() {
        String krg = Assessments.create(KRG, Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of())).path("id");
        String fed = Assessments.create(FED, Assessments.request("MOP-FED", Assessments.uniquePeriod(), List.of())).path("id");
        given().auth().oauth2(FED).when().get(ASSESSMENTS + "?size=100")
                .then().statusCode(200)
                .body("ministryCode", everyItem(equalTo("MOP-FED")))
                .body("id", not(hasItem(krg)));
        given().auth().oauth2(FED).when().get(ASSESSMENTS + "?ministry=MOP-KRG")
                .then().statusCode(200).header("X-Total-Count", "0");
        given().auth().oauth2(TestTokens.advisor()).when().get(ASSESSMENTS + "?size=100&government=KRG")
                .then().statusCode(200).body("id", hasItem(krg)).body("id", not(hasItem(fed)));
        given().auth().oauth2(TestTokens.partnerApp()).when().get(ASSESSMENTS).then().statusCode(403);
    }

    @Test
    void onlyTheOwningMinistryAndUndpStaffEditAndSubmit() {
        Map<String, Integer> expected = Map.of(KRG, 200, TestTokens.undpStaff(), 200, TestTokens.advisor(), 403,
                TestTokens.partnerApp(), 403);
        expected.forEach((token, status) -> {
            var created = Assessments.create(KRG, Assessments.request("MOP-KRG", Assessments.uniquePeriod(),
                    Assessments.completeAnswers(2)));
            String id = created.path("id");
            given().auth().oauth2(token).header("If-Match", created.header("ETag")).contentType(ContentType.JSON)
                    .body(Map.of("answers", Assessments.completeAnswers(3)))
                    .when().put(ASSESSMENTS + "/" + id + "/answers").then().statusCode(status);
            given().auth().oauth2(token).when().post(ASSESSMENTS + "/" + id + "/submit").then().statusCode(status);
        });
    }

    @Test
    void onlyAdvisersAndUndpStaffReview() {
        Map<String, Integer> expected = Map.of(TestTokens.advisor(), 200, TestTokens.undpStaff(), 200, KRG, 403,
                TestTokens.partnerApp(), 403);
        expected.forEach((token, status) -> {
            String id = Assessments.submitted("MOP-KRG", 3);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("decision", "VALIDATE"))
                    .when().post(ASSESSMENTS + "/" + id + "/review").then().statusCode(status);
        });
    }
}
