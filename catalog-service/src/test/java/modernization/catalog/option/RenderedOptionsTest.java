package modernization.catalog.option;

import static io.restassured.RestAssured.given;
import static modernization.catalog.option.OptionRequests.OPTIONS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Options are sent from renderings kept by revision (RenderedOptions): no reader may ever get a stale one. */
@QuarkusTest
class RenderedOptionsTest {

    @Test
    void shouldServeEveryEditOfADraftAtOnce() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        var created = OptionRequests.create(body);
        String id = created.path("id");
        String etag = created.header("ETag");
        for (String summary : new String[] {"First edit", "Second edit"}) {
            given().auth().oauth2(TestTokens.advisor()).when().get(OPTIONS + "/" + id).then().statusCode(200);
            body.put("summary", Map.of("en", summary));
            etag = OptionRequests.update(TestTokens.advisor(), id, etag, body)
                    .then().statusCode(200).extract().header("ETag");

            given().auth().oauth2(TestTokens.undpStaff()).when().get(OPTIONS + "/" + id)
                    .then().statusCode(200)
                    .header("ETag", equalTo(etag))
                    .body("summary", equalTo(summary));
        }
    }

    @Test
    void shouldShowAnOlderVersionWithTheOptionsNewLatestVersion() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        String id = OptionRequests.createPublished(body);
        String published = given().auth().oauth2(TestTokens.advisor()).when().get(OPTIONS + "/" + id + "?version=1")
                .then().statusCode(200).body("latestVersion", equalTo(1)).extract().header("ETag");

        body.put("summary", Map.of("en", "Second edition"));
        OptionRequests.update(TestTokens.advisor(), id, published, body).then().statusCode(200).body("version", equalTo(2));

        // version 1 itself did not change, its option did: the editor's view says so
        given().auth().oauth2(TestTokens.advisor()).when().get(OPTIONS + "/" + id + "?version=1")
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("latestVersion", equalTo(2))
                .body("publishedVersion", equalTo(1));
    }

    @Test
    void shouldNotAnswerNotModifiedForAnOlderVersionWhoseOptionMovedOn() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        String id = OptionRequests.createPublished(body);
        String read = given().auth().oauth2(TestTokens.advisor()).when().get(OPTIONS + "/" + id + "?version=1")
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.advisor()).header("If-None-Match", read)
                .when().get(OPTIONS + "/" + id + "?version=1").then().statusCode(304);

        body.put("summary", Map.of("en", "Second edition"));
        OptionRequests.update(TestTokens.advisor(), id, read, body).then().statusCode(200).body("version", equalTo(2));

        given().auth().oauth2(TestTokens.advisor()).header("If-None-Match", read)
                .when().get(OPTIONS + "/" + id + "?version=1")
                .then().statusCode(200)
                .header("ETag", not(equalTo(read)))
                .body("latestVersion", equalTo(2));
    }

    @Test
    void shouldTagTheEditorsAndTheReadersViewsOfOneVersionApart() {
        String id = OptionRequests.createPublished(OptionRequests.valid(OptionRequests.uniqueCode()));
        String editors = given().auth().oauth2(TestTokens.advisor()).when().get(OPTIONS + "/" + id)
                .then().statusCode(200).body("latestVersion", equalTo(1)).extract().header("ETag");

        given().auth().oauth2(TestTokens.partnerApp()).header("If-None-Match", editors)
                .when().get(OPTIONS + "/" + id)
                .then().statusCode(200)
                .header("ETag", not(equalTo(editors)))
                .body("latestVersion", nullValue());
    }

    @Test
    void shouldRenderEachLanguageAndRoleOnItsOwn() {
        String id = OptionRequests.createPublished(OptionRequests.valid(OptionRequests.uniqueCode()));

        given().auth().oauth2(TestTokens.partnerApp()).header("Accept-Language", "ar").when().get(OPTIONS + "/" + id)
                .then().statusCode(200)
                .header("Content-Language", "ar")
                .body("lang", equalTo("ar"))
                .body("title", equalTo("اختيار عبر لجنة بحضور مراقبين من المواطنين"));
        given().auth().oauth2(TestTokens.partnerApp()).header("Accept-Language", "en").when().get(OPTIONS + "/" + id)
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("lang", equalTo("en"))
                .body("title", startsWith("Panel selection with citizen observers"))
                .body("latestVersion", nullValue());
        given().auth().oauth2(TestTokens.advisor()).header("Accept-Language", "en").when().get(OPTIONS + "/" + id)
                .then().statusCode(200)
                .body("latestVersion", equalTo(1));
    }
}
