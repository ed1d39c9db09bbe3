package org.undp.modernization.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

/**
 * {@code deploy/compose/compose.yaml}, read as Docker Compose reads it: valid against the Compose
 * Specification's schema (unknown keys fail), then held to the same rules as the Kubernetes
 * manifests: health checks, memory limits, no privileges, images from each module's
 * Dockerfile.jvm, and no secret value in the file.
 */
class ComposeFileTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path COMPOSE_DIR = RenderedOverlay.DEPLOY_DIR.resolve("compose");
    private static final Path SCHEMA = Path.of(System.getProperty("tools.dir", "target/tools/node_modules"),
            "dclint", "schemas", "compose.schema.json");

    /** ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}; $$ is a literal $. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    private static String text;
    private static JsonNode compose;
    private static Map<String, String> demoEnvironment;

    @BeforeAll
    static void read() throws IOException {
        text = Files.readString(COMPOSE_DIR.resolve("compose.yaml"));
        compose = YAML.readTree(text);
        demoEnvironment = new HashMap<>();
        for (String line : Files.readAllLines(COMPOSE_DIR.resolve(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                demoEnvironment.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
    }

    @Test
    void theFileIsValidAgainstTheComposeSpecificationAsWrittenAndOnceInterpolated() throws IOException {
        Schema schema = composeSchema();

        assertEquals(List.of(), messages(schema.validate(compose)), "compose.yaml as written");
        JsonNode interpolated = YAML.readTree(interpolate(text, demoEnvironment));
        assertEquals(List.of(), messages(schema.validate(interpolated)), "compose.yaml with the values of .env.example");
    }

    @Test
    void theSchemaRefusesWhatComposeWouldRefuse() throws IOException {
        Schema schema = composeSchema();
        JsonNode misspelt = YAML.readTree("services: {gateway: {image: x, healthcheck: {tests: [CMD, 'true']}}}");

        assertTrue(!schema.validate(misspelt).isEmpty(), "a misspelt healthcheck key passes the schema");
    }

    @Test
    void everyContainerIsHealthCheckedMemoryLimitedAndRestarted() {
        List<String> problems = new ArrayList<>();
        services().forEach((name, service) -> {
            JsonNode test = service.path("healthcheck").path("test");
            if (!test.isArray() || test.isEmpty() || test.get(0).asText().equals("NONE") || service.path("healthcheck").path("disable").asBoolean()) {
                problems.add(name + " has no health check");
            }
            if (!service.hasNonNull("mem_limit") && service.path("deploy").path("resources").path("limits").path("memory").isMissingNode()) {
                problems.add(name + " has no memory limit");
            }
            if (!service.hasNonNull("restart")) {
                problems.add(name + " is not restarted when it stops");
            }
            if (!service.path("security_opt").toString().contains("no-new-privileges:true")) {
                problems.add(name + " may gain privileges");
            }
            if (service.path("privileged").asBoolean()) {
                problems.add(name + " is privileged");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void thePlatformsServicesAreBuiltFromTheirDockerfileAndRunReadOnlyWithoutCapabilities() throws IOException {
        for (String module : KubernetesManifestsTest.SERVICES) {
            JsonNode service = services().get(module);
            assertEquals("../../" + module, service.path("build").path("context").asText(), module + " build context");
            assertEquals("src/main/docker/Dockerfile.jvm", service.path("build").path("dockerfile").asText(), module + " Dockerfile");
            Path dockerfile = COMPOSE_DIR.resolve(service.path("build").path("context").asText())
                    .resolve(service.path("build").path("dockerfile").asText()).normalize();
            String instructions = Files.readString(dockerfile);
            assertTrue(instructions.contains("\nUSER 185"), module + "'s image runs as root");
            assertTrue(instructions.contains("\nEXPOSE " + ServiceConfiguration.port(module)), module + "'s image exposes another port");
            for (String setting : KubernetesManifestsTest.JVM_SETTINGS) {
                assertTrue(instructions.contains(setting), module + "'s image starts without " + setting);
            }

            long limit = megabytes(service.path("mem_limit").asText());
            long needed = KubernetesManifestsTest.megabytes(instructions, "-Xmx(\\d+)m")
                    + KubernetesManifestsTest.megabytes(instructions, "-XX:MaxMetaspaceSize=(\\d+)m")
                    + KubernetesManifestsTest.megabytes(instructions, "-XX:ReservedCodeCacheSize=(\\d+)m") + 64;
            assertTrue(needed <= limit, module + ": heap, metaspace, code cache and the JVM's own " + needed
                    + " MiB do not fit " + service.path("mem_limit").asText());

            assertTrue(service.path("read_only").asBoolean(), module + " has a writable root filesystem");
            assertTrue(service.path("cap_drop").toString().contains("\"ALL\""), module + " keeps Linux capabilities");
            assertTrue(service.path("tmpfs").toString().contains("/tmp"), module + " has no writable /tmp");
            String healthCheck = service.path("healthcheck").path("test").toString();
            assertTrue(healthCheck.contains("/q/health/ready") && healthCheck.contains(String.valueOf(ServiceConfiguration.port(module))),
                    module + " is not checked on its readiness endpoint");
            service.path("depends_on").fields().forEachRemaining(dependency -> assertEquals("service_healthy",
                    dependency.getValue().path("condition").asText(), module + " starts before " + dependency.getKey() + " is healthy"));
        }
    }

    @Test
    void servicesAreGivenOnlyVariablesTheyReadAndTheOnesTheyNeed() {
        for (String module : KubernetesManifestsTest.SERVICES) {
            Set<String> given = new TreeSet<>();
            services().get(module).path("environment").fieldNames().forEachRemaining(given::add);
            Set<String> unknown = new TreeSet<>(given);
            unknown.removeAll(ServiceConfiguration.variables(module));
            unknown.removeAll(ServiceConfiguration.RUNTIME_VARIABLES);
            assertEquals(Set.of(), unknown, module + " is given variables it never reads (misspelt?)");
            assertTrue(given.contains("OIDC_AUTH_SERVER_URL"), module + " would look for Keycloak on localhost");
            if (KubernetesManifestsTest.DATABASES.containsKey(module)) {
                assertTrue(given.containsAll(Set.of("DB_URL", "DB_USERNAME", "DB_PASSWORD")), module + " has no database settings");
                String database = KubernetesManifestsTest.DATABASES.get(module);
                assertEquals(database, services().get(module).path("environment").path("DB_USERNAME").asText(), module + "'s role");
                assertTrue(services().get(module).path("environment").path("DB_URL").asText().endsWith("/" + database),
                        module + " uses another service's database");
            }
        }
    }

    @Test
    void noSecretValueIsWrittenInTheFile() {
        List<String> problems = new ArrayList<>();
        services().forEach((name, service) -> service.path("environment").fields().forEachRemaining(variable -> {
            if (KubernetesManifestsTest.SECRET_NAME.matcher(variable.getKey()).matches()
                    && !variable.getValue().asText().matches("\\$\\{[A-Z0-9_]+:\\?[^}]+}")) {
                problems.add(name + " sets " + variable.getKey() + " to a value instead of a required ${VARIABLE:?...}");
            }
        }));
        assertEquals(List.of(), problems);
        assertTrue(demoEnvironment.keySet().stream().filter(k -> KubernetesManifestsTest.SECRET_NAME.matcher(k).matches())
                        .allMatch(k -> demoEnvironment.get(k).contains("local-demo")),
                ".env.example holds a password not marked as a local demo value");
    }

    @Test
    void onlyTheGatewayAndKeycloakArePublishedAndOnlyOnLoopback() {
        Set<String> published = new TreeSet<>();
        services().forEach((name, service) -> {
            if (service.has("ports")) {
                published.add(name);
                service.path("ports").forEach(port -> assertTrue(port.asText().startsWith("127.0.0.1:"),
                        name + " is published on every interface: " + port.asText()));
            }
        });
        assertEquals(Set.of("gateway", "keycloak"), published);
        assertTrue(compose.path("networks").path("backend").path("internal").asBoolean(), "the backend network routes out");
    }

    /** The schema has a relative {@code $id} (compose_spec.json); it is read at its file's address so that resolves. */
    private static Schema composeSchema() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
        return SchemaRegistry.withDefaultDialect(Dialects.getDraft7())
                .getSchema(SchemaLocation.of(SCHEMA.toAbsolutePath().toUri().toString()), schema);
    }

    /** A Compose byte value (e.g. 640m, 1g) in MiB. */
    private static long megabytes(String value) {
        Matcher matcher = Pattern.compile("(\\d+)([kmg])b?").matcher(value.toLowerCase());
        assertTrue(matcher.matches(), "not a memory size: " + value);
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "k" -> amount / 1024;
            case "g" -> amount * 1024;
            default -> amount;
        };
    }

    private static Map<String, JsonNode> services() {
        Map<String, JsonNode> services = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = compose.path("services").fields(); it.hasNext(); ) {
            var service = it.next();
            services.put(service.getKey(), service.getValue());
        }
        return services;
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /** Compose's interpolation, enough for this file: required variables must be set, defaults apply. */
    static String interpolate(String text, Map<String, String> environment) {
        Matcher matcher = VARIABLE.matcher(text.replace("$$", "\u0000"));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String operator = matcher.group(2);
            String value = environment.get(name);
            boolean unset = value == null || (operator != null && operator.startsWith(":") && value.isEmpty());
            if (unset && operator != null && operator.endsWith("?")) {
                throw new AssertionError("required variable " + name + " is not in .env.example: " + matcher.group(3));
            }
            if (unset) {
                value = operator != null && operator.endsWith("-") ? matcher.group(3) : "";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString().replace("\u0000", "$");
    }
}
