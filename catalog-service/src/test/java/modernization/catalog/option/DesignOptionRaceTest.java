package modernization.catalog.option;

import static io.restassured.RestAssured.given;
import static modernization.catalog.option.OptionRequests.OPTIONS;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import modernization.common.testing.Races;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Concurrent edits and lifecycle changes of one option: one wins, the others learn why, none gets a 5xx. */
@QuarkusTest
class DesignOptionRaceTest {

    private static final int RACERS = 20;

    @Test
    void racingEditsWithTheSameIfMatchGiveOne200AndOtherwise412() {
        String code = OptionRequests.uniqueCode();
        var created = OptionRequests.create(OptionRequests.valid(code));
        String id = created.path("id");
        String etag = created.header("ETag");

        Races.race(RACERS, racer -> {
                    Map<String, Object> body = OptionRequests.valid(code);
                    body.put("description", Map.of("en", "Edit number " + racer));
                    return OptionRequests.update(TestTokens.advisor(), id, etag, body);
                })
                .noServerError()
                .oneWinsTheRestGet(200, 412);
    }

    @Test
    void racingEditsOfAPublishedVersionStartOneDraftAndOtherwise412() {
        String code = OptionRequests.uniqueCode();
        String id = OptionRequests.createPublished(OptionRequests.valid(code));
        String etag = given().auth().oauth2(TestTokens.advisor()).when().get(OPTIONS + "/" + id).then().extract().header("ETag");

        Races.race(RACERS, racer -> OptionRequests.update(TestTokens.advisor(), id, etag, OptionRequests.valid(code)))
                .noServerError()
                .oneWinsTheRestGet(200, 412);
    }

    @Test
    void racingPublicationsGiveOne200AndOtherwise409() {
        String id = OptionRequests.create(OptionRequests.valid(OptionRequests.uniqueCode())).path("id");

        Races.race(RACERS, racer -> given().auth().oauth2(TestTokens.advisor()).when().post(OPTIONS + "/" + id + "/publish"))
                .noServerError()
                .oneWinsTheRestGet(200, 409);
    }

    @Test
    void racingRetirementsGiveOne200AndOtherwise409() {
        String id = OptionRequests.createPublished(OptionRequests.valid(OptionRequests.uniqueCode()));

        Races.race(RACERS, racer -> given().auth().oauth2(TestTokens.advisor()).when().post(OPTIONS + "/" + id + "/retire"))
                .noServerError()
                .oneWinsTheRestGet(200, 409);
    }
}
