package modernization.assessment.framework;

import static io.restassured.RestAssured.given;
import static modernization.assessment.framework.FrameworkResourceTest.area;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import modernization.common.testing.Races;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Concurrent changes to one framework: no 5xx, one winner where only one can win. */
@QuarkusTest
class FrameworkRaceTest {

    private static final String FRAMEWORKS = "/api/v1/frameworks";
    private static final int RACERS = 20;

    @Test
    void racingReplacementsOfAVersionWithTheSameIfMatchGiveOne200AndOtherwise412() {
        String code = framework();
        String etag = given().auth().oauth2(TestTokens.advisor()).when().get(FRAMEWORKS + "/" + code + "/versions/1")
                .then().statusCode(200).extract().header("ETag");

        Races.race(RACERS, racer -> given().auth().oauth2(TestTokens.advisor()).header("If-Match", etag).contentType(ContentType.JSON)
                        .body(Map.of("areas", List.of(area("LEGAL", "LEGAL.R" + racer))))
                        .when().put(FRAMEWORKS + "/" + code + "/versions/1"))
                .noServerError()
                .oneWinsTheRestGet(200, 412);
    }

    @Test
    void racingNewVersionsEachGetANumberOfTheirOwn() {
        String code = framework();

        Races.Outcome outcome = Races.race(RACERS, racer -> given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                        .body(Map.of("areas", List.of(area("MERIT", "MERIT.R" + racer))))
                        .when().post(FRAMEWORKS + "/" + code + "/versions"))
                .noServerError();
        assertEquals(RACERS, outcome.count(201), outcome.statuses().toString());
        assertEquals(RACERS, outcome.responses().stream().map(r -> r.path("version")).distinct().count());
    }

    private static String framework() {
        String code = "RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", Map.of("en", "Race framework"), "description", Map.of("en", "d"),
                        "areas", List.of(area("LEGAL", "LEGAL.ONE"))))
                .when().post(FRAMEWORKS).then().statusCode(201);
        return code;
    }
}
