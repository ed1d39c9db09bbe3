package org.undp.modernization.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each service's Dockerfile.jvm trains its AOT cache in a stage of its own, on the very image the
 * service runs on (a cache made by another JDK build is refused), with the final stage's JVM
 * settings plus -XX:AOTCacheOutput, and the final stage copies the cache and names it. No container
 * engine runs here, so the structure is what is checked.
 */
class DockerfileTest {

    private static final Pattern FROM = Pattern.compile("(?m)^FROM (\\S+)(?: AS (\\S+))?$");
    private static final Pattern ENV = Pattern.compile("(?m)^ENV (\\w+)=\"?([^\"\\n]*)\"?$");

    @ParameterizedTest
    @ValueSource(strings = {"catalog-service", "assessment-service", "roadmap-service", "gateway"})
    void theAotCacheIsTrainedOnTheRuntimeImageWithTheRuntimeSettingsAndUsed(String module) throws IOException {
        String dockerfile = Files.readString(RenderedOverlay.DEPLOY_DIR.resolve("..").resolve(module)
                .resolve("src/main/docker/Dockerfile.jvm").normalize());
        List<String[]> stages = new ArrayList<>();
        Matcher from = FROM.matcher(dockerfile);
        List<Integer> starts = new ArrayList<>();
        while (from.find()) {
            stages.add(new String[] {from.group(1), from.group(2)});
            starts.add(from.start());
        }
        assertEquals(2, stages.size(), module + ": a training stage and the final image");
        assertEquals("training", stages.get(0)[1], module + "'s first stage");
        assertEquals(stages.get(1)[0], stages.get(0)[0], module + " trains on another image than it runs on");
        assertTrue(stages.get(1)[0].contains("openjdk-25"), module + " runs on " + stages.get(1)[0]);

        String training = dockerfile.substring(starts.get(0), starts.get(1));
        String runtime = dockerfile.substring(starts.get(1));
        assertTrue(training.contains("-XX:AOTCacheOutput=/deployments/app.aot"), module + " trains no cache");
        assertTrue(training.contains("run-java.sh"), module + " trains without the image's own start script and its options");
        assertTrue(runtime.contains("COPY --from=training --chown=185 /deployments/app.aot /deployments/app.aot"),
                module + " does not copy the cache");

        Map<String, String> trainingEnv = env(training);
        Map<String, String> runtimeEnv = env(runtime);
        for (String name : List.of("GC_CONTAINER_OPTIONS", "JAVA_APP_JAR", "MALLOC_ARENA_MAX", "LANGUAGE")) {
            assertEquals(runtimeEnv.get(name), trainingEnv.get(name), module + ": " + name + " differs between training and runtime");
        }
        String options = runtimeEnv.get("JAVA_OPTS_APPEND");
        for (String setting : KubernetesManifestsTest.AOT_SETTINGS) {
            assertTrue(options.contains(setting), module + " does not start with " + setting);
        }
        String withoutCache = options;
        for (String setting : KubernetesManifestsTest.AOT_SETTINGS) {
            withoutCache = withoutCache.replace(" " + setting, "");
        }
        assertEquals(withoutCache, trainingEnv.get("JAVA_OPTS_APPEND"), module + " trains with other JVM options than it runs with");
    }

    private static Map<String, String> env(String stage) {
        Map<String, String> env = new LinkedHashMap<>();
        Matcher m = ENV.matcher(stage);
        while (m.find()) {
            env.put(m.group(1), m.group(2));
        }
        return env;
    }
}
