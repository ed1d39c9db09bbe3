package modernization.assessment.assessment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import modernization.common.persistence.outbox.EventAudience;
import modernization.common.persistence.outbox.OutboxEvent;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each status change writes its event to the outbox in its own transaction, for webhook-service. */
@QuarkusTest
class AssessmentEventsTest {

    /** A ministry of this test's own, so that no other test's counts see its assessments. */
    private static String newMinistry() {
        String code = "EVT" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-KRG";
        given().auth().oauth2(TestTokens.undpStaff()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "government", "KRG", "name", Map.of("en", "Events test ministry " + code)))
                .when().post("/api/v1/ministries").then().statusCode(201);
        return code;
    }

    private static List<OutboxEvent> eventsOf(String resource) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("resource = ?1 order by occurredAt", resource));
    }

    @Test
    void submittingAndValidatingWriteTheirEventsForTheMinistrysReaders() {
        String ministry = newMinistry();
        String id = Assessments.validated(ministry, 3);

        List<OutboxEvent> events = eventsOf("/api/v1/assessments/" + id);
        assertEquals(List.of("assessment.submitted", "assessment.validated"), events.stream().map(e -> e.type).toList());
        OutboxEvent validated = events.get(1);
        assertEquals(id, validated.data.get("assessmentId"));
        assertEquals(ministry, validated.data.get("ministryCode"));
        assertEquals("KRG", validated.data.get("government"));
        assertEquals("SES-READINESS", validated.data.get("frameworkCode"));
        assertTrue(((Number) validated.data.get("version")).longValue() > ((Number) events.get(0).data.get("version")).longValue(),
                "the version orders the events of one assessment");
        assertEquals(EventAudience.ministries(List.of(ministry)), validated.audience);
        assertNull(validated.relayedAt, "the tests relay nothing");
    }

    @Test
    void returningWritesItsEventWithoutTheComments() {
        String id = Assessments.submitted(newMinistry(), 2);
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON)
                .body(Map.of("decision", "RETURN", "comments", List.of(Map.of("text", "Evidence for the law is missing"))))
                .when().post(Assessments.ASSESSMENTS + "/" + id + "/review").then().statusCode(200);

        OutboxEvent returned = eventsOf("/api/v1/assessments/" + id).getLast();
        assertEquals("assessment.returned", returned.type);
        assertTrue(returned.data.values().stream().noneMatch(v -> String.valueOf(v).contains("Evidence")), returned.data.toString());
    }

    @Test
    void aRefusedChangeWritesNoEvent() {
        String id = Assessments.validated(newMinistry(), 2);
        given().auth().oauth2(TestTokens.advisor()).contentType(ContentType.JSON).body(Map.of("decision", "VALIDATE"))
                .when().post(Assessments.ASSESSMENTS + "/" + id + "/review").then().statusCode(409);
        assertEquals(2, eventsOf("/api/v1/assessments/" + id).size());
    }
}
