package modernization.roadmap.roadmap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import modernization.common.testing.TestTokens;
import modernization.roadmap.DownstreamStubs;
import org.junit.jupiter.api.Test;

/** Generation from the chosen options and validated readiness, its snapshot, determinism and bad input. */
@QuarkusTest
class RoadmapGenerationTest {

    static final String ROADMAPS = "/api/v1/roadmaps";

    static Map<String, Object> request(List<String> options, List<String> ministries) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "KRG SES roadmap");
        body.put("government", "KRG");
        body.put("startDate", "2027-01-01");
        body.put("selectedOptionIds", options);
        body.put("ministryCodes", ministries);
        return body;
    }

    static io.restassured.response.ExtractableResponse<io.restassured.response.Response> generate(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(body)
                .when().post(ROADMAPS).then().statusCode(201).extract();
    }

    @Test
    void generatesPhasesActivitiesMilestonesAndTheSnapshotOfItsSources() {
        var created = given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                .body(request(List.of(DownstreamStubs.BOARD, DownstreamStubs.AGREEMENT), List.of("MOP-KRG", "MOH-KRG")))
                .when().post(ROADMAPS)
                .then().statusCode(201)
                .header("Location", containsString(ROADMAPS + "/"))
                .body("status", equalTo("DRAFT"))
                .body("phases.code", contains("FOUNDATION", "PILOT", "SCALE_UP", "INSTITUTIONALIZE"))
                .body("phases[0].activities.code", contains("CAP.GOVERNMENT.LEGAL.MERIT_RECRUITMENT_LAW",
                        "LEGISLATIVE_PACKAGE", "ENTRY_BOARD.CONSTITUTE", "PERF_AGREEMENT.TEMPLATE"))
                .body("phases[1].activities.code", hasItem("ROLLOUT.MOP-KRG.ENTRY_BOARD"))
                .body("phases[2].activities.code", hasItem("ROLLOUT.MOH-KRG.ENTRY_BOARD"))
                .body("phases[2].activities.code", hasItem("CAP.MOH-KRG.HRIS.EMPLOYEE_RECORDS"))
                // MOH-KRG's version-1 answer on the civil service law is the government's to close, not the ministry's
                .body("phases[2].activities.code", not(hasItem("CAP.MOH-KRG.LEGAL.CIVIL_SERVICE_LAW")))
                .body("phases[3].activities.code", hasItems("EVALUATION.SES", "REVIEW.SES_DESIGN"))
                .body("milestones", hasSize(4))
                .body("sources.options.code", contains("ENTRY_BOARD", "PERF_AGREEMENT"))
                .body("sources.options.version", contains(1, 1))
                .body("sources.assessments.ministryCode", contains("MOP-KRG", "MOH-KRG"))
                .body("sources.assessments[1].level", equalTo("EMERGING"))
                .body("sources.assessments[1].gaps", equalTo(1))
                .body("sources.governmentAssessment.id", equalTo("10000000-0000-4000-8000-000000000003"))
                .body("sources.governmentAssessment.subject", equalTo("GOVERNMENT"))
                .body("sources.governmentAssessment.overall", equalTo(41.6667f))
                .extract();
        // the government's gap on the merit law takes 60 days, then the package of laws 270 + 90 days
        given().auth().oauth2(TestTokens.advisor()).when().get(created.header("Location"))
                .then().statusCode(200)
                .body("phases[0].activities.find { it.code == 'LEGISLATIVE_PACKAGE' }.start", equalTo("2027-03-02"))
                .body("phases[0].activities.find { it.code == 'LEGISLATIVE_PACKAGE' }.end", equalTo("2028-02-25"))
                .body("phases[0].activities.find { it.code == 'LEGISLATIVE_PACKAGE' }.dependsOn",
                        contains("CAP.GOVERNMENT.LEGAL.MERIT_RECRUITMENT_LAW"))
                .body("phases[0].activities.find { it.code == 'LEGISLATIVE_PACKAGE' }.reason",
                        equalTo("Waits until the government's gap on Merit recruitment law is closed (a prerequisite of "
                                + "ENTRY_BOARD title)."))
                .body("phases[1].activities.find { it.code == 'ROLLOUT.MOP-KRG.ENTRY_BOARD' }.dependsOn",
                        contains("ENTRY_BOARD.CONSTITUTE", "CAP.MOP-KRG.MERIT.APPEALS"))
                .body("phases[1].activities.find { it.code == 'ROLLOUT.MOP-KRG.ENTRY_BOARD' }.name",
                        equalTo("Roll out ENTRY_BOARD title in the Ministry of Planning"))
                .body("phases[1].activities.find { it.code == 'ROLLOUT.MOP-KRG.PERF_AGREEMENT' }.reason", nullValue())
                .body("phases[1].activities.find { it.code == 'ROLLOUT.MOP-KRG.PERF_AGREEMENT' }.start", equalTo("2027-05-01"))
                .body("milestones[0].date", equalTo("2028-05-25"));
        given().auth().oauth2(TestTokens.advisor()).queryParam("lang", "ar").when().get(created.header("Location"))
                .then().statusCode(200)
                .body("phases[1].activities.find { it.code == 'ROLLOUT.MOP-KRG.ENTRY_BOARD' }.reason", containsString("سدّ الفجوة في"));
    }

    @Test
    void aGovernmentWithoutAValidatedGovernmentAssessmentIsNamedIn422() {
        Map<String, Object> body = request(List.of(DownstreamStubs.BOARD), List.of());
        body.put("government", "FEDERAL_IRAQ");
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(body)
                .when().post(ROADMAPS)
                .then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("government"))
                .body("errors[0].message", containsString("FEDERAL_IRAQ"));
    }

    @Test
    void aMinistryOfTheOtherGovernmentIsNamedIn422() {
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                .body(request(List.of(DownstreamStubs.BOARD), List.of("MOP-KRG", "MOF-FED")))
                .when().post(ROADMAPS)
                .then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("ministryCodes[1]"))
                .body("errors[0].message", equalTo("belongs to FEDERAL_IRAQ, not to KRG, the government of this roadmap: MOF-FED"));
    }

    @Test
    void theCallersTokenAndRequestIdAreForwardedToBothServices() {
        String token = TestTokens.undpStaff();
        given().auth().oauth2(token).contentType(ContentType.JSON).header("X-Request-Id", "generate-forwarding-1")
                .body(request(List.of(DownstreamStubs.BOARD), List.of("MOP-KRG")))
                .when().post(ROADMAPS).then().statusCode(201);
        assertEquals("Bearer " + token, DownstreamStubs.lastAuthorizationTo("/api/v1/design-options/" + DownstreamStubs.BOARD));
        assertEquals("Bearer " + token, DownstreamStubs.lastAuthorizationTo("/api/v1/assessments"));
        assertEquals("generate-forwarding-1", DownstreamStubs.lastHeaderTo(
                "/api/v1/design-options/" + DownstreamStubs.BOARD, "X-Request-Id"));
        assertEquals("generate-forwarding-1", DownstreamStubs.lastHeaderTo("/api/v1/assessments", "X-Request-Id"));
    }

    @Test
    void whatCannotChangeIsReadOnceWhatCanIsAskedEachTime() {
        Map<String, Object> body = request(List.of(DownstreamStubs.AGREEMENT), List.of("MOH-KRG"));
        generate(body);
        String option = "/api/v1/design-options/" + DownstreamStubs.AGREEMENT;
        String score = "/api/v1/assessments/10000000-0000-4000-8000-000000000002/score";
        int optionReads = DownstreamStubs.requestsTo(option);
        int scoreReads = DownstreamStubs.requestsTo(score);
        int latestReads = DownstreamStubs.requestsTo("/api/v1/assessments");

        generate(body);

        // which version is published and which assessment is the latest validated one: asked again
        assertEquals(optionReads + 1, DownstreamStubs.requestsTo(option), "reads of the option");
        // the government's latest and the ministry's latest
        assertEquals(latestReads + 2, DownstreamStubs.requestsTo("/api/v1/assessments"), "reads of the latest assessments");
        // that version's Arabic and Kurdish texts and that assessment version's score: kept from the first time
        assertEquals(scoreReads, DownstreamStubs.requestsTo(score), "reads of the score");
    }

    @Test
    void aLaterEditOfTheCatalogDoesNotChangeAGeneratedRoadmap() {
        var created = generate(request(List.of(DownstreamStubs.BOARD), List.of("MOP-KRG")));
        String id = created.path("id");
        List<Object> before = created.path("phases.activities.flatten().code");
        try {
            DownstreamStubs.restubOption(DownstreamStubs.BOARD, "ENTRY_BOARD", """
                    [{"code": "SOMETHING_ELSE", "title": "Changed later", "durationMonths": 1, "dependsOn": [], "phase": "FOUNDATION"}]""");
            List<Object> after = given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + id)
                    .then().statusCode(200)
                    .body("sources.options[0].version", equalTo(1))
                    .extract().path("phases.activities.flatten().code");
            assertEquals(before, after);
        } finally {
            DownstreamStubs.restubOption(DownstreamStubs.BOARD, "ENTRY_BOARD", DownstreamStubs.BOARD_STEPS);
        }
    }

    @Test
    void theSameInputsGiveTheSameRoadmap() {
        Map<String, Object> body = request(List.of(DownstreamStubs.AGREEMENT, DownstreamStubs.BOARD), List.of("MOH-KRG", "MOP-KRG"));
        List<Map<String, Object>> first = generate(body).path("phases.activities.flatten()");
        Map<String, Object> reordered = request(List.of(DownstreamStubs.BOARD, DownstreamStubs.AGREEMENT), List.of("MOP-KRG", "MOH-KRG"));
        List<Map<String, Object>> second = generate(reordered).path("phases.activities.flatten()");
        assertEquals(strip(first), strip(second));
    }

    @Test
    void theScheduleGivesSlackAndTheCriticalPath() {
        String id = generate(request(List.of(DownstreamStubs.BOARD, DownstreamStubs.AGREEMENT), List.of("MOP-KRG"))).path("id");
        given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + id + "/schedule")
                .then().statusCode(200)
                .body("criticalPath[0]", equalTo("CAP.GOVERNMENT.LEGAL.MERIT_RECRUITMENT_LAW"))
                .body("criticalPath", hasItems("LEGISLATIVE_PACKAGE", "ENTRY_BOARD.CONSTITUTE", "ENTRY_BOARD.PILOT_SELECTION"))
                .body("criticalPath[-1]", equalTo("MS.INSTITUTIONALIZE"))
                // the template (120 days) must be done when MOP-KRG rolls the agreements out, by day 600
                .body("activities.find { it.code == 'PERF_AGREEMENT.TEMPLATE' }.slackDays", equalTo(480))
                .body("activities.find { it.code == 'PERF_AGREEMENT.TEMPLATE' }.critical", equalTo(false))
                .body("activities.find { it.code == 'LEGISLATIVE_PACKAGE' }.critical", equalTo(true))
                .body("activities.find { it.code == 'LEGISLATIVE_PACKAGE' }.latestStart", equalTo("2027-03-02"));
    }

    @Test
    void anOptionThatIsNotPublishedIsNamedIn422() {
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                .body(request(List.of(DownstreamStubs.BOARD, DownstreamStubs.DRAFT, UUID.randomUUID().toString()), List.of("MOP-KRG")))
                .when().post(ROADMAPS)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("selectedOptionIds[1]", "selectedOptionIds[2]"));
    }

    @Test
    void aMinistryWithoutAValidatedAssessmentIsNamedIn422() {
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                .body(request(List.of(DownstreamStubs.BOARD), List.of("MOP-KRG", "MOX-KRG")))
                .when().post(ROADMAPS)
                .then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("ministryCodes[1]"))
                .body("errors[0].message", containsString("MOX-KRG"));
    }

    @Test
    void stepsThatDependOnALaterPhaseFormACycleThatIsNamed() {
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                .body(request(List.of(DownstreamStubs.CYCLIC), List.of("MOP-KRG")))
                .when().post(ROADMAPS)
                .then().statusCode(422)
                .body("detail", containsString("CYCLIC_OPTION.EARLY"))
                .body("detail", containsString("CYCLIC_OPTION.LATE"));
    }

    @Test
    void anEmptyOptionListAStartOutOfRangeAndTooManyOptionsAre400() {
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(request(List.of(), List.of("MOP-KRG")))
                .when().post(ROADMAPS).then().statusCode(400).body("errors[0].field", equalTo("selectedOptionIds"));
        Map<String, Object> early = request(List.of(DownstreamStubs.BOARD), List.of("MOP-KRG"));
        early.put("startDate", "1999-12-31");
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(early)
                .when().post(ROADMAPS).then().statusCode(400).body("errors[0].field", equalTo("startDate"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(UUID.randomUUID().toString());
        }
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(request(many, List.of("MOP-KRG")))
                .when().post(ROADMAPS).then().statusCode(400).body("errors[0].field", equalTo("selectedOptionIds"));
        Map<String, Object> badDate = request(List.of(DownstreamStubs.BOARD), List.of("MOP-KRG"));
        badDate.put("startDate", "next spring");
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(badDate)
                .when().post(ROADMAPS).then().statusCode(400).body("errors[0].field", equalTo("startDate"));
    }

    @Test
    void aCatalogThatAnswersAfterTheTimeoutIs503NamingIt() {
        // the stub answers after 5 s, past the client's timeout: an answer at all would not be a 503
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                .body(request(List.of(DownstreamStubs.SLOW), List.of("MOP-KRG")))
                .when().post(ROADMAPS)
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("detail", containsString("catalog-service"));
    }

    @Test
    void aCatalogThatRefusesTheCallerIs502NamingTheServiceAndItsAnswerNotAMissingOption() {
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                .body(request(List.of(DownstreamStubs.FORBIDDEN), List.of("MOP-KRG")))
                .when().post(ROADMAPS)
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("detail", containsString("catalog-service"))
                .body("detail", containsString("403"))
                .body("detail", not(containsString("names no published design option")));
    }

    @Test
    void aFailingAssessmentServiceIs503NamingItWhileReadsKeepWorking() {
        String existing = generate(request(List.of(DownstreamStubs.BOARD), List.of("MOP-KRG"))).path("id");
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                .body(request(List.of(DownstreamStubs.BOARD), List.of("MOE-DOWN")))
                .when().post(ROADMAPS)
                .then().statusCode(503)
                .body("detail", containsString("assessment-service"));
        given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + existing).then().statusCode(200);
    }

    @Test
    void onlyAdvisersAndUndpStaffGenerate() {
        for (String token : List.of(TestTokens.ministryUser("MOP-KRG"), TestTokens.partnerApp())) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(request(List.of(DownstreamStubs.BOARD), List.of("MOP-KRG")))
                    .when().post(ROADMAPS).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(request(List.of(DownstreamStubs.BOARD), List.of("MOP-KRG")))
                .when().post(ROADMAPS).then().statusCode(401);
    }

    @Test
    void theSameIdempotencyKeyReplaysTheGeneratedRoadmap() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = request(List.of(DownstreamStubs.BOARD), List.of("MOP-KRG"));
        String first = given().auth().oauth2(TestTokens.advisor()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(ROADMAPS)
                .then().statusCode(201).extract().path("id");
        String again = given().auth().oauth2(TestTokens.advisor()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post(ROADMAPS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
    }

    /** Activities without their generated ids. */
    private static List<Map<String, Object>> strip(List<Map<String, Object>> activities) {
        return activities.stream().map(a -> {
            Map<String, Object> copy = new HashMap<>(a);
            copy.remove("id");
            return copy;
        }).toList();
    }
}
