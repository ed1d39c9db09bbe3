package org.undp.modernization.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The realm the clusters import (deploy/k8s/base/keycloak) is the local demo realm without its demo
 * parts; derive-realm.py makes it. A change to the demo realm that was not carried over fails here.
 */
class ClusterRealmTest {

    private static final Path KEYCLOAK_DIR = RenderedOverlay.DEPLOY_DIR.resolve("k8s/base/keycloak");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theClusterRealmIsUpToDateWithTheDemoRealm() throws Exception {
        Process check = new ProcessBuilder("python3", KEYCLOAK_DIR.resolve("derive-realm.py").toString(), "--check")
                .redirectErrorStream(true).start();
        assertTrue(check.waitFor(60, TimeUnit.SECONDS));
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.exitValue(), output);
    }

    @Test
    void theClusterRealmHasNoDemoAccountsTestClientsOrSecrets() throws Exception {
        JsonNode realm = JSON.readTree(KEYCLOAK_DIR.resolve("realm-modernization.json").toFile());
        JsonNode demo = JSON.readTree(RenderedOverlay.DEPLOY_DIR.resolve("keycloak/realm-modernization.json").toFile());

        // only service accounts, which hold the client's roles (partner-portal's partner-app); no person, no password
        realm.path("users").forEach(user -> {
            assertTrue(user.hasNonNull("serviceAccountClientId"), "the cluster realm has a user " + user.path("username").asText());
            assertFalse(user.has("credentials"), user.path("username").asText() + " has credentials");
        });
        assertTrue(serviceAccountRoles(realm, "partner-portal").contains("partner-app"),
                "partner-portal's service account lost its realm role partner-app");
        Set<String> clients = new HashSet<>();
        realm.path("clients").forEach(c -> clients.add(c.path("clientId").asText()));
        assertTrue(clients.containsAll(Set.of("partner-portal", "swagger-ui")), "clients: " + clients);
        assertTrue(clients.stream().noneMatch(List.of("modernization-cli", "token-expiry-probe", "no-audience-probe")::contains),
                "the cluster realm keeps a demo or test client: " + clients);
        realm.path("clients").forEach(client -> {
            if (client.has("secret")) {
                assertTrue(client.path("secret").asText().matches("\\$\\{[A-Z_]+}"),
                        client.path("clientId").asText() + " has a secret written in the file");
            }
        });
        assertEquals(demo.path("roles"), realm.path("roles"), "realm roles differ from the demo realm's");
    }

    private static Set<String> serviceAccountRoles(JsonNode realm, String client) {
        Set<String> roles = new HashSet<>();
        realm.path("users").forEach(user -> {
            if (client.equals(user.path("serviceAccountClientId").asText())) {
                user.path("realmRoles").forEach(role -> roles.add(role.asText()));
            }
        });
        return roles;
    }
}
