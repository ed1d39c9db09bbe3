package modernization.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Optimistic concurrency through the gateway: of 20 simultaneous edits from one version, one wins. */
class ConcurrentEditsIT {

    private static final int EDITORS = 20;

    @Test
    void twentyParallelPutsWithTheSameIfMatchHaveExactlyOneWinnerWhoseAnswersAreStored() throws Exception {
        String assessments = PlatformIT.GATEWAY + "/api/v1/assessments";
        String id = given().auth().oauth2(Accounts.MOP_FED.token()).contentType(ContentType.JSON)
                .body(AssessmentIT.request("MOP-FED", List.of()))
                .when().post(assessments).then().statusCode(201).extract().path("id");
        var read = given().auth().oauth2(Accounts.MOP_FED.token()).when().get(assessments + "/" + id)
                .then().statusCode(200).extract();
        String etag = read.header("ETag");
        String criterion = AssessmentIT.completeAnswers(0).get(0).get("criterionCode").toString();

        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        String token = Accounts.MOP_FED.token();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            String body = json.writeValueAsString(Map.of("answers", List.of(Map.of("criterionCode", criterion,
                    "level", i % 6, "comment", "edit " + i))));
            HttpRequest put = HttpRequest.newBuilder(URI.create(assessments + "/" + id + "/answers"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("If-Match", etag)
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
            answers.add(editors.submit(() -> {
                start.await();
                return http.send(put, HttpResponse.BodyHandlers.ofString());
            }));
        }
        start.countDown();

        List<Integer> statuses = new ArrayList<>();
        String winner = null;
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 200) {
                winner = json.readTree(response.body()).path("answers").path(0).path("comment").asText();
            } else {
                assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            }
        }
        editors.shutdown();
        System.out.println("Concurrent edits: statuses " + statuses);
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one winner: " + statuses);
        assertEquals(EDITORS - 1, statuses.stream().filter(s -> s == 412).count(), "the others are 412: " + statuses);
        given().auth().oauth2(Accounts.MOP_FED.token()).when().get(assessments + "/" + id)
                .then().statusCode(200)
                .body("answers.size()", org.hamcrest.Matchers.equalTo(1))
                .body("answers[0].comment", org.hamcrest.Matchers.equalTo(winner));
    }
}
