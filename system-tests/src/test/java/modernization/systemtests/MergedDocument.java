package modernization.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The merged OpenAPI document as the gateway serves it, fetched once per test run. The gateway
 * merges as the services publish, so the first fetch waits until every service's paths are in.
 */
final class MergedDocument {

    private static final List<String> EVERY_SERVICE = List.of("\"/api/v1/pillars\"", "\"/api/v1/assessments\"",
            "\"/api/v1/roadmaps\"");
    private static String document;

    private MergedDocument() {
    }

    static synchronized String get() {
        if (document == null) {
            try {
                document = fetchComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return document;
    }

    private static String fetchComplete() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(PlatformIT.DIRECT_GATEWAY + "/q/openapi"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            body = response.body();
            if (response.statusCode() == 200 && EVERY_SERVICE.stream().allMatch(body::contains)) {
                return body;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the merged document never held every service's paths: "
                + body.substring(0, Math.min(300, body.length())));
    }
}
