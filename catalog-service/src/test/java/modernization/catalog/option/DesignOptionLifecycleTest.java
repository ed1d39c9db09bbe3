package modernization.catalog.option;

import static io.restassured.RestAssured.given;
import static modernization.catalog.option.OptionRequests.OPTIONS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import io.restassured.http.ContentType;
import java.util.Map;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Drafts, If-Match, publication, new versions from published ones, retirement and the history. */
@QuarkusTest
class DesignOptionLifecycleTest {

    @Test
    void shouldCreateADraftAsVersionOneWithLocationAndETag() {
        String code = OptionRequests.uniqueCode();
        var created = given().auth().oauth2(TestTokens.advisor())
                .contentType(ContentType.JSON).body(OptionRequests.valid(code))
                .when().post(OPTIONS)
                .then().statusCode(201)
                .header("Location", containsString(OPTIONS + "/"))
                .header("ETag", equalTo("\"1.0-en-0e\""))
                .body("code", equalTo(code))
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(1))
                .body("updatedBy", equalTo("advisor-demo"))
                .body("implementationSteps[1].dependsOn", contains("ADOPT_RULES"))
                .extract();
        given().auth().oauth2(TestTokens.undpStaff())
                .when().get(created.header("Location"))
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void aStepKeepsTheKindItWasGivenAndOneWithoutTakesItsPhasesDefault() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("implementationSteps", List.of(
                Map.of("code", "ADOPT_LAW", "title", Map.of("en", "Adopt the law"), "durationMonths", 12,
                        "dependsOn", List.of(), "phase", "FOUNDATION", "kind", "LEGISLATION"),
                Map.of("code", "TRAIN_OBSERVERS", "title", Map.of("en", "Train observers"), "durationMonths", 3,
                        "dependsOn", List.of("ADOPT_LAW"), "phase", "PILOT")));
        String id = OptionRequests.create(body).path("id");
        given().auth().oauth2(TestTokens.advisor()).when().get("/api/v1/design-options/" + id)
                .then().statusCode(200)
                .body("implementationSteps.kind", org.hamcrest.Matchers.contains("LEGISLATION", "ROLLOUT"));
    }

    @Test
    void shouldHideDraftsFromMinistryUsersAndPartnerApps() {
        String id = OptionRequests.create(OptionRequests.valid(OptionRequests.uniqueCode())).path("id");
        for (String token : new String[] {TestTokens.ministryUser("MOP-KRG"), TestTokens.partnerApp()}) {
            given().auth().oauth2(token).when().get(OPTIONS + "/" + id)
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(token).when().get(OPTIONS + "/" + id + "/versions")
                    .then().statusCode(404);
        }
    }

    @Test
    void shouldEditADraftInPlaceWithIfMatch() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        var created = OptionRequests.create(body);
        body.put("summary", Map.of("en", "Edited summary"));
        OptionRequests.update(TestTokens.advisor(), created.path("id"), created.header("ETag"), body)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1.1-en-0e\""))
                .body("version", equalTo(1))
                .body("summary", equalTo("Edited summary"));
    }

    @Test
    void shouldReturn428WhenIfMatchIsMissing() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        String id = OptionRequests.create(body).path("id");
        given().auth().oauth2(TestTokens.advisor())
                .contentType(ContentType.JSON).body(body)
                .when().put(OPTIONS + "/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json");
    }

    @Test
    void shouldReturn412WhenIfMatchIsStaleAndKeepTheWinnersEdit() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        var created = OptionRequests.create(body);
        String id = created.path("id");
        String etag = created.header("ETag");
        body.put("summary", Map.of("en", "First writer"));
        OptionRequests.update(TestTokens.advisor(), id, etag, body).then().statusCode(200);
        body.put("summary", Map.of("en", "Second writer, stale"));
        OptionRequests.update(TestTokens.undpStaff(), id, etag, body)
                .then().statusCode(412)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.advisor()).when().get(OPTIONS + "/" + id)
                .then().body("summary", equalTo("First writer"));
    }

    @Test
    void shouldAcceptAnETagReadInAnotherLanguage() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        String id = OptionRequests.create(body).path("id");
        String arabicTag = given().auth().oauth2(TestTokens.advisor()).header("Accept-Language", "ar")
                .when().get(OPTIONS + "/" + id).then().statusCode(200).extract().header("ETag");
        OptionRequests.update(TestTokens.advisor(), id, arabicTag, body).then().statusCode(200);
    }

    @Test
    void shouldPublishThenStartVersionTwoAsDraftWhenThePublishedVersionIsEdited() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        String id = OptionRequests.create(body).path("id");
        var published = given().auth().oauth2(TestTokens.advisor())
                .when().post(OPTIONS + "/" + id + "/publish")
                .then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue())
                .extract();

        body.put("summary", Map.of("en", "Second edition"));
        OptionRequests.update(TestTokens.undpStaff(), id, published.header("ETag"), body)
                .then().statusCode(200)
                .body("version", equalTo(2))
                .body("status", equalTo("DRAFT"))
                .body("publishedVersion", equalTo(1));

        // readers still see version 1, unchanged
        given().auth().oauth2(TestTokens.partnerApp()).when().get(OPTIONS + "/" + id)
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("status", equalTo("PUBLISHED"))
                .body("summary", not(equalTo("Second edition")))
                .body("latestVersion", nullValue());
        // editors see the draft, and can read version 1 explicitly
        given().auth().oauth2(TestTokens.advisor()).when().get(OPTIONS + "/" + id)
                .then().body("version", equalTo(2)).body("latestVersion", equalTo(2));
        given().auth().oauth2(TestTokens.advisor()).when().get(OPTIONS + "/" + id + "?version=1")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));

        OptionRequests.publish(id);
        given().auth().oauth2(TestTokens.ministryUser("MOP-FED")).when().get(OPTIONS + "/" + id)
                .then().body("version", equalTo(2)).body("summary", equalTo("Second edition"));
    }

    @Test
    void shouldListTheHistoryWithWhoAndWhen() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        String id = OptionRequests.create(body).path("id");
        String etag = OptionRequests.publish(id).header("ETag");
        OptionRequests.update(TestTokens.advisor(), id, etag, body).then().statusCode(200);

        given().auth().oauth2(TestTokens.advisor())
                .when().get(OPTIONS + "/" + id + "/versions")
                .then().statusCode(200)
                .header("X-Total-Count", "2")
                .body("version", contains(2, 1))
                .body("status", contains("DRAFT", "PUBLISHED"))
                .body("[1].createdBy", equalTo("advisor-demo"))
                .body("[1].publishedBy", equalTo("undp-staff-demo"))
                .body("[1].publishedAt", notNullValue());
        // other roles see the published history only
        given().auth().oauth2(TestTokens.partnerApp())
                .when().get(OPTIONS + "/" + id + "/versions")
                .then().statusCode(200)
                .body("version", contains(1));
    }

    @Test
    void shouldReturn409WhenThereIsNoDraftToPublish() {
        String id = OptionRequests.createPublished(OptionRequests.valid(OptionRequests.uniqueCode()));
        given().auth().oauth2(TestTokens.advisor())
                .when().post(OPTIONS + "/" + id + "/publish")
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRetireAPublishedOptionAndHideItFromReaders() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        String id = OptionRequests.createPublished(body);
        given().auth().oauth2(TestTokens.advisor())
                .when().post(OPTIONS + "/" + id + "/retire")
                .then().statusCode(200)
                .body("status", equalTo("RETIRED"))
                .body("publishedVersion", nullValue());
        given().auth().oauth2(TestTokens.partnerApp()).when().get(OPTIONS + "/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.advisor()).when().get(OPTIONS + "/" + id)
                .then().statusCode(200).body("status", equalTo("RETIRED"));

        String etag = given().auth().oauth2(TestTokens.advisor()).when().get(OPTIONS + "/" + id).header("ETag");
        OptionRequests.update(TestTokens.advisor(), id, etag, body)
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.advisor())
                .when().post(OPTIONS + "/" + id + "/retire")
                .then().statusCode(409);
    }

    @Test
    void shouldRefuseToRetireADraft() {
        String id = OptionRequests.create(OptionRequests.valid(OptionRequests.uniqueCode())).path("id");
        given().auth().oauth2(TestTokens.advisor())
                .when().post(OPTIONS + "/" + id + "/retire")
                .then().statusCode(409)
                .body("detail", not(emptyString()));
    }

    @Test
    void shouldRefuseToPublishADraftWithoutProsConsOrSteps() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        body.put("pros", java.util.List.of());
        body.put("implementationSteps", java.util.List.of());
        String id = OptionRequests.create(body).path("id");
        given().auth().oauth2(TestTokens.advisor())
                .when().post(OPTIONS + "/" + id + "/publish")
                .then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("pros", "implementationSteps"));
    }

    @Test
    void shouldHonourAStaleIfMatchOnPublish() {
        Map<String, Object> body = OptionRequests.valid(OptionRequests.uniqueCode());
        var created = OptionRequests.create(body);
        String id = created.path("id");
        OptionRequests.update(TestTokens.advisor(), id, created.header("ETag"), body).then().statusCode(200);
        given().auth().oauth2(TestTokens.advisor()).header("If-Match", created.header("ETag"))
                .when().post(OPTIONS + "/" + id + "/publish")
                .then().statusCode(412);
    }

    @Test
    void shouldAnswer304WhenTheETagStillMatches() {
        String id = OptionRequests.createPublished(OptionRequests.valid(OptionRequests.uniqueCode()));
        String etag = given().auth().oauth2(TestTokens.partnerApp()).when().get(OPTIONS + "/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.partnerApp()).header("If-None-Match", etag)
                .when().get(OPTIONS + "/" + id)
                .then().statusCode(304)
                .body(emptyString());
    }

    @Test
    void shouldReturn404ForUnknownOptionAndUnknownVersion() {
        given().auth().oauth2(TestTokens.advisor()).when().get(OPTIONS + "/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        String id = OptionRequests.create(OptionRequests.valid(OptionRequests.uniqueCode())).path("id");
        given().auth().oauth2(TestTokens.advisor()).when().get(OPTIONS + "/" + id + "?version=7")
                .then().statusCode(404);
    }
}
