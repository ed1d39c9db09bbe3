package modernization.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Roadmaps end to end: generated from the real catalog and a validated assessment, with real tokens. */
class RoadmapIT {

    private static final String ROADMAPS = PlatformIT.GATEWAY + "/api/v1/roadmaps";

    @Test
    void advisersGenerateFromTheRealCatalogAndMinistriesTrackTheirOwnActivities() {
        // a validated assessment for MOP-KRG, so it can be in the roadmap
        String assessment = given().auth().oauth2(Accounts.MOP_KRG.token()).contentType(ContentType.JSON)
                .body(AssessmentIT.request("MOP-KRG", AssessmentIT.completeAnswers(4)))
                .when().post(PlatformIT.GATEWAY + "/api/v1/assessments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Accounts.MOP_KRG.token())
                .when().post(PlatformIT.GATEWAY + "/api/v1/assessments/" + assessment + "/submit").then().statusCode(200);
        given().auth().oauth2(Accounts.ADVISOR.token()).contentType(ContentType.JSON).body(Map.of("decision", "VALIDATE"))
                .when().post(PlatformIT.GATEWAY + "/api/v1/assessments/" + assessment + "/review").then().statusCode(200);
        // and the KRG's own: its laws, central bodies and budget
        AssessmentIT.validatedGovernmentAssessment("KRG");
        List<String> options = given().auth().oauth2(Accounts.ADVISOR.token())
                .when().get(PlatformIT.GATEWAY + "/api/v1/design-options?dimension=ENTRY_SELECTION&status=PUBLISHED&size=2")
                .then().statusCode(200).extract().path("id");

        var created = given().auth().oauth2(Accounts.ADVISOR.token()).contentType(ContentType.JSON)
                .body(Map.of("title", "End-to-end roadmap", "government", "KRG", "startDate", "2027-01-01",
                        "selectedOptionIds", options, "ministryCodes", List.of("MOP-KRG")))
                .when().post(ROADMAPS)
                .then().statusCode(201)
                .body("sources.assessments.ministryCode", hasItem("MOP-KRG"))
                .body("sources.options.id", equalTo(options))
                .body("sources.governmentAssessment.government", equalTo("KRG"))
                .body("phases[0].activities.kind", hasItem("CAPACITY"))
                .body("phases.activities.flatten().findAll { it.kind != 'MILESTONE' }.pillar", everyItem(notNullValue()))
                .extract();
        String id = created.path("id");

        for (Accounts reader : List.of(Accounts.MOP_KRG, Accounts.PARTNER_PORTAL)) {
            given().auth().oauth2(reader.token()).when().get(ROADMAPS + "/" + id).then().statusCode(404);
            given().auth().oauth2(reader.token()).when().post(ROADMAPS + "/" + id + "/publish").then().statusCode(403);
        }
        given().auth().oauth2(Accounts.UNDP_STAFF.token()).when().post(ROADMAPS + "/" + id + "/publish")
                .then().statusCode(200);
        var published = given().auth().oauth2(Accounts.PARTNER_PORTAL.token()).when().get(ROADMAPS + "/" + id)
                .then().statusCode(200).extract();
        String rollout = published.path("phases.activities.flatten().find { it.kind == 'ROLLOUT' && it.owner == 'MOP-KRG' }.id");
        String etag = published.header("ETag");
        given().auth().oauth2(Accounts.MOP_FED.token()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("percentComplete", 10)).when().patch(ROADMAPS + "/" + id + "/activities/" + rollout)
                .then().statusCode(403);
        given().auth().oauth2(Accounts.MOP_KRG.token()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "percentComplete", 10))
                .when().patch(ROADMAPS + "/" + id + "/activities/" + rollout).then().statusCode(200);
        given().auth().oauth2(Accounts.PARTNER_PORTAL.token()).queryParam("lang", "ar")
                .when().get(ROADMAPS + "/" + id + "/gantt.svg")
                .then().statusCode(200).contentType(startsWith("image/svg+xml"));
        given().auth().oauth2(Accounts.MOP_KRG.token()).when().get(ROADMAPS + "/" + id + "/schedule")
                .then().statusCode(200).body("criticalPath[-1]", equalTo("MS.INSTITUTIONALIZE"));

        // what-if: the same body previewed stores nothing and gives the same plan; then both side by side
        Map<String, Object> body = Map.of("title", "What if", "government", "KRG", "startDate", "2027-01-01",
                "selectedOptionIds", options, "ministryCodes", List.of("MOP-KRG"));
        List<String> previewed = given().auth().oauth2(Accounts.ADVISOR.token()).contentType(ContentType.JSON).body(body)
                .when().post(ROADMAPS + "/preview")
                .then().statusCode(200).body("id", nullValue()).extract().path("phases.activities.flatten().code");
        assertEquals(created.path("phases.activities.flatten().code"), previewed);
        given().auth().oauth2(Accounts.PARTNER_PORTAL.token()).queryParam("ids", id)
                .when().get(ROADMAPS + "/compare")
                .then().statusCode(200)
                .body("roadmaps[0].id", equalTo(id))
                .body("roadmaps[0].ministriesPerWave.PILOT", equalTo(List.of("MOP-KRG")));
    }

    @Test
    void theLegislativePackageNamesTheKrgLawItsOptionsAmendAsTheCatalogTitlesIt() {
        AssessmentIT.validatedGovernmentAssessment("KRG");
        String board = given().auth().oauth2(Accounts.ADVISOR.token())
                .when().get(PlatformIT.GATEWAY + "/api/v1/design-options?dimension=ENTRY_SELECTION&status=PUBLISHED&size=100")
                .then().statusCode(200).extract().path("find { it.code == 'ENTRY_INDEPENDENT_BOARD' }.id");
        var option = given().auth().oauth2(Accounts.ADVISOR.token())
                .when().get(PlatformIT.GATEWAY + "/api/v1/design-options/" + board).then().statusCode(200).extract();
        String amended = option.path("legalBasis.find { it.government == 'KRG' && it.action == 'AMENDMENT' }.instrumentTitle");
        org.junit.jupiter.api.Assertions.assertNotNull(amended, "the board's KRG legal basis names an amended law");

        given().auth().oauth2(Accounts.ADVISOR.token()).contentType(ContentType.JSON)
                .body(Map.of("title", "What the board takes in KRG law", "government", "KRG", "startDate", "2027-01-01",
                        "selectedOptionIds", List.of(board), "ministryCodes", List.of()))
                .when().post(ROADMAPS + "/preview")
                .then().statusCode(200)
                .body("phases.activities.flatten().find { it.code == 'LEGISLATIVE_PACKAGE' }.name",
                        org.hamcrest.Matchers.containsString("(amends " + amended));
    }
}
