package modernization.assessment.assessment;

import static io.restassured.RestAssured.given;
import static modernization.assessment.assessment.Assessments.ASSESSMENTS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** One shape of field error everywhere: where (pointer, parameter or criterion), a stable code, a message. */
@QuarkusTest
class FieldErrorShapeTest {

    private static final String KRG = TestTokens.ministryUser("MOP-KRG");

    @Test
    void anAnswerOutOfRangeIsPointedAtByPositionWithAStableCode() {
        replaceAnswersOfANewAssessment(Map.of("answers", List.of(Map.of("criterionCode", "MERIT.OPEN_ADVERTISING", "level", 9))))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("answers[0].level"))
                .body("errors[0].pointer", equalTo("/answers/0/level"))
                .body("errors[0].code", equalTo("out_of_range"))
                .body("errors[0].message", equalTo("must be between 0 and 5"));
    }

    @Test
    void anUnansweredCriterionIsNamedInItsOwnField() {
        String id = Assessments.create(KRG, Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of())).path("id");
        given().auth().oauth2(KRG).when().post(ASSESSMENTS + "/" + id + "/submit")
                .then().statusCode(422)
                .body("errors.find { it.criterion == 'LEGAL.CIVIL_SERVICE_LAW' }.code", equalTo("required"))
                .body("errors.find { it.criterion == 'LEGAL.CIVIL_SERVICE_LAW' }.pointer", equalTo("/answers"))
                .body("errors.find { it.criterion == 'LEGAL.CIVIL_SERVICE_LAW' }.field", equalTo("answers[LEGAL.CIVIL_SERVICE_LAW]"));
    }

    @Test
    void truncatedJsonSaysSoWithItsLineAndColumn() {
        given().auth().oauth2(KRG).contentType(ContentType.JSON)
                .body("{\"ministryCode\":\"MOP-KRG\",\n\"answers\":[{\"criterionCode\":\"LEGAL.CIVIL_SERVICE_LAW\",")
                .when().post(ASSESSMENTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("ends before its JSON is complete"))
                .body("detail", containsString("line 2"))
                .body("errors[0].pointer", equalTo(""))
                .body("errors[0].code", equalTo("invalid_format"));
    }

    @Test
    void malformedJsonSaysWhereItBreaks() {
        given().auth().oauth2(KRG).contentType(ContentType.JSON)
                .body("{\"ministryCode\": MOP-KRG}")
                .when().post(ASSESSMENTS)
                .then().statusCode(400)
                .body("detail", containsString("not valid JSON at line 1, column"));
    }

    @Test
    void aValueOfTheWrongTypeIsPointedAtAndSaysWhatWasExpected() {
        replaceAnswersOfANewAssessment("{\"answers\":[{\"criterionCode\":\"MERIT.OPEN_ADVERTISING\",\"level\":\"three\"}]}")
                .then().statusCode(400)
                .body("errors[0].pointer", equalTo("/answers/0/level"))
                .body("errors[0].code", equalTo("wrong_type"))
                .body("errors[0].message", containsString("a number"));
    }

    @Test
    void aQueryParameterIsNamedAsAParameterNotAPointer() {
        given().auth().oauth2(TestTokens.undpStaff()).when().get(ASSESSMENTS + "?sort=period")
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("sort"))
                .body("errors[0].pointer", nullValue());
        given().auth().oauth2(TestTokens.undpStaff()).when().get(ASSESSMENTS + "?size=1000")
                .then().statusCode(400)
                .body("errors.parameter", hasItem("size"))
                .body("errors.code", hasItem("out_of_range"));
    }

    /** Starts a draft of MOP-KRG and replaces its answers with this body, If-Match and all. */
    private static io.restassured.response.Response replaceAnswersOfANewAssessment(Object body) {
        var created = Assessments.create(KRG, Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of()));
        return given().auth().oauth2(KRG).header("If-Match", created.header("ETag")).contentType(ContentType.JSON)
                .body(body).when().put(ASSESSMENTS + "/" + created.path("id") + "/answers");
    }
}
