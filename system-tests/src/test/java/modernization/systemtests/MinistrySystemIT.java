package modernization.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A ministry's own system logs in as a system (the client-credentials grant of its confidential
 * client, no person's password) and does its ministry's work: it starts, answers and submits its
 * own assessment, and another ministry's assessment does not exist for it.
 */
class MinistrySystemIT {

    private static final String ASSESSMENTS = PlatformIT.GATEWAY + "/api/v1/assessments";

    private static String systemToken(String client) {
        return Keycloak.clientCredentialsToken(client, client + "-demo-secret");
    }

    @Test
    void aMinistrySystemsTokenCarriesTheMinistryUserRoleAndItsMinistry() {
        String payload = new String(Base64.getUrlDecoder().decode(systemToken("mop-krg-system").split("\\.")[1]));
        org.hamcrest.MatcherAssert.assertThat(payload, org.hamcrest.Matchers.containsString("\"ministry\":\"MOP-KRG\""));
        org.hamcrest.MatcherAssert.assertThat(payload, org.hamcrest.Matchers.containsString("ministry-user"));
    }

    @Test
    void aMinistrySystemCreatesAnswersAndSubmitsItsOwnAssessmentAndIs404OnAnothers() {
        String system = systemToken("mop-krg-system");
        var created = given().auth().oauth2(system).contentType(ContentType.JSON)
                .body(AssessmentIT.request("MOP-KRG", List.of()))
                .when().post(ASSESSMENTS)
                .then().statusCode(201).body("ministryCode", equalTo("MOP-KRG")).extract();
        String id = created.path("id");
        given().auth().oauth2(system).header("If-Match", created.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("answers", AssessmentIT.completeAnswers(3)))
                .when().put(ASSESSMENTS + "/" + id + "/answers").then().statusCode(200);
        given().auth().oauth2(system).when().post(ASSESSMENTS + "/" + id + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("history[1].by", equalTo("service-account-mop-krg-system"));

        String others = given().auth().oauth2(Accounts.MOP_FED.token()).contentType(ContentType.JSON)
                .body(AssessmentIT.request("MOP-FED", List.of()))
                .when().post(ASSESSMENTS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(system).when().get(ASSESSMENTS + "/" + others).then().statusCode(404);
        // and says so in the language the system's users read, through the gateway
        given().auth().oauth2(system).header("Accept-Language", "ar").when().get(ASSESSMENTS + "/" + others)
                .then().statusCode(404).header("Content-Language", "ar")
                .body("title", equalTo("غير موجود"))
                .body("detail", org.hamcrest.Matchers.containsString(others));
        given().auth().oauth2(system).when().post(ASSESSMENTS + "/" + others + "/submit").then().statusCode(404);
        given().auth().oauth2(system).contentType(ContentType.JSON).body(AssessmentIT.request("MOP-FED", List.of()))
                .when().post(ASSESSMENTS).then().statusCode(403);
        // and the other ministry's system the same way round
        given().auth().oauth2(systemToken("mop-fed-system")).when().get(ASSESSMENTS + "/" + id).then().statusCode(404);
    }
}
