package modernization.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A government's own assessment through the gateway with real Keycloak tokens, row by row: UNDP
 * staff and the government's coordinating ministry (MOP-KRG for the KRG) start and read it,
 * advisers read and review it, the other government's ministry does not learn it exists, partner
 * apps see only the aggregated summary.
 */
class GovernmentAssessmentIT {

    private static final String ASSESSMENTS = PlatformIT.GATEWAY + "/api/v1/assessments";

    @Test
    void theKrgsOwnAssessmentIsTheCoordinatingMinistrysAndUndpStaffsAndNobodyElseSeesItButAdvisers() {
        String id = AssessmentIT.validatedGovernmentAssessment("KRG");

        given().auth().oauth2(Accounts.MOP_KRG.token()).when().get(ASSESSMENTS + "/" + id)
                .then().statusCode(200).body("government", equalTo("KRG")).body("subject", equalTo("GOVERNMENT"));
        given().auth().oauth2(Accounts.UNDP_STAFF.token()).when().get(ASSESSMENTS + "/" + id).then().statusCode(200);
        given().auth().oauth2(Accounts.ADVISOR.token()).when().get(ASSESSMENTS + "/" + id + "/score")
                .then().statusCode(200).body("subject", equalTo("GOVERNMENT"));
        given().auth().oauth2(Accounts.MOP_FED.token()).when().get(ASSESSMENTS + "/" + id).then().statusCode(404);
        given().auth().oauth2(Accounts.MOP_FED.token()).when().get(ASSESSMENTS + "?subject=GOVERNMENT&size=100")
                .then().statusCode(200).body("id", not(hasItem(id))).body("government", everyItem(equalTo("FEDERAL_IRAQ")));
        given().auth().oauth2(Accounts.MOP_KRG.token()).when().get(ASSESSMENTS + "?subject=GOVERNMENT&size=100")
                .then().statusCode(200).body("government", everyItem(equalTo("KRG")));
        given().auth().oauth2(Accounts.PARTNER_PORTAL.token()).when().get(ASSESSMENTS + "/" + id).then().statusCode(403);
        given().when().get(ASSESSMENTS + "/" + id).then().statusCode(401);

        // starting one is for UNDP staff and the government's own coordinating ministry
        for (Accounts refused : List.of(Accounts.MOP_FED, Accounts.ADVISOR, Accounts.PARTNER_PORTAL)) {
            given().auth().oauth2(refused.token()).contentType(ContentType.JSON).body(governmentRequest("KRG"))
                    .when().post(ASSESSMENTS).then().statusCode(403);
        }
        given().auth().oauth2(Accounts.MOP_KRG.token()).contentType(ContentType.JSON).body(governmentRequest("FEDERAL_IRAQ"))
                .when().post(ASSESSMENTS).then().statusCode(403);

        given().auth().oauth2(Accounts.PARTNER_PORTAL.token())
                .when().get(PlatformIT.GATEWAY + "/api/v1/readiness/summary?government=KRG")
                .then().statusCode(200)
                .body("governmentCode", equalTo("KRG"))
                .body("government.level", notNullValue())
                .body("government.areas", not(org.hamcrest.Matchers.empty()));
    }

    private static Map<String, Object> governmentRequest(String government) {
        Map<String, Object> body = new HashMap<>();
        body.put("government", government);
        body.put("frameworkCode", "SES-READINESS");
        body.put("frameworkVersion", 2);
        body.put("period", "2026");
        return body;
    }
}
