package modernization.assessment.assessment;

import static io.restassured.RestAssured.given;
import static modernization.assessment.assessment.Assessments.ASSESSMENTS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Framework version 2 splits the criteria between a government and its ministries: a government's
 * own assessment answers its laws, central bodies and budget once, and each ministry answers the rest.
 */
@QuarkusTest
class GovernmentAssessmentTest {

    private static final List<String> GOVERNMENT_CRITERIA = List.of("LEGAL.CIVIL_SERVICE_LAW",
            "LEGAL.MERIT_RECRUITMENT_LAW", "LEGAL.FIXED_TERM_CONTRACTS", "LEGAL.POLITICAL_NEUTRALITY",
            "INSTITUTIONS.CENTRAL_HR_BODY", "INSTITUTIONS.INDEPENDENT_OVERSIGHT", "INSTITUTIONS.FEDERAL_KRG_COORDINATION",
            "PAY.GRADING_STRUCTURE", "PAY.FISCAL_SPACE", "CHANGE.POLITICAL_SPONSORSHIP");

    @Test
    void versionTwoScopesAndNamesEveryCriterionAndVersionOneStaysAsItWas() {
        List<Map<String, Object>> v2 = Assessments.criteria(2);
        assertEquals(32, v2.size());
        assertEquals(GOVERNMENT_CRITERIA, v2.stream().filter(c -> "GOVERNMENT".equals(c.get("scope"))).map(c -> c.get("code")).toList());
        assertEquals(22, v2.stream().filter(c -> "MINISTRY".equals(c.get("scope"))).count());
        given().auth().oauth2(TestTokens.advisor()).queryParam("lang", "ckb")
                .when().get("/api/v1/frameworks/SES-READINESS/versions/2")
                .then().statusCode(200)
                .body("areas[0].criteria[0].name", equalTo("یاسای خزمەتی شارستانی"));
        List<Map<String, Object>> v1 = Assessments.criteria(1);
        assertEquals(32, v1.size());
        v1.forEach(c -> {
            assertEquals(null, c.get("scope"), "v1 " + c.get("code"));
            assertEquals(null, c.get("name"), "v1 " + c.get("code"));
        });
    }

