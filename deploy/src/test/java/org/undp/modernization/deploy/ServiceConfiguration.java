package org.undp.modernization.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a service can be configured with: the environment variables its application.properties reads. */
final class ServiceConfiguration {

    /** Read by the container image's start script (ubi9 openjdk run-java.sh) or by glibc, not by the application. */
    static final Set<String> RUNTIME_VARIABLES = Set.of(
            "JAVA_OPTS_APPEND", "GC_CONTAINER_OPTIONS", "JAVA_MAX_MEM_RATIO", "JAVA_INITIAL_MEM_RATIO", "MALLOC_ARENA_MAX");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    private ServiceConfiguration() {
    }

    static Set<String> variables(String module) {
        Path properties = RenderedOverlay.DEPLOY_DIR.resolveSibling(module).resolve("src/main/resources/application.properties");
        try {
            Set<String> variables = new TreeSet<>();
            for (String line : Files.readAllLines(properties)) {
                if (line.strip().startsWith("#")) {
                    continue;
                }
                Matcher matcher = PLACEHOLDER.matcher(line);
                while (matcher.find()) {
                    variables.add(matcher.group(1));
                }
            }
            return variables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port the service listens on, from {@code quarkus.http.port}. */
    static int port(String module) {
        Path properties = RenderedOverlay.DEPLOY_DIR.resolveSibling(module).resolve("src/main/resources/application.properties");
        try {
            return Files.readAllLines(properties).stream()
                    .filter(l -> l.startsWith("quarkus.http.port="))
                    .map(l -> Integer.parseInt(l.substring(l.indexOf('=') + 1).strip()))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
