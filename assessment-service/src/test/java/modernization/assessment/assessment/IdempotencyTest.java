package modernization.assessment.assessment;

import static io.restassured.RestAssured.given;
import static modernization.assessment.assessment.Assessments.ASSESSMENTS;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import modernization.common.testing.Races;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A retried or raced creation with the same Idempotency-Key creates one assessment and answers alike. */
@QuarkusTest
class IdempotencyTest {

    @Test
    void theSameKeyAndBodyReplaysTheFirstResponseWithoutASecondRow() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Assessments.request("MOF-KRG", Assessments.uniquePeriod(), List.of());
        var first = post(key, body).then().statusCode(201).header("Idempotent-Replayed", "false").extract();
        var second = post(key, body).then().statusCode(201).header("Idempotent-Replayed", "true").extract();
        assertEquals(first.path("id").toString(), second.path("id").toString());
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(1L, rowsFor(body));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        post(key, Assessments.request("MOF-KRG", Assessments.uniquePeriod(), List.of())).then().statusCode(201);
        post(key, Assessments.request("MOF-KRG", Assessments.uniquePeriod(), List.of()))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void racingRequestsWithTheSameKeyCreateExactlyOneAssessmentAndTheRestReplayOrAreToldToRetry() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Assessments.request("MOI-KRG", Assessments.uniquePeriod(), List.of());
        Races.Outcome outcome = Races.race(8, racer -> post(key, body)).noServerError();

        // the first creates; each other racer either replays it or, while it is still running, is told to come back
        assertEquals(8, outcome.count(201) + outcome.count(409), outcome.statuses().toString());
        Set<String> ids = new HashSet<>();
        for (var response : outcome.responses()) {
            if (response.statusCode() == 201) {
                ids.add(response.path("id"));
            } else {
                assertEquals("2", response.header("Retry-After"));
            }
        }
        assertEquals(1, ids.size());
        assertEquals(1L, rowsFor(body));
    }

    @Test
    void aReplayAnswersWithTheOriginalsStatusBodyAndHeaders() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Assessments.request("MOE-KRG", Assessments.uniquePeriod(), List.of());
        var first = post(key, body).then().statusCode(201).extract();
        post(key, body).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .header("Content-Type", first.header("Content-Type"))
                .body("id", equalTo(first.path("id")));
    }

    @Test
    void keysOfDifferentCallersDoNotCollide() {
        String key = UUID.randomUUID().toString();
        String a = given().auth().oauth2(TestTokens.ministryUser("MOP-KRG")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Assessments.request("MOP-KRG", Assessments.uniquePeriod(), List.of()))
                .when().post(ASSESSMENTS).then().statusCode(201).extract().path("id");
        String b = given().auth().oauth2(TestTokens.ministryUser("MOP-FED")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Assessments.request("MOP-FED", Assessments.uniquePeriod(), List.of()))
                .when().post(ASSESSMENTS).then().statusCode(201).extract().path("id");
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
    }

    @Test
    void aFailedCreationLeavesTheKeyFreeForTheCorrectedRetry() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Assessments.request("NO-SUCH-MINISTRY", Assessments.uniquePeriod(), List.of());
        post(key, body).then().statusCode(422);
        post(key, body).then().statusCode(422);
    }

    @Test
    void anExpiredKeyIsFreeAgainEvenBeforeItIsPurged() {
        String key = UUID.randomUUID().toString();
        post(key, Assessments.request("MOF-KRG", Assessments.uniquePeriod(), List.of())).then().statusCode(201);
        String filler = "idempotency-test-" + UUID.randomUUID();
        try {
            // the key's retention is over (by an hour, whatever the clocks of this JVM and the database say), and more than one purge's worth of older keys stand before it
            QuarkusTransaction.requiringNew().run(() -> {
                Assessment.getEntityManager().createNativeQuery("UPDATE idempotency_key SET expires_at = now() - "
                        + "interval '1 hour' WHERE idem_key = :key").setParameter("key", key).executeUpdate();
                Assessment.getEntityManager().createNativeQuery("INSERT INTO idempotency_key (scope, idem_key, "
                        + "request_hash, status, created_at, expires_at) SELECT :scope, 'key-' || g, md5(g::text), 201, "
                        + "now() - interval '3 days', now() - interval '2 days' FROM generate_series(1, 150) g")
                        .setParameter("scope", filler).executeUpdate();
            });

            Map<String, Object> next = Assessments.request("MOF-KRG", Assessments.uniquePeriod(), List.of());
            var created = post(key, next).then().statusCode(201).header("Idempotent-Replayed", "false").extract();
            assertEquals(1L, rowsFor(next));
            post(key, next).then().statusCode(201).header("Idempotent-Replayed", "true")
                    .body("id", equalTo(created.path("id")));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Assessment.getEntityManager()
                    .createNativeQuery("DELETE FROM idempotency_key WHERE scope = :scope")
                    .setParameter("scope", filler).executeUpdate());
        }
    }

    @Test
    void anUnusableKeyIs400() {
        post("a key with spaces", Assessments.request("MOF-KRG", Assessments.uniquePeriod(), List.of()))
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private static io.restassured.response.Response post(String key, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.undpStaff()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post(ASSESSMENTS);
    }

    private static long rowsFor(Map<String, Object> body) {
        return QuarkusTransaction.requiringNew().call(() -> Assessment.count("ministryCode = ?1 and period = ?2",
                body.get("ministryCode"), body.get("period")));
    }
}
