package modernization.assessment.assessment;

import static io.restassured.RestAssured.given;
import static modernization.assessment.assessment.Assessments.ASSESSMENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import modernization.common.testing.Races;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Concurrent writes to one assessment: one wins, the others learn why they lost, none gets a 5xx. */
@QuarkusTest
class AssessmentRaceTest {

    private static final int RACERS = 20;

    @Test
    void racingAnswerReplacementsWithTheSameIfMatchGiveOne200AndOtherwise412() {
        var created = Assessments.create(TestTokens.undpStaff(), Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of()));
        String id = created.path("id");
        String etag = created.header("ETag");

        Races.race(RACERS, racer -> given().auth().oauth2(TestTokens.undpStaff()).header("If-Match", etag)
                        .contentType(ContentType.JSON)
                        .body(Map.of("answers", List.of(Map.of("criterionCode", "LEGAL.CIVIL_SERVICE_LAW", "level", racer % 6))))
                        .when().put(ASSESSMENTS + "/" + id + "/answers"))
                .noServerError()
                .oneWinsTheRestGet(200, 412);
    }

    @Test
    void racingSubmissionsGiveOne200AndOtherwise409() {
        String id = Assessments.create(TestTokens.undpStaff(), Assessments.request("MOP-KRG", Assessments.uniquePeriod(),
                Assessments.completeAnswers(3))).path("id");

        Races.race(RACERS, racer -> given().auth().oauth2(TestTokens.undpStaff()).when().post(ASSESSMENTS + "/" + id + "/submit"))
                .noServerError()
                .oneWinsTheRestGet(200, 409);
        assertEquals(2, given().auth().oauth2(TestTokens.undpStaff()).when().get(ASSESSMENTS + "/" + id)
                .then().statusCode(200).extract().<List<?>>path("history").size(), "one DRAFT and one SUBMITTED in the history");
    }

    @Test
    void racingReviewsGiveOne200AndOtherwise409() {
        String id = Assessments.submitted("MOP-KRG", 3);

        Races.race(RACERS, racer -> given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                        .body(racer % 2 == 0 ? Map.of("decision", "VALIDATE")
                                : Map.of("decision", "RETURN", "comments", List.of(Map.of("criterionCode", "LEGAL.CIVIL_SERVICE_LAW",
                                "text", "more evidence"))))
                        .when().post(ASSESSMENTS + "/" + id + "/review"))
                .noServerError()
                .oneWinsTheRestGet(200, 409);
        assertEquals(3, given().auth().oauth2(TestTokens.undpStaff()).when().get(ASSESSMENTS + "/" + id)
                .then().statusCode(200).extract().<List<?>>path("history").size(), "one review in the history");
    }
}
