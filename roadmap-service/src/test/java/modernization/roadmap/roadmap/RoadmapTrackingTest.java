package modernization.roadmap.roadmap;

import static io.restassured.RestAssured.given;
import static modernization.roadmap.roadmap.RoadmapGenerationTest.ROADMAPS;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import modernization.common.testing.TestTokens;
import modernization.roadmap.DownstreamStubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Publication, progress reported by owners with If-Match, and progress against a fixed day. */
@QuarkusTest
class RoadmapTrackingTest {

    private static final String KRG = TestTokens.ministryUser("MOP-KRG");

    @BeforeEach
    void onTheFirstOfDecember2027() {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2027-12-01T09:00:00Z"), ZoneOffset.UTC), Clock.class);
    }

    @Test
    void draftsAreForAdvisersAndUndpStaffUntilPublished() {
        String id = roadmap();
        for (String token : List.of(KRG, TestTokens.partnerApp())) {
            given().auth().oauth2(token).when().get(ROADMAPS + "/" + id).then().statusCode(404);
            given().auth().oauth2(token).when().get(ROADMAPS + "/" + id + "/schedule").then().statusCode(404);
        }
        for (String token : List.of(KRG, TestTokens.partnerApp())) {
            given().auth().oauth2(token).when().post(ROADMAPS + "/" + id + "/publish").then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.undpStaff()).when().post(ROADMAPS + "/" + id + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        for (String token : List.of(KRG, TestTokens.partnerApp())) {
            given().auth().oauth2(token).when().get(ROADMAPS + "/" + id).then().statusCode(200);
            given().auth().oauth2(token).when().get(ROADMAPS + "?size=100").then().body("id", hasItem(id));
        }
        given().auth().oauth2(TestTokens.advisor()).when().post(ROADMAPS + "/" + id + "/publish").then().statusCode(409);
        given().auth().oauth2(TestTokens.advisor()).when().post(ROADMAPS + "/" + id + "/archive")
                .then().statusCode(200).body("status", equalTo("ARCHIVED"));
        given().auth().oauth2(TestTokens.partnerApp()).when().get(ROADMAPS + "/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.partnerApp()).when().get(ROADMAPS + "?size=100").then().body("id", not(hasItem(id)));
    }

    @Test
    void aMinistryReportsProgressOnItsOwnActivitiesOnly() {
        String id = published();
        var roadmap = given().auth().oauth2(KRG).when().get(ROADMAPS + "/" + id).then().statusCode(200).extract();
        String own = activityId(roadmap, "ROLLOUT.MOP-KRG.ENTRY_BOARD");
        String other = activityId(roadmap, "ROLLOUT.MOH-KRG.ENTRY_BOARD");
        String central = activityId(roadmap, "LEGISLATIVE_PACKAGE");
        String etag = roadmap.header("ETag");

        String next = patch(KRG, id, own, etag, Map.of("status", "IN_PROGRESS", "percentComplete", 40,
                "actualStart", "2028-01-10", "note", "تم تشكيل اللجنة"))
                .then().statusCode(200)
                .body("phases[1].activities.find { it.code == 'ROLLOUT.MOP-KRG.ENTRY_BOARD' }.percentComplete", equalTo(40))
                .body("phases[1].activities.find { it.code == 'ROLLOUT.MOP-KRG.ENTRY_BOARD' }.note", equalTo("تم تشكيل اللجنة"))
                .extract().header("ETag");
        patch(KRG, id, other, next, Map.of("percentComplete", 10)).then().statusCode(403);
        // refused for who it is before the precondition is looked at: a stale ETag changes nothing
        patch(KRG, id, other, etag, Map.of("percentComplete", 10)).then().statusCode(403);
        patch(KRG, id, central, next, Map.of("percentComplete", 10)).then().statusCode(403);
        patch(TestTokens.partnerApp(), id, own, next, Map.of("percentComplete", 10)).then().statusCode(403);
        patch(TestTokens.advisor(), id, central, next, Map.of("status", "DONE")).then().statusCode(200)
                .body("phases[0].activities.find { it.code == 'LEGISLATIVE_PACKAGE' }.percentComplete", equalTo(100));
    }

    @Test
    void progressNeedsAFreshIfMatch() {
        String id = published();
        var roadmap = given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + id).then().extract();
        String activity = activityId(roadmap, "LEGISLATIVE_PACKAGE");
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(Map.of("percentComplete", 5))
                .when().patch(ROADMAPS + "/" + id + "/activities/" + activity).then().statusCode(428);
        patch(TestTokens.advisor(), id, activity, roadmap.header("ETag"), Map.of("percentComplete", 5)).then().statusCode(200);
        patch(TestTokens.advisor(), id, activity, roadmap.header("ETag"), Map.of("percentComplete", 6)).then().statusCode(412);
    }

    @Test
    void badProgressIsRefusedNamingTheField() {
        String id = published();
        var roadmap = given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + id).then().extract();
        String activity = activityId(roadmap, "LEGISLATIVE_PACKAGE");
        String etag = roadmap.header("ETag");
        patch(TestTokens.advisor(), id, activity, etag, Map.of("percentComplete", 101)).then().statusCode(400)
                .body("errors[0].field", equalTo("percentComplete"));
        patch(TestTokens.advisor(), id, activity, etag, Map.of("percentComplete", -1)).then().statusCode(400)
                .body("errors[0].field", equalTo("percentComplete"));
        patch(TestTokens.advisor(), id, activity, etag, Map.of("actualStart", "2027-05-01", "actualEnd", "2027-04-01"))
                .then().statusCode(422).body("errors[0].field", equalTo("actualEnd"));
        patch(TestTokens.advisor(), id, activity, etag, Map.of("status", "FINISHED")).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void progressComparesPlannedAndReportedAndListsSlippedActivities() {
        String id = published();
        // on 2027-12-01 (day 334) the government's gap on the merit law (days 0 to 60) should be closed: it has
        // slipped 274 days; the legislative package (days 60 to 420) is 76.1 % through and has not slipped;
        // with the board's constitution (420 to 510) not begun, the foundation is (60 + 360 × 0.761) / 510 planned
        String gap = "CAP.GOVERNMENT.LEGAL.MERIT_RECRUITMENT_LAW";
        given().auth().oauth2(TestTokens.partnerApp()).when().get(ROADMAPS + "/" + id + "/progress")
                .then().statusCode(200)
                .body("asOf", equalTo("2027-12-01"))
                .body("phases[0].plannedPercent", equalTo(65.5f))
                .body("phases[0].reportedPercent", equalTo(0.0f))
                .body("slipped.find { it.code == '" + gap + "' }.daysOfSlip", equalTo(274))
                .body("slipped.code", not(hasItem("LEGISLATIVE_PACKAGE")));
        var roadmap = given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + id).then().extract();
        patch(TestTokens.advisor(), id, activityId(roadmap, gap), roadmap.header("ETag"),
                Map.of("status", "DONE", "actualEnd", "2027-03-15")).then().statusCode(200);
        given().auth().oauth2(TestTokens.partnerApp()).when().get(ROADMAPS + "/" + id + "/progress")
                .then().statusCode(200)
                .body("slipped.code", not(hasItem(gap)))
                .body("phases[0].reportedPercent", equalTo(11.8f));
    }

