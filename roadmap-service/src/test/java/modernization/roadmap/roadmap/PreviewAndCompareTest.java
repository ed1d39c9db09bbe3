package modernization.roadmap.roadmap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import modernization.common.testing.TestTokens;
import modernization.roadmap.DownstreamStubs;
import org.junit.jupiter.api.Test;

/** What-if for advisers: a preview that stores nothing, and roadmaps side by side. */
@QuarkusTest
class PreviewAndCompareTest {

    static final String ROADMAPS = RoadmapGenerationTest.ROADMAPS;

    @Test
    void aPreviewIsTheRoadmapGenerationWouldMakeAndNothingIsStored() {
        Map<String, Object> body = RoadmapGenerationTest.request(List.of(DownstreamStubs.BOARD, DownstreamStubs.AGREEMENT),
                List.of("MOP-KRG", "MOH-KRG"));
        String before = total();
        List<Object> previewed = given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(body)
                .when().post(ROADMAPS + "/preview")
                .then().statusCode(200)
                .header("Location", nullValue())
                .body("id", nullValue())
                .body("version", equalTo(0))
                .body("status", equalTo("DRAFT"))
                .body("sources.governmentAssessment.subject", equalTo("GOVERNMENT"))
                .extract().path("phases.activities.flatten().code");
        assertEquals(before, total(), "roadmaps stored");

        List<Object> generated = RoadmapGenerationTest.generate(body).path("phases.activities.flatten().code");
        assertEquals(generated, previewed);
    }

    @Test
    void aPreviewKeepsTheRulesOfGenerationForWhoAndWhat() {
        Map<String, Object> body = RoadmapGenerationTest.request(List.of(DownstreamStubs.BOARD), List.of("MOF-FED"));
        for (String token : List.of(TestTokens.ministryUser("MOP-KRG"), TestTokens.partnerApp())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post(ROADMAPS + "/preview").then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON).body(body)
                .when().post(ROADMAPS + "/preview")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("ministryCodes[0]"))
                .body("errors[0].message", containsString("FEDERAL_IRAQ"));
    }

    @Test
    void twoRoadmapsSideBySideGiveEndMonthsPhasesCriticalPathWavesAndTheLegislativePackage() {
        String withBoard = RoadmapGenerationTest.generate(RoadmapGenerationTest.request(
                List.of(DownstreamStubs.BOARD, DownstreamStubs.AGREEMENT), List.of("MOP-KRG", "MOH-KRG"))).path("id");
        String agreementsOnly = RoadmapGenerationTest.generate(RoadmapGenerationTest.request(
                List.of(DownstreamStubs.AGREEMENT), List.of("MOH-KRG"))).path("id");

        given().auth().oauth2(TestTokens.advisor()).queryParam("ids", withBoard + "," + agreementsOnly)
                .when().get(ROADMAPS + "/compare")
                .then().statusCode(200)
                .body("roadmaps.id", contains(withBoard, agreementsOnly))
                // the merit law gap (60 days), the package (360), the board (90) and its pilot selections (180),
                // the scale-up (90) and the agreements' first cycle (360): 1140 days from 2027-01-01
                .body("roadmaps[0].endDate", equalTo("2030-02-14"))
                .body("roadmaps[0].months", equalTo(37.5f))
                .body("roadmaps[0].criticalPath.days", equalTo(1140))
                .body("roadmaps[0].criticalPath.activities.code", contains("CAP.GOVERNMENT.LEGAL.MERIT_RECRUITMENT_LAW",
                        "LEGISLATIVE_PACKAGE", "ENTRY_BOARD.CONSTITUTE", "ENTRY_BOARD.PILOT_SELECTION",
                        "ROLLOUT.MOH-KRG.ENTRY_BOARD", "PERF_AGREEMENT.FIRST_CYCLE"))
                .body("roadmaps[0].activitiesPerPhase.FOUNDATION", equalTo(4))
                .body("roadmaps[0].activitiesPerPhase.PILOT", equalTo(4))
                .body("roadmaps[0].activitiesPerPhase.SCALE_UP", equalTo(3))
                .body("roadmaps[0].activitiesPerPhase.INSTITUTIONALIZE", equalTo(3))
                .body("roadmaps[0].ministriesPerWave.PILOT", contains("MOP-KRG"))
                .body("roadmaps[0].ministriesPerWave.SCALE_UP", contains("MOH-KRG"))
                .body("roadmaps[0].legislativePackage.durationDays", equalTo(360))
                .body("roadmaps[0].legislativePackage.name", equalTo("Pass the legislative package: Adopt the law"))
                // without an ESTABLISHED ministry, MOH-KRG pilots once its gap is closed
                .body("roadmaps[1].ministriesPerWave.PILOT", contains("MOH-KRG"))
                .body("roadmaps[1].ministriesPerWave.SCALE_UP", empty())
                .body("roadmaps[1].legislativePackage", nullValue())
                .body("roadmaps[1].criticalPath.days", equalTo(570));
    }

    @Test
    void aComparisonNamesOneToFourRoadmapsTheCallerMayRead() {
        String draft = RoadmapGenerationTest.generate(RoadmapGenerationTest.request(List.of(DownstreamStubs.AGREEMENT),
                List.of("MOP-KRG"))).path("id");
        String five = String.join(",", draft, draft(), draft(), draft(), draft());
        given().auth().oauth2(TestTokens.advisor()).queryParam("ids", five).when().get(ROADMAPS + "/compare")
                .then().statusCode(400).body("errors[0].field", equalTo("ids"));
        given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/compare")
                .then().statusCode(400).body("errors[0].field", equalTo("ids"));
        given().auth().oauth2(TestTokens.advisor()).queryParam("ids", draft + ",not-a-uuid").when().get(ROADMAPS + "/compare")
                .then().statusCode(400).body("errors[0].field", equalTo("ids"));
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(TestTokens.advisor()).queryParam("ids", draft + "," + unknown).when().get(ROADMAPS + "/compare")
                .then().statusCode(404).body("detail", containsString(unknown.toString()));
        // a draft is for advisers and UNDP staff: a ministry learns nothing of it from a comparison either
        given().auth().oauth2(TestTokens.ministryUser("MOP-KRG")).queryParam("ids", draft).when().get(ROADMAPS + "/compare")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.partnerApp()).queryParam("ids", draft).when().get(ROADMAPS + "/compare")
                .then().statusCode(404);
        given().queryParam("ids", draft).when().get(ROADMAPS + "/compare").then().statusCode(401);
        given().auth().oauth2(TestTokens.undpStaff()).queryParam("ids", draft).when().get(ROADMAPS + "/compare")
                .then().statusCode(200).body("roadmaps", hasSize(1));
    }

    private static String draft() {
        return RoadmapGenerationTest.generate(RoadmapGenerationTest.request(List.of(DownstreamStubs.AGREEMENT),
                List.of("MOP-KRG"))).path("id");
    }

    private static String total() {
        return given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS).then().statusCode(200)
                .extract().header("X-Total-Count");
    }
}
