package modernization.assessment.assessment;

import static io.restassured.RestAssured.given;
import static modernization.assessment.assessment.Assessments.ASSESSMENTS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Draft, answers with If-Match, submission, review, and the history of who did what and why. */
@QuarkusTest
class AssessmentWorkflowTest {

    private static final String KRG = TestTokens.ministryUser("MOP-KRG");

    @Test
    void aMinistryStartsItsOwnAssessmentAsADraft() {
        String period = Assessments.uniquePeriod();
        var created = given().auth().oauth2(KRG).contentType(ContentType.JSON)
                .body(Assessments.request("MOP-KRG", period, List.of(Map.of("criterionCode", "LEGAL.CIVIL_SERVICE_LAW",
                        "level", 2, "evidence", "قانون الخدمة المدنية رقم ٢٤", "comment", "draft amendment"))))
                .when().post(ASSESSMENTS)
                .then().statusCode(201)
                .header("Location", containsString(ASSESSMENTS + "/"))
                .header("ETag", notNullValue())
                .body("ministryCode", equalTo("MOP-KRG"))
                .body("framework.code", equalTo("SES-READINESS"))
                .body("period", equalTo(period))
                .body("status", equalTo("DRAFT"))
                .body("answers[0].evidence", equalTo("قانون الخدمة المدنية رقم ٢٤"))
                .body("history[0].to", equalTo("DRAFT"))
                .body("history[0].by", equalTo("mop-krg-demo"))
                .extract();
        given().auth().oauth2(KRG).when().get(created.header("Location"))
                .then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void listsComeNewestCreatedFirstOrNewestValidatedFirst() {
        String createdFirst = Assessments.submitted("MOI-FED", 2);
        String createdLast = Assessments.submitted("MOI-FED", 3);
        for (String id : List.of(createdLast, createdFirst)) {
            given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(Map.of("decision", "VALIDATE"))
                    .when().post(ASSESSMENTS + "/" + id + "/review").then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.undpStaff())
                .when().get(ASSESSMENTS + "?ministry=MOI-FED&status=VALIDATED&size=1")
                .then().statusCode(200).body("id", contains(createdLast));
        given().auth().oauth2(TestTokens.undpStaff())
                .when().get(ASSESSMENTS + "?ministry=MOI-FED&status=VALIDATED&sort=-validatedAt&size=1")
                .then().statusCode(200).body("id", contains(createdFirst));
        given().auth().oauth2(TestTokens.undpStaff())
                .when().get(ASSESSMENTS + "?sort=period")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void aSecondAssessmentOfTheSameMinistryAndPeriodIs409NamingAndLinkingTheFirst() {
        String period = Assessments.uniquePeriod();
        String first = Assessments.create(TestTokens.undpStaff(), Assessments.request("MOH-FED", period, List.of())).path("id");
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON)
                .body(Assessments.request("MOH-FED", period, List.of()))
                .when().post(ASSESSMENTS)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(first))
                .header("Link", equalTo("</api/v1/assessments/" + first + ">; rel=\"related\""));
    }

    @Test
    void reviewHonoursIfMatchWhenSentAndNeverRequiresIt() {
        String id = Assessments.submitted("MOI-FED", 3);
        String staleOfAnother = given().auth().oauth2(TestTokens.advisor()).when().get(ASSESSMENTS + "/" + id)
                .then().statusCode(200).extract().header("ETag").replaceAll("\\d+", "999");
        given().auth().oauth2(TestTokens.advisor()).header("If-Match", staleOfAnother).contentType(ContentType.JSON)
                .body(Map.of("decision", "VALIDATE"))
                .when().post(ASSESSMENTS + "/" + id + "/review")
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(Map.of("decision", "VALIDATE"))
                .when().post(ASSESSMENTS + "/" + id + "/review")
                .then().statusCode(200).body("status", equalTo("VALIDATED"));
    }

