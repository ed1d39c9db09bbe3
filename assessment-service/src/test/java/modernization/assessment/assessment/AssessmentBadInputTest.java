package modernization.assessment.assessment;

import static io.restassured.RestAssured.given;
import static modernization.assessment.assessment.Assessments.ASSESSMENTS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Each kind of bad input is a problem with one errors entry per offending field; none reaches a 500. */
@QuarkusTest
class AssessmentBadInputTest {

    @Test
    void aLevelOutsideZeroToFiveIs400() {
        post(Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of(
                Map.of("criterionCode", "LEGAL.CIVIL_SERVICE_LAW", "level", 6),
                Map.of("criterionCode", "LEGAL.MERIT_RECRUITMENT_LAW", "level", -1))))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("answers[0].level", "answers[1].level"));
    }

    @Test
    void anUnknownCriterionIs422() {
        post(Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of(
                Map.of("criterionCode", "LEGAL.NO_SUCH_THING", "level", 2))))
                .then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("answers[0].criterionCode"));
    }

    @Test
    void aCriterionAnsweredTwiceIs422() {
        post(Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of(
                Map.of("criterionCode", "LEGAL.CIVIL_SERVICE_LAW", "level", 2),
                Map.of("criterionCode", "LEGAL.CIVIL_SERVICE_LAW", "level", 3))))
                .then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("answers[1].criterionCode"));
    }

    @Test
    void evidenceOverTenThousandCharactersIs400() {
        post(Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of(
                Map.of("criterionCode", "LEGAL.CIVIL_SERVICE_LAW", "level", 2, "evidence", "x".repeat(10_001)))))
                .then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("answers[0].evidence"));
    }

    @Test
    void aPeriodThatIsNotAYearOrAQuarterIs400() {
        for (String period : List.of("2026-Q5", "26-Q1", "2026Q1", "Q1-2026", "2026-01")) {
            post(Assessments.request("MOP-KRG", period, List.of()))
                    .then().statusCode(400)
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("period"));
        }
    }

    @Test
    void aFrameworkVersionThatDoesNotExistIs422() {
        var body = Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of());
        body.put("frameworkVersion", 99);
        post(body).then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("frameworkVersion"));
    }

    @Test
    void malformedJsonIs400() {
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON).body("{\"ministryCode\": ")
                .when().post(ASSESSMENTS).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aLevelOfTheWrongTypeIs400NamingIt() {
        post(Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of(
                Map.of("criterionCode", "LEGAL.CIVIL_SERVICE_LAW", "level", "high"))))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("answers[0].level"));
    }

    @Test
    void aBodyOverOneMebibyteIs413Problem() {
        String huge = "{\"ministryCode\": \"" + "x".repeat(1_100_000) + "\"}";
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON).body(huge)
                .when().post(ASSESSMENTS)
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void unknownStatusFilterIs400() {
        given().auth().oauth2(TestTokens.advisor()).when().get(ASSESSMENTS + "?status=FINISHED")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    private static io.restassured.response.Response post(Object body) {
        return given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON).body(body)
                .when().post(ASSESSMENTS);
    }
}
