package modernization.assessment.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import modernization.common.testing.GatedPostgres;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A service started while PostgreSQL is unreachable stays up, says it is not ready, answers 503
 * instead of hanging, and becomes ready by itself when the database comes back.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.DatabaseDownAtStart.class)
class DatabaseOutageTest {

    public static class DatabaseDownAtStart implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(GatedPostgres.class, Map.of("database", "assessment_test")));
        }
    }

    @Test
    void shouldReportNotReadyAnswer503AndRecoverWhenTheDatabaseComesBack() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'database-schema' }.status", equalTo("DOWN"));
        given().when().get("/q/health/live")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.advisor())
                .when().get("/api/v1/ministries")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"));

        GatedPostgres.openGate();
        awaitReady(Duration.ofSeconds(30));
        given().auth().oauth2(TestTokens.advisor())
                .when().get("/api/v1/ministries/MOP-KRG")
                .then().statusCode(200)
                .body("code", equalTo("MOP-KRG"));

        GatedPostgres.closeGate();
        given().auth().oauth2(TestTokens.advisor())
                .when().get("/api/v1/ministries")
                .then().statusCode(503)
                .contentType("application/problem+json");
        given().when().get("/q/health/ready").then().statusCode(503);

        GatedPostgres.openGate();
        awaitReady(Duration.ofSeconds(30));
    }

    private static void awaitReady(Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (given().when().get("/q/health/ready").statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not ready " + limit + " after the database came back");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
