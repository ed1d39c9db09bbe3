package modernization.gateway.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import modernization.common.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** W3C trace context goes on to the services, and each request leaves one access log line with its ids. */
@QuarkusTest
class TracingAndAccessLogTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getParameters() == null ? record.getMessage()
                    : String.format(record.getMessage(), record.getParameters()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureAccessLog() {
        Logger.getLogger(AccessLog.LOGGER).addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger(AccessLog.LOGGER).removeHandler(capture);
    }

    @Test
    void aCallersTraceIsContinuedToTheService() {
        given().auth().oauth2(TestTokens.advisor()).header("traceparent", TRACEPARENT)
                .when().get("/api/v1/pillars")
                .then().statusCode(200)
                // the same trace, with the gateway's own span as the parent
                .body("traceparent", matchesPattern("00-" + TRACE_ID + "-[0-9a-f]{16}-01"))
                .body("traceparent", not(TRACEPARENT));
    }

    @Test
    void aRequestWithoutTraceContextStartsATraceThatReachesTheService() {
        given().auth().oauth2(TestTokens.advisor())
                .when().get("/api/v1/pillars")
                .then().statusCode(200)
                .body("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
    }

    @Test
    void theAccessLogLineCarriesTheRequestIdAndTheTraceparent() throws InterruptedException {
        String requestId = "access-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.advisor()).header("X-Request-Id", requestId).header("traceparent", TRACEPARENT)
                .when().get("/api/v1/ministries")
                .then().statusCode(200).header("X-Request-Id", startsWith("access-"));
        String line = awaitLine(requestId);
        assertTrue(line.startsWith("GET /api/v1/ministries 200 "), line);
        // method, path, status, bytes sent, milliseconds with one decimal (a dot, whatever the locale), the ids
        assertTrue(line.matches("GET /api/v1/ministries 200 \\d+B \\d+\\.\\dms requestId=" + requestId + " traceparent=\\S+"), line);
        assertTrue(line.matches(".* traceparent=00-" + TRACE_ID + "-[0-9a-f]{16}-01$"), line);
    }

    private String awaitLine(String requestId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            for (String line : lines) {
                if (line.contains("requestId=" + requestId + " ")) {
                    return line;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no access log line for " + requestId + " in " + lines);
    }
}
