package modernization.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The merged OpenAPI document the gateway serves passes Spectral's OpenAPI rules and the OWASP
 * API Security Top 10 ruleset with zero errors. The document and Spectral's full report are kept
 * in {@code target/}; warnings are counted in the build output.
 */
class SpectralLintIT {

    private static final Path SPECTRAL_DIR = Path.of(System.getProperty("spectral.dir", "target/spectral"));

    @Test
    void theMergedDocumentHasNoSpectralOrOwaspErrors() throws Exception {
        Path document = SPECTRAL_DIR.resolve("openapi-merged.json");
        Files.writeString(document, MergedDocument.get(), StandardCharsets.UTF_8);
        Path report = SPECTRAL_DIR.resolve("spectral-report.json");

        Process spectral = new ProcessBuilder(SPECTRAL_DIR.resolve("node_modules/.bin/spectral").toString(), "lint",
                document.toString(), "--ruleset", SPECTRAL_DIR.resolve("spectral.yaml").toString(),
                "--format", "json", "--output", report.toString(), "--fail-severity", "error")
                .directory(SPECTRAL_DIR.toFile()).redirectErrorStream(true)
                .redirectOutput(SPECTRAL_DIR.resolve("spectral.log").toFile()).start();
        assertTrue(spectral.waitFor(3, TimeUnit.MINUTES), "Spectral did not finish in 3 minutes");

        JsonNode results = new ObjectMapper().readTree(report.toFile());
        List<String> errors = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        for (JsonNode result : results) {
            String rule = result.path("code").asText();
            if (result.path("severity").asInt() == 0) {
                errors.add(rule + " at " + result.path("path") + ": " + result.path("message").asText());
            } else {
                warnings.merge(rule + " (severity " + result.path("severity").asInt() + ")", 1, Integer::sum);
            }
        }
        System.out.println("Spectral + OWASP ruleset on the merged document: " + errors.size() + " errors, warnings by rule: "
                + warnings);
        assertEquals(List.of(), errors.subList(0, Math.min(errors.size(), 40)), errors.size() + " errors; the full report is "
                + report);
        assertEquals(0, spectral.exitValue(), "spectral exit code; see " + SPECTRAL_DIR.resolve("spectral.log"));
    }
}