    @Test
    void theCoordinatingMinistryAndUndpStaffStartAGovernmentsOwnAssessmentAndNoOtherMinistryDoes() {
        String period = Assessments.uniquePeriod();
        Map<String, Object> krg = Assessments.governmentRequest("KRG", period, List.of());
        given().auth().oauth2(TestTokens.ministryUser("MOH-KRG")).contentType(ContentType.JSON).body(krg)
                .when().post(ASSESSMENTS).then().statusCode(403);
        given().auth().oauth2(TestTokens.ministryUser("MOP-FED")).contentType(ContentType.JSON).body(krg)
                .when().post(ASSESSMENTS).then().statusCode(403);
        given().auth().oauth2(TestTokens.ministryUser("MOP-KRG")).contentType(ContentType.JSON).body(krg)
                .when().post(ASSESSMENTS).then().statusCode(201)
                .body("government", equalTo("KRG"))
                .body("subject", equalTo("GOVERNMENT"))
                .body("ministryCode", nullValue());
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON).body(krg)
                .when().post(ASSESSMENTS).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.startsWith("KRG (government) already has a SES-READINESS assessment for " + period + ": "));
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON)
                .body(Assessments.governmentRequest("FEDERAL_IRAQ", period, List.of()))
                .when().post(ASSESSMENTS).then().statusCode(201).body("government", equalTo("FEDERAL_IRAQ"));
    }

    @Test
    void anAssessmentNamesAMinistryOrAGovernmentNeverBothOrNeither() {
        Map<String, Object> both = Assessments.requestV2("MOH-KRG", Assessments.uniquePeriod(), List.of());
        both.put("government", "KRG");
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON).body(both)
                .when().post(ASSESSMENTS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("ministryCode", "government"));
        Map<String, Object> neither = Assessments.requestV2("MOH-KRG", Assessments.uniquePeriod(), List.of());
        neither.remove("ministryCode");
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON).body(neither)
                .when().post(ASSESSMENTS).then().statusCode(400);
    }

    @Test
    void versionOneHasNoGovernmentAssessment() {
        Map<String, Object> v1 = Assessments.governmentRequest("KRG", Assessments.uniquePeriod(), List.of());
        v1.put("frameworkVersion", 1);
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON).body(v1)
                .when().post(ASSESSMENTS).then().statusCode(422)
                .body("errors[0].field", equalTo("frameworkVersion"));
    }

    @Test
    void eachSubjectAnswersOnlyItsOwnCriteria() {
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON)
                .body(Assessments.governmentRequest("KRG", Assessments.uniquePeriod(),
                        List.of(Map.of("criterionCode", "MERIT.OPEN_ADVERTISING", "level", 2))))
                .when().post(ASSESSMENTS).then().statusCode(422)
                .body("errors[0].field", equalTo("answers[0].criterionCode"));
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON)
                .body(Assessments.requestV2("MOH-KRG", Assessments.uniquePeriod(),
                        List.of(Map.of("criterionCode", "LEGAL.CIVIL_SERVICE_LAW", "level", 2))))
                .when().post(ASSESSMENTS).then().statusCode(422)
                .body("errors[0].message", equalTo("LEGAL.CIVIL_SERVICE_LAW is answered by the government as a whole, "
                        + "in its own assessment, not by each ministry"));
    }

    @Test
    void aGovernmentAssessmentIsCompleteWithItsTenCriteriaAndScoredOverThemAlone() {
        String id = Assessments.create(TestTokens.ministryUser("MOP-KRG"), Assessments.governmentRequest("KRG",
                Assessments.uniquePeriod(), Assessments.completeAnswers("GOVERNMENT", 2))).path("id");
        given().auth().oauth2(TestTokens.ministryUser("MOP-KRG")).when().post(ASSESSMENTS + "/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(TestTokens.ministryUser("MOP-KRG")).when().get(ASSESSMENTS + "/" + id + "/score")
                .then().statusCode(200)
                .body("subject", equalTo("GOVERNMENT"))
                .body("criteria", equalTo(10))
                .body("overall", equalTo(40.0f))
                .body("overallUnrounded", equalTo(40.0f))
                .body("areas.code", contains("LEGAL", "INSTITUTIONS", "PAY", "CHANGE"))
                .body("gaps.scope", everyItem(equalTo("GOVERNMENT")))
                .body("gaps.find { it.criterionCode == 'PAY.FISCAL_SPACE' }.name", equalTo("Funding for the senior cadre"))
                .body("gaps.find { it.criterionCode == 'CHANGE.POLITICAL_SPONSORSHIP' }.pillars",
                        contains("CITIZEN_ENGAGEMENT", "COLLABORATION"));
    }

    @Test
    void aMinistryAssessmentOfVersionTwoIsCompleteWithoutTheGovernmentsCriteria() {
        String id = Assessments.create(TestTokens.undpStaff(), Assessments.requestV2("MOF-FED", Assessments.uniquePeriod(),
                Assessments.completeAnswers("MINISTRY", 4))).path("id");
        Assessments.submit(id);
        given().auth().oauth2(TestTokens.ministryUser("MOF-FED")).when().get(ASSESSMENTS + "/" + id + "/score")
                .then().statusCode(200).body("subject", equalTo("MINISTRY")).body("criteria", equalTo(22))
                .body("areas.code", not(hasItem("LEGAL")));
    }

    @Test
    void theCoordinatingMinistryReadsItsGovernmentsAssessmentAndOtherMinistriesDoNot() {
        String id = Assessments.create(TestTokens.undpStaff(), Assessments.governmentRequest("KRG", Assessments.uniquePeriod(),
                List.of())).path("id");
        given().auth().oauth2(TestTokens.ministryUser("MOP-KRG")).when().get(ASSESSMENTS + "/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.advisor()).when().get(ASSESSMENTS + "/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.ministryUser("MOH-KRG")).when().get(ASSESSMENTS + "/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.ministryUser("MOP-FED")).when().get(ASSESSMENTS + "/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.partnerApp()).when().get(ASSESSMENTS + "/" + id).then().statusCode(403);

        given().auth().oauth2(TestTokens.ministryUser("MOP-KRG")).queryParam("subject", "GOVERNMENT").queryParam("size", 100)
                .when().get(ASSESSMENTS).then().statusCode(200)
                .body("government", everyItem(equalTo("KRG"))).body("id", hasItem(id));
        given().auth().oauth2(TestTokens.ministryUser("MOH-KRG")).queryParam("size", 100)
                .when().get(ASSESSMENTS).then().statusCode(200)
                .body("subject", everyItem(equalTo("MINISTRY"))).body("id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.ministryUser("MOP-KRG")).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("answers", List.of(Map.of("criterionCode", "PAY.FISCAL_SPACE", "level", 1, "evidence", "Budget 2026"))))
                .when().put(ASSESSMENTS + "/" + id + "/answers").then().statusCode(200);
    }

    @Test
    void theSummaryShowsTheGovernmentsOwnScoreBesideItsMinistries() {
        String id = Assessments.create(TestTokens.undpStaff(), Assessments.governmentRequest("FEDERAL_IRAQ", "9000",
                Assessments.completeAnswers("GOVERNMENT", 3))).path("id");
        Assessments.validate(Assessments.submit(id));
        given().auth().oauth2(TestTokens.partnerApp()).queryParam("government", "FEDERAL_IRAQ")
                .when().get("/api/v1/readiness/summary").then().statusCode(200)
                .body("governmentCode", equalTo("FEDERAL_IRAQ"))
                .body("government.period", equalTo("9000"))
                .body("government.overall", equalTo(60.0f))
                .body("government.level", equalTo("ESTABLISHED"))
                .body("government.areas.code", contains("LEGAL", "INSTITUTIONS", "PAY", "CHANGE"))
                .body("ministries.code", everyItem(notNullValue()));
    }

    @Test
    void theSummaryTakesEachMinistrysLatestPeriodNotItsLatestValidation() {
        String code = "PERIOD-" + Integer.toHexString(System.identityHashCode(this)).toUpperCase();
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", Map.of("en", "Ministry of Periods", "ar", "وزارة", "ckb", "وەزارەت"),
                        "government", "KRG"))
                .when().post("/api/v1/ministries").then().statusCode(201);
        String year = Assessments.create(TestTokens.undpStaff(), Assessments.requestV2(code, "2027",
                Assessments.completeAnswers("MINISTRY", 4))).path("id");
        Assessments.validate(Assessments.submit(year));
        String earlierQuarter = Assessments.create(TestTokens.undpStaff(), Assessments.requestV2(code, "2027-Q4",
                Assessments.completeAnswers("MINISTRY", 1))).path("id");
        Assessments.validate(Assessments.submit(earlierQuarter));

        given().auth().oauth2(TestTokens.partnerApp()).queryParam("government", "KRG")
                .when().get("/api/v1/readiness/summary").then().statusCode(200)
                .body("ministries.find { it.code == '" + code + "' }.period", equalTo("2027"));
        given().auth().oauth2(TestTokens.advisor()).queryParam("ministry", code).queryParam("sort", "-period")
                .when().get(ASSESSMENTS).then().statusCode(200)
                .body("period", contains("2027", "2027-Q4"));
    }
}