    @Test
    void answersAreReplacedWithIfMatchAnd428Or412Otherwise() {
        var created = Assessments.create(KRG, Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of()));
        String id = created.path("id");
        Map<String, Object> answers = Map.of("answers", List.of(Map.of("criterionCode", "MERIT.OPEN_ADVERTISING", "level", 3)));
        given().auth().oauth2(KRG).contentType(ContentType.JSON).body(answers)
                .when().put(ASSESSMENTS + "/" + id + "/answers").then().statusCode(428);
        String newTag = given().auth().oauth2(KRG).header("If-Match", created.header("ETag"))
                .contentType(ContentType.JSON).body(answers)
                .when().put(ASSESSMENTS + "/" + id + "/answers")
                .then().statusCode(200).body("answers", hasSize(1)).extract().header("ETag");
        given().auth().oauth2(KRG).header("If-Match", created.header("ETag"))
                .contentType(ContentType.JSON).body(Map.of("answers", List.of()))
                .when().put(ASSESSMENTS + "/" + id + "/answers").then().statusCode(412);
        given().auth().oauth2(KRG).header("If-None-Match", newTag)
                .when().get(ASSESSMENTS + "/" + id).then().statusCode(304);
    }

    @Test
    void submittingAnIncompleteAssessmentListsEveryUnansweredCriterionAndMissingEvidence() {
        List<Map<String, Object>> criteria = Assessments.criteria();
        List<Map<String, Object>> answers = new ArrayList<>();
        String needsEvidence = null;
        for (Map<String, Object> c : criteria.subList(0, criteria.size() - 2)) {
            Map<String, Object> answer = new HashMap<>(Map.of("criterionCode", c.get("code"), "level", 3));
            if (needsEvidence == null && Boolean.TRUE.equals(c.get("evidenceRequired"))) {
                needsEvidence = (String) c.get("code");
            } else {
                answer.put("evidence", "attached");
            }
            answers.add(answer);
        }
        String id = Assessments.create(KRG, Assessments.request("MOP-KRG", Assessments.uniquePeriod(), answers)).path("id");
        given().auth().oauth2(KRG).when().post(ASSESSMENTS + "/" + id + "/submit")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors", hasSize(3))
                .body("errors.field", hasItem("answers[" + criteria.get(criteria.size() - 1).get("code") + "]"))
                .body("errors.field", hasItem("answers[" + criteria.get(criteria.size() - 2).get("code") + "]"))
                .body("errors.field", hasItem("answers[" + needsEvidence + "].evidence"));
    }

    @Test
    void aReturnedAssessmentIsCorrectedResubmittedAndValidatedThenNeverChanges() {
        String id = Assessments.create(KRG, Assessments.request("MOP-KRG", Assessments.uniquePeriod(),
                Assessments.completeAnswers(2))).path("id");
        given().auth().oauth2(KRG).when().post(ASSESSMENTS + "/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("submittedAt", notNullValue());

        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                .body(Map.of("decision", "RETURN"))
                .when().post(ASSESSMENTS + "/" + id + "/review")
                .then().statusCode(422).body("errors[0].field", equalTo("comments"));
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                .body(Map.of("decision", "RETURN", "comments", List.of(Map.of("criterionCode", "MERIT.OPEN_ADVERTISING",
                        "text", "Attach the vacancy notices."))))
                .when().post(ASSESSMENTS + "/" + id + "/review")
                .then().statusCode(200).body("status", equalTo("RETURNED"));

        String etag = given().auth().oauth2(KRG).when().get(ASSESSMENTS + "/" + id).then().extract().header("ETag");
        given().auth().oauth2(KRG).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("answers", Assessments.completeAnswers(3)))
                .when().put(ASSESSMENTS + "/" + id + "/answers").then().statusCode(200);
        given().auth().oauth2(KRG).when().post(ASSESSMENTS + "/" + id + "/submit").then().statusCode(200);
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON).body(Map.of("decision", "VALIDATE"))
                .when().post(ASSESSMENTS + "/" + id + "/review")
                .then().statusCode(200).body("status", equalTo("VALIDATED")).body("validatedAt", notNullValue());

        String finalTag = given().auth().oauth2(KRG).when().get(ASSESSMENTS + "/" + id)
                .then().statusCode(200)
                .body("history.to", contains("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "VALIDATED"))
                .body("history.by", contains("mop-krg-demo", "mop-krg-demo", "advisor-demo", "mop-krg-demo", "undp-staff-demo"))
                .body("history[2].comments[0].text", equalTo("Attach the vacancy notices."))
                .body("history[2].at", notNullValue())
                .extract().header("ETag");
        given().auth().oauth2(KRG).header("If-Match", finalTag).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of()))
                .when().put(ASSESSMENTS + "/" + id + "/answers").then().statusCode(409);
        given().auth().oauth2(KRG).when().post(ASSESSMENTS + "/" + id + "/submit").then().statusCode(409);
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(Map.of("decision", "RETURN",
                "comments", List.of(Map.of("text", "too late")))).when().post(ASSESSMENTS + "/" + id + "/review")
                .then().statusCode(409);
    }

    @Test
    void reviewingADraftIs409() {
        String id = Assessments.create(KRG, Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of())).path("id");
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(Map.of("decision", "VALIDATE"))
                .when().post(ASSESSMENTS + "/" + id + "/review").then().statusCode(409);
    }

    @Test
    void theScoreOfAUniformAssessmentIsItsLevelTimesTwenty() {
        String id = Assessments.submitted("MOE-KRG", 3);
        given().auth().oauth2(TestTokens.advisor()).when().get(ASSESSMENTS + "/" + id + "/score")
                .then().statusCode(200)
                .body("overall", equalTo(60.0f))
                .body("level", equalTo("ESTABLISHED"))
                .body("areas", hasSize(8))
                .body("areas.score", org.hamcrest.Matchers.everyItem(equalTo(60.0f)))
                .body("gaps", hasSize(0))
                .body("evidenceCompleteness", equalTo(100.0f))
                .body("complete", equalTo(true));
        String low = Assessments.submitted("MOE-FED", 1);
        given().auth().oauth2(TestTokens.undpStaff()).header("Accept-Language", "ar")
                .when().get(ASSESSMENTS + "/" + low + "/score")
                .then().statusCode(200)
                .body("overall", equalTo(20.0f))
                .body("level", equalTo("NASCENT"))
                .body("gaps.size()", equalTo(32))
                .body("gaps[0].weight", equalTo(3))
                .body("gaps[0].question", org.hamcrest.Matchers.matchesPattern(".*[\\u0600-\\u06FF].*"));
    }

    @Test
    void aFrameworkVersionInUseCannotChange() {
        Assessments.create(TestTokens.undpStaff(), Assessments.request("MOI-FED", Assessments.uniquePeriod(), List.of()));
        String tag = given().auth().oauth2(TestTokens.advisor()).when().get("/api/v1/frameworks/SES-READINESS/versions/1")
                .then().statusCode(200).body("inUse", equalTo(true)).extract().header("ETag");
        given().auth().oauth2(TestTokens.advisor()).header("If-Match", tag).contentType(ContentType.JSON)
                .body(Map.of("areas", List.of(Map.of("code", "LEGAL", "name", Map.of("en", "x"), "weight", 1,
                        "pillars", List.of(), "criteria", List.of(Map.of("code", "LEGAL.X", "question", Map.of("en", "?"),
                                "weight", 1, "evidenceRequired", false, "levels", levels()))))))
                .when().put("/api/v1/frameworks/SES-READINESS/versions/1")
                .then().statusCode(409).contentType("application/problem+json");
    }

    static List<Map<String, Object>> levels() {
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            levels.add(Map.of("level", i, "descriptor", Map.of("en", "level " + i)));
        }
        return levels;
    }
}
