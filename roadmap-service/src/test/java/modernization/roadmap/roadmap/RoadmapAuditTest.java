package modernization.roadmap.roadmap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import modernization.common.testing.TestTokens;
import modernization.roadmap.DownstreamStubs;
import org.junit.jupiter.api.Test;

/** Every change to a roadmap is in its audit trail, with who made it; the trail is for UNDP staff. */
@QuarkusTest
class RoadmapAuditTest {

    private static final String ROADMAPS = "/api/v1/roadmaps";
    private static final String AUDIT = "/api/v1/roadmaps/audit";

    @Test
    void generationPublicationProgressAndArchivingAreAuditedWithTheirActors() {
        String id = RoadmapGenerationTest.generate(RoadmapGenerationTest.request(List.of(DownstreamStubs.BOARD),
                List.of("MOP-KRG"))).path("id");
        var published = given().auth().oauth2(TestTokens.advisor()).when().post(ROADMAPS + "/" + id + "/publish")
                .then().statusCode(200).extract();
        String rollout = published.path("phases.activities.flatten().find { it.code == 'ROLLOUT.MOP-KRG.ENTRY_BOARD' }.id");
        String etag = given().auth().oauth2(TestTokens.ministryUser("MOP-KRG")).header("If-Match", published.header("ETag"))
                .contentType(ContentType.JSON).body(Map.of("status", "IN_PROGRESS", "percentComplete", 30))
                .when().patch(ROADMAPS + "/" + id + "/activities/" + rollout).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.undpStaff()).header("If-Match", etag)
                .when().post(ROADMAPS + "/" + id + "/archive").then().statusCode(200);

        given().auth().oauth2(TestTokens.undpStaff()).queryParam("roadmapId", id)
                .when().get(AUDIT)
                .then().statusCode(200)
                .header("X-Total-Count", "4")
                .body("action", containsInAnyOrder("ROADMAP_GENERATED", "ROADMAP_PUBLISHED", "ACTIVITY_PROGRESS_REPORTED",
                        "ROADMAP_ARCHIVED"))
                .body("entityId", everyItem(equalTo(id)))
                .body("find { it.action == 'ACTIVITY_PROGRESS_REPORTED' }.details.activity", equalTo("ROLLOUT.MOP-KRG.ENTRY_BOARD"))
                .body("find { it.action == 'ACTIVITY_PROGRESS_REPORTED' }.details.percentComplete", equalTo(30))
                .body("find { it.action == 'ACTIVITY_PROGRESS_REPORTED' }.actor", equalTo("mop-krg-demo"))
                .body("find { it.action == 'ROADMAP_PUBLISHED' }.actor", equalTo("advisor-demo"))
                .body("find { it.action == 'ROADMAP_ARCHIVED' }.actor", equalTo("undp-staff-demo"));
    }

    @Test
    void onlyUndpStaffReadTheTrail() {
        for (String token : List.of(TestTokens.advisor(), TestTokens.ministryUser("MOP-KRG"), TestTokens.partnerApp())) {
            given().auth().oauth2(token).when().get(AUDIT).then().statusCode(403);
        }
        given().when().get(AUDIT).then().statusCode(401);
        given().auth().oauth2(TestTokens.undpStaff()).when().get(AUDIT).then().statusCode(200);
    }
}
