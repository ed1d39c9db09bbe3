package modernization.roadmap.roadmap;

import static io.restassured.RestAssured.given;
import static modernization.roadmap.roadmap.RoadmapGenerationTest.ROADMAPS;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import modernization.common.testing.Races;
import modernization.common.testing.TestTokens;
import modernization.roadmap.DownstreamStubs;
import org.junit.jupiter.api.Test;

/** Concurrent writes from the same version: one wins, the others learn why they lost, none gets a 5xx. */
@QuarkusTest
class RoadmapRaceTest {

    private static final int RACERS = 20;

    @Test
    void racingProgressReportsWithTheSameIfMatchGiveOne200AndOtherwise412() {
        String id = generated();
        var roadmap = given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + id).then().extract();
        String etag = roadmap.header("ETag");
        String activity = roadmap.path("phases.activities.flatten().find { it.code == 'LEGISLATIVE_PACKAGE' }.id");

        Races.race(RACERS, racer -> given().auth().oauth2(TestTokens.advisor()).header("If-Match", etag)
                        .contentType(ContentType.JSON).body(Map.of("percentComplete", racer))
                        .when().patch(ROADMAPS + "/" + id + "/activities/" + activity))
                .noServerError()
                .oneWinsTheRestGet(200, 412);
    }

    @Test
    void racingProgressReportsOnDifferentActivitiesWithTheSameIfMatchGiveOne200AndOtherwise412() {
        String id = generated();
        var roadmap = given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + id).then().extract();
        String etag = roadmap.header("ETag");
        List<String> activities = roadmap.path("phases.activities.flatten().id");

        Races.race(RACERS, racer -> given().auth().oauth2(TestTokens.advisor()).header("If-Match", etag)
                        .contentType(ContentType.JSON).body(Map.of("percentComplete", 50))
                        .when().patch(ROADMAPS + "/" + id + "/activities/" + activities.get(racer % activities.size())))
                .noServerError()
                .oneWinsTheRestGet(200, 412);
    }

    @Test
    void racingPublicationsGiveOne200AndOtherwise409() {
        String id = generated();
        Races.race(RACERS, racer -> given().auth().oauth2(TestTokens.advisor()).when().post(ROADMAPS + "/" + id + "/publish"))
                .noServerError()
                .oneWinsTheRestGet(200, 409);
        archive(id);
    }

    @Test
    void racingPublicationsWithTheSameIfMatchGiveOne200AndOtherwise412Or409() {
        String id = generated();
        String etag = given().auth().oauth2(TestTokens.advisor()).when().get(ROADMAPS + "/" + id).then().extract().header("ETag");
        Races.race(RACERS, racer -> given().auth().oauth2(TestTokens.advisor()).header("If-Match", etag)
                        .when().post(ROADMAPS + "/" + id + "/publish"))
                .noServerError()
                .oneWinsTheRestGet(200, 412, 409);
        archive(id);
    }

    /** Out of the way of tests that count what partners see. */
    private static void archive(String id) {
        given().auth().oauth2(TestTokens.advisor()).when().post(ROADMAPS + "/" + id + "/archive").then().statusCode(200);
    }

    @Test
    void racingArchivesGiveOne200AndOtherwise409() {
        String id = generated();
        given().auth().oauth2(TestTokens.advisor()).when().post(ROADMAPS + "/" + id + "/publish").then().statusCode(200);
        Races.race(RACERS, racer -> given().auth().oauth2(TestTokens.advisor()).when().post(ROADMAPS + "/" + id + "/archive"))
                .noServerError()
                .oneWinsTheRestGet(200, 409);
    }

    private static String generated() {
        return RoadmapGenerationTest.generate(RoadmapGenerationTest.request(List.of(DownstreamStubs.BOARD),
                List.of("MOP-KRG", "MOH-KRG"))).path("id");
    }
}
