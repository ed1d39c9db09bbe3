package modernization.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Puts Stoplight Prism's validating proxy between the system tests and the gateway for the whole
 * test run: it loads the merged OpenAPI document the gateway serves, forwards every request to the
 * gateway unchanged ({@code --errors=false}: it never answers in the gateway's place) and logs each
 * response that does not match the document, including a field the document does not name. {@link ContractConformanceIT}, the last test, reads
 * that log. Tests reach the gateway through {@link PlatformIT#GATEWAY}, which is the proxy; the few
 * that test the HTTP transport itself use {@link PlatformIT#DIRECT_GATEWAY}.
 */
public class ContractProxy implements LauncherSessionListener {

    static final int PORT = 4010;
    static final Path DIR = Path.of(System.getProperty("contract.dir", "target/contract"));
    static final Path LOG = DIR.resolve("prism.log");
    static final Path DOCUMENT = DIR.resolve("openapi-merged.json");

    private Process prism;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("contract.dir") == null || !Files.isExecutable(DIR.resolve("node_modules/.bin/prism"))) {
            return; // not the system tests' failsafe run (their unit tests, or an IDE without the npm install)
        }
        try {
            Files.writeString(DOCUMENT, strict(MergedDocument.get()), StandardCharsets.UTF_8);
            prism = new ProcessBuilder(DIR.resolve("node_modules/.bin/prism").toString(), "proxy",
                    "--host", "127.0.0.1", "--port", String.valueOf(PORT), "--errors=false", "--cors=false",
                    DOCUMENT.toString(), PlatformIT.DIRECT_GATEWAY)
                    .directory(DIR.toFile()).redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
            awaitListening();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Prism's validating proxy did not start; see " + LOG, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (prism != null) {
            prism.destroy();
            try {
                prism.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The document as Prism checks it: every object schema that lists its properties allows no
     * others ({@code additionalProperties: false}), so a field the server sends and the document
     * leaves out is a violation too (a generated client would never see it). The served document
     * leaves them open, for clients that ignore what they do not know; no schema here is an allOf.
     */
    static String strict(String document) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(document);
        closeObjects(root);
        return json.writeValueAsString(root);
    }

    private static void closeObjects(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && object.path("properties").isObject() && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.forEach(ContractProxy::closeObjects);
        } else if (node.isArray()) {
            node.forEach(ContractProxy::closeObjects);
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!prism.isAlive()) {
                throw new IOException("prism exited with " + prism.exitValue());
            }
            if (Files.readString(LOG).contains("Prism is listening")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IOException("prism was not listening after 90 s");
    }
}
