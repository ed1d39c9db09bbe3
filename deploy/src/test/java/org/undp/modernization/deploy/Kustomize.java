package org.undp.modernization.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code kustomize build} with the binary pinned in {@code src/test/tools/package-lock.json}
 * (installed into {@code target/tools} by the build), so every machine renders the same way.
 */
final class Kustomize {

    private static final Path BINARY = Path.of(System.getProperty("tools.dir", "target/tools/node_modules"),
            "@install-binary", "kustomize-linux-x64", "kustomize-linux-x64");

    private Kustomize() {
    }

    /** The rendered YAML stream of a kustomization directory; fails on any error or warning Kustomize prints. */
    static String build(Path kustomization) {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("Kustomize is not installed at " + BINARY
                    + "; run the build (mvn -pl deploy verify), which installs it with npm ci");
        }
        try {
            Path stdout = Files.createTempFile("kustomize", ".yaml");
            Path stderr = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(List.of(BINARY.toString(), "build", kustomization.toString()))
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kustomize build " + kustomization + " took over 60 s");
            }
            String errors = Files.readString(stderr, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kustomize build " + kustomization + " failed: " + errors);
            }
            if (!errors.isBlank()) {
                // deprecation notices included: a field Kustomize warns about today is one it drops tomorrow
                throw new IllegalStateException("kustomize build " + kustomization + " warned: " + errors);
            }
            String yaml = Files.readString(stdout, StandardCharsets.UTF_8);
            Files.delete(stdout);
            Files.delete(stderr);
            return yaml;
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + BINARY, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