    @Test
    void aMergePatchNullRemovesANoteAndDatesAndLeavesOutFieldsAlone() {
        String id = published();
        var roadmap = given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + id).then().extract();
        String activity = activityId(roadmap, "LEGISLATIVE_PACKAGE");
        String etag = patch(TestTokens.advisor(), id, activity, roadmap.header("ETag"), Map.of("status", "IN_PROGRESS",
                "percentComplete", 30, "actualStart", "2027-02-01", "note", "Draft law sent to the Council"))
                .then().statusCode(200).extract().header("ETag");
        Map<String, Object> removal = new HashMap<>();
        removal.put("note", null);
        removal.put("actualStart", null);

        String path = "phases[0].activities.find { it.code == 'LEGISLATIVE_PACKAGE' }";
        given().auth().oauth2(TestTokens.advisor()).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(removal)
                .when().patch(ROADMAPS + "/" + id + "/activities/" + activity)
                .then().statusCode(200)
                .body(path + ".note", nullValue())
                .body(path + ".actualStart", nullValue())
                .body(path + ".status", equalTo("IN_PROGRESS"))
                .body(path + ".percentComplete", equalTo(30));
    }

    @Test
    void aMergePatchCannotRemoveTheStatusOrThePercentAndNamesThem() {
        String id = published();
        var roadmap = given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + id).then().extract();
        String activity = activityId(roadmap, "LEGISLATIVE_PACKAGE");
        Map<String, Object> removal = new HashMap<>();
        removal.put("status", null);
        removal.put("percentComplete", null);

        given().auth().oauth2(TestTokens.advisor()).header("If-Match", roadmap.header("ETag"))
                .contentType("application/merge-patch+json").body(removal)
                .when().patch(ROADMAPS + "/" + id + "/activities/" + activity)
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("status", "percentComplete"));
    }

    @Test
    void anArchivedRoadmapNoLongerTakesProgress() {
        String id = published();
        given().auth().oauth2(TestTokens.advisor()).when().post(ROADMAPS + "/" + id + "/archive").then().statusCode(200);
        var roadmap = given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + id).then().extract();
        patch(TestTokens.advisor(), id, activityId(roadmap, "LEGISLATIVE_PACKAGE"), roadmap.header("ETag"),
                Map.of("percentComplete", 50)).then().statusCode(409);
    }

    private static io.restassured.response.Response patch(String token, String roadmap, String activity, String etag,
                                                          Map<String, Object> body) {
        return given().auth().oauth2(token).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .when().patch(ROADMAPS + "/" + roadmap + "/activities/" + activity);
    }

    private static String activityId(io.restassured.response.ExtractableResponse<io.restassured.response.Response> roadmap,
                                     String code) {
        return roadmap.path("phases.activities.flatten().find { it.code == '" + code + "' }.id");
    }

    private static String roadmap() {
        return RoadmapGenerationTest.generate(RoadmapGenerationTest.request(List.of(DownstreamStubs.BOARD),
                List.of("MOP-KRG", "MOH-KRG"))).path("id");
    }

    private static String published() {
        String id = roadmap();
        given().auth().oauth2(TestTokens.advisor()).when().post(ROADMAPS + "/" + id + "/publish").then().statusCode(200);
        return id;
    }
}
