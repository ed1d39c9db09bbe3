package org.undp.modernization.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Renders both overlays of {@code deploy/k8s} and checks the rules a reviewer of the cluster would:
 * every object is valid Kubernetes, every workload is probed, bounded, unprivileged and fenced in
 * by NetworkPolicies, no secret value is in the repository, and each service has its own database.
 */
class KubernetesManifestsTest {

    /** The platform's own images: the four Quarkus applications. */
    static final List<String> SERVICES = List.of("catalog-service", "assessment-service", "roadmap-service", "gateway");

    /** The services with a database of their own, by the role and database they use. */
    static final Map<String, String> DATABASES = Map.of(
            "catalog-service", "catalog", "assessment-service", "assessment", "roadmap-service", "roadmap");

    static final String SERIAL_GC = "-XX:+UseSerialGC";

    /** The JVM settings measured for one small server in [7/8] (deploy/local/up.sh). */
    static final List<String> JVM_SETTINGS = List.of("-Xmx128m", "-Xmn24m", SERIAL_GC, "-XX:TieredStopAtLevel=1",
            "-XX:MaxMetaspaceSize=160m", "-XX:ReservedCodeCacheSize=48m", "-XX:+ExitOnOutOfMemoryError");

    /** The AOT cache each image's training stage writes (Dockerfile.jvm), named where the JVM starts. */
    static final List<String> AOT_SETTINGS = List.of("-XX:AOTCache=/deployments/app.aot", "-XX:AOTMode=auto");

    /** Names of variables and keys that hold secrets: their values must come from a Secret, never be written. */
    static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|credential|private|_key$|apikey).*");

    // ------------------------------------------------------------------ valid Kubernetes

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectIsAKnownKindWithOnlyFieldsItsApiHas(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<String> problems = new ArrayList<>();
        for (JsonNode object : rendered.objects) {
            try {
                if (StrictKubernetesModel.isBuiltIn(object)) {
                    StrictKubernetesModel.parse(object);
                } else {
                    problems.addAll(CloudNativePg.unknownFields(object));
                }
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        assertEquals(List.of(), problems, "objects of the " + overlay + " overlay Kubernetes would reject or silently trim");
        assertTrue(rendered.objects.size() > 20, "the " + overlay + " overlay renders only " + rendered.objects.size() + " objects");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectLivesInTheOverlaysNamespaceAndCarriesThePlatformLabels(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Set<String> namespaces = new HashSet<>();
        for (JsonNode object : rendered.objects) {
            JsonNode metadata = object.path("metadata");
            namespaces.add(metadata.path("namespace").asText("(none)"));
            assertEquals("ses-modernization", metadata.path("labels").path("app.kubernetes.io/part-of").asText(),
                    StrictKubernetesModel.typeOf(object) + " " + metadata.path("name").asText() + " lacks the part-of label");
        }
        assertEquals(Set.of("ses-" + overlay), namespaces);
    }

    // ------------------------------------------------------------------ workloads

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceIsProbedOnItsHealthEndpoints(String overlay) {
        for (String service : SERVICES) {
            Container app = mainContainer(RenderedOverlay.of(overlay).deployment(service));
            assertEquals("/q/health/live", httpPath(app.getLivenessProbe()), service + " liveness");
            assertEquals("/q/health/started", httpPath(app.getStartupProbe()), service + " startup");
            // the gateway's /q/health/ready is DOWN while any service is (API.md): as its readiness probe it
            // would take every gateway pod out when one service fails, so it is probed as live instead
            assertEquals(service.equals("gateway") ? "/q/health/live" : "/q/health/ready",
                    httpPath(app.getReadinessProbe()), service + " readiness");
        }
        Container keycloak = mainContainer(RenderedOverlay.of(overlay).deployment("keycloak"));
        assertEquals("/health/live", httpPath(keycloak.getLivenessProbe()), "keycloak liveness");
        assertEquals("/health/ready", httpPath(keycloak.getReadinessProbe()), "keycloak readiness");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerRequestsAndIsLimitedInCpuAndMemory(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : RenderedOverlay.of(overlay).all(Deployment.class)) {
            for (Container container : containers(deployment.getSpec().getTemplate().getSpec())) {
                String who = deployment.getMetadata().getName() + "/" + container.getName();
                var resources = container.getResources();
                for (String resource : List.of("cpu", "memory")) {
                    Quantity request = resources == null ? null : resources.getRequests().get(resource);
                    Quantity limit = resources == null ? null : resources.getLimits().get(resource);
                    if (request == null || limit == null) {
                        problems.add(who + " has no " + resource + (request == null ? " request" : " limit"));
                    } else if (request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
                        problems.add(who + " requests more " + resource + " than its limit");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyPodRunsAsNonRootOnAReadOnlyRootFilesystemWithoutPrivileges(String overlay) {
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : RenderedOverlay.of(overlay).all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            var podContext = pod.getSecurityContext();
            for (Container container : containers(pod)) {
                String who = deployment.getMetadata().getName() + "/" + container.getName();
                var context = container.getSecurityContext();
                Boolean nonRoot = context != null && context.getRunAsNonRoot() != null ? context.getRunAsNonRoot()
                        : podContext == null ? null : podContext.getRunAsNonRoot();
                Long user = context != null && context.getRunAsUser() != null ? context.getRunAsUser()
                        : podContext == null ? null : podContext.getRunAsUser();
                if (!Boolean.TRUE.equals(nonRoot) || Long.valueOf(0).equals(user)) {
                    problems.add(who + " may run as root");
                }
                if (context == null || !Boolean.TRUE.equals(context.getReadOnlyRootFilesystem())) {
                    problems.add(who + " has a writable root filesystem");
                }
                if (context == null || !Boolean.FALSE.equals(context.getAllowPrivilegeEscalation())) {
                    problems.add(who + " may escalate privileges");
                }
                if (context == null || context.getCapabilities() == null
                        || !context.getCapabilities().getDrop().contains("ALL")
                        || !context.getCapabilities().getAdd().isEmpty()) {
                    problems.add(who + " keeps Linux capabilities");
                }
                if (Boolean.TRUE.equals(context == null ? null : context.getPrivileged())) {
                    problems.add(who + " is privileged");
                }
            }
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
                problems.add(deployment.getMetadata().getName() + " mounts a Kubernetes API token it does not need");
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicesStartWithTheMeasuredJvmSettingsAndTheHeapFitsTheLimit(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        for (String service : SERVICES) {
            Container app = mainContainer(rendered.deployment(service));
            String options = env(rendered, app, "JAVA_OPTS_APPEND")
                    .orElseThrow(() -> new AssertionError(service + " sets no JAVA_OPTS_APPEND"));
            for (String setting : JVM_SETTINGS) {
                assertTrue(options.contains(setting) || setting.equals(SERIAL_GC), service + " starts without " + setting + ": " + options);
            }
            for (String setting : AOT_SETTINGS) {
                assertTrue(options.contains(setting), service + " starts without its AOT cache (" + setting + "): " + options);
            }
            // the image's run-java.sh adds GC_CONTAINER_OPTIONS (by default -XX:+UseParallelGC) to the command
            // line: a different collector in JAVA_OPTS_APPEND would stop the JVM ("multiple garbage collectors")
            assertEquals(Optional.of(SERIAL_GC), env(rendered, app, "GC_CONTAINER_OPTIONS"), service + "'s collector");
            assertFalse(options.matches(".*-XX:\\+Use(?!Serial)\\w*GC.*"), service + " selects a second collector: " + options);

            long heap = megabytes(options, "-Xmx(\\d+)m");
            long metaspace = megabytes(options, "-XX:MaxMetaspaceSize=(\\d+)m");
            long codeCache = megabytes(options, "-XX:ReservedCodeCacheSize=(\\d+)m");
            long limit = app.getResources().getLimits().get("memory").getNumericalAmount().longValue() / (1024 * 1024);
            // the JVM's own structures, threads and buffers need room beside heap, metaspace and code
            assertTrue(heap + metaspace + codeCache + 64 <= limit, service + ": heap " + heap + " + metaspace "
                    + metaspace + " + code " + codeCache + " MiB leave too little of the " + limit + " MiB limit");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicesAreGivenOnlyVariablesTheyRead(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        for (String service : SERVICES) {
            Container app = mainContainer(rendered.deployment(service));
            Set<String> given = new java.util.TreeSet<>();
            app.getEnv().forEach(variable -> given.add(variable.getName()));
            app.getEnvFrom().stream().filter(source -> source.getConfigMapRef() != null)
                    .map(source -> rendered.configMap(source.getConfigMapRef().getName())
                            .orElseThrow(() -> new AssertionError(service + " reads a ConfigMap that does not exist")))
                    .forEach(configMap -> given.addAll(configMap.getData().keySet()));
            // QUARKUS_* variables set Quarkus properties directly (MicroProfile Config's environment names)
            given.removeIf(name -> name.startsWith("QUARKUS_"));
            given.removeAll(ServiceConfiguration.variables(service));
            given.removeAll(ServiceConfiguration.RUNTIME_VARIABLES);
            assertEquals(Set.of(), given, service + " is given variables it never reads (misspelt, or meant for another service?)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentHasAServiceAnAutoscalerAndADisruptionBudget(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : rendered.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertTrue(NetworkPolicies.matches(deployment.getSpec().getSelector(), podLabels), name + " selects not its own pods");
            if (rendered.all(Service.class).stream().noneMatch(s -> selects(s.getSpec().getSelector(), podLabels))) {
                problems.add(name + " has no Service");
            }
            Optional<HorizontalPodAutoscaler> autoscaler = rendered.all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getKind().equals("Deployment")
                            && h.getSpec().getScaleTargetRef().getName().equals(name))
                    .findFirst();
            if (autoscaler.isEmpty()) {
                problems.add(name + " has no HorizontalPodAutoscaler");
            } else if (autoscaler.get().getSpec().getMinReplicas() > autoscaler.get().getSpec().getMaxReplicas()) {
                problems.add(name + "'s autoscaler has min above max");
            }
            if (rendered.all(PodDisruptionBudget.class).stream()
                    .noneMatch(p -> NetworkPolicies.matches(p.getSpec().getSelector(), podLabels))) {
                problems.add(name + " has no PodDisruptionBudget");
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod"})
    void productionRunsTwoOfEverythingAcrossNodes(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        for (Deployment deployment : rendered.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            HorizontalPodAutoscaler autoscaler = rendered.all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name)).findFirst().orElseThrow();
            assertTrue(autoscaler.getSpec().getMinReplicas() >= 2, name + " may scale down to one pod");
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertTrue(!pod.getTopologySpreadConstraints().isEmpty()
                    || (pod.getAffinity() != null && pod.getAffinity().getPodAntiAffinity() != null),
                    name + "'s pods may all land on one node");
        }
        assertEquals(3, cluster(rendered).path("spec").path("instances").asInt(), "PostgreSQL instances");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theAutoscalersAloneSetHowManyPodsRun(String overlay) {
        // a Deployment that names its replicas is cut back to that number by every kubectl apply
        for (Deployment deployment : RenderedOverlay.of(overlay).all(Deployment.class)) {
            assertEquals(null, deployment.getSpec().getReplicas(), deployment.getMetadata().getName() + " sets replicas");
        }
    }

    // ------------------------------------------------------------------ secrets

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noSecretValueIsInTheRepository(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<String> problems = new ArrayList<>();
        for (Secret secret : rendered.all(Secret.class)) {
            if (!secret.getData().isEmpty() || !secret.getStringData().isEmpty()) {
                problems.add("Secret " + secret.getMetadata().getName() + " holds values");
            }
        }
        for (Deployment deployment : rendered.all(Deployment.class)) {
            for (Container container : containers(deployment.getSpec().getTemplate().getSpec())) {
                for (EnvVar variable : container.getEnv()) {
                    boolean fromSecret = variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null;
                    if (SECRET_NAME.matcher(variable.getName()).matches() && !fromSecret) {
                        problems.add(deployment.getMetadata().getName() + " sets " + variable.getName() + " other than from a Secret");
                    }
                }
            }
        }
        for (ConfigMap configMap : rendered.all(ConfigMap.class)) {
            configMap.getData().forEach((key, value) -> {
                if (SECRET_NAME.matcher(key).matches()) {
                    problems.add("ConfigMap " + configMap.getMetadata().getName() + " has a key " + key);
                }
            });
        }
        // the demo realm's credentials (deploy/keycloak/README.md) must not reach a cluster
        for (String demoCredential : List.of("demo-password", "partner-portal-secret")) {
            if (rendered.yaml.contains(demoCredential)) {
                problems.add("the rendered manifests contain the demo credential '" + demoCredential + "'");
            }
        }
        assertEquals(List.of(), problems);
    }

    // ------------------------------------------------------------------ network

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyPodIsDeniedByDefaultAndSelectedByAPolicyOfItsOwn(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<NetworkPolicy> all = rendered.all(NetworkPolicy.class);
        assertTrue(all.stream().anyMatch(p -> p.getSpec().getPodSelector().getMatchLabels().isEmpty()
                        && p.getSpec().getPodSelector().getMatchExpressions().isEmpty()
                        && p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                        && p.getSpec().getIngress().isEmpty() && p.getSpec().getEgress().isEmpty()),
                "no default deny-all NetworkPolicy");
        NetworkPolicies policies = new NetworkPolicies(all, rendered.workloads());
        for (RenderedOverlay.Workload workload : rendered.workloads()) {
            long own = policies.selecting(workload).stream()
                    .filter(p -> !p.getSpec().getPodSelector().getMatchLabels().isEmpty()
                            || !p.getSpec().getPodSelector().getMatchExpressions().isEmpty())
                    .count();
            assertTrue(own > 0, workload.name() + " is selected by no NetworkPolicy of its own");
            assertFalse(policies.ingressSources(workload).contains(NetworkPolicies.ANYONE), workload.name() + " accepts anyone");
            assertFalse(policies.egressDestinations(workload).contains(NetworkPolicies.ANYONE), workload.name() + " reaches anything");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayReachesTheServicesAndRoadmapItsTwoUpstreams(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        NetworkPolicies policies = new NetworkPolicies(rendered.all(NetworkPolicy.class), rendered.workloads());
        assertEquals(Set.of("gateway", "roadmap-service"), inNamespace(policies.ingressSources(workload(rendered, "catalog-service"))));
        assertEquals(Set.of("gateway", "roadmap-service"), inNamespace(policies.ingressSources(workload(rendered, "assessment-service"))));
        assertEquals(Set.of("gateway"), inNamespace(policies.ingressSources(workload(rendered, "roadmap-service"))));
        for (String service : List.of("catalog-service", "assessment-service", "roadmap-service")) {
            assertEquals(Set.of(), outsideNamespace(policies.ingressSources(workload(rendered, service)), "monitoring"),
                    service + " is reachable from outside the namespace, other than by Prometheus");
        }
        assertEquals(Set.of(), inNamespace(policies.ingressSources(workload(rendered, "gateway"))),
                "the gateway takes traffic from the ingress controller only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheServicesAndKeycloakReachTheDatabase(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        NetworkPolicies policies = new NetworkPolicies(rendered.all(NetworkPolicy.class), rendered.workloads());
        String cluster = cluster(rendered).path("metadata").path("name").asText();
        Set<String> sources = policies.ingressSources(workload(rendered, cluster));
        assertEquals(Set.of("catalog-service", "assessment-service", "roadmap-service", "keycloak", cluster), inNamespace(sources),
                "who reaches PostgreSQL (the instances replicate among themselves)");
        assertEquals(Set.of(), outsideNamespace(sources, "cnpg-system", "monitoring"),
                "PostgreSQL is reachable from outside the namespace other than by its operator and Prometheus");
        for (String other : List.of("gateway")) {
            assertFalse(policies.egressDestinations(workload(rendered, other)).contains(cluster), other + " may reach PostgreSQL");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressExposesTheGatewayAndKeycloakOverTlsAndNothingElse(String overlay) {
        Set<String> backends = new HashSet<>();
        for (Ingress ingress : RenderedOverlay.of(overlay).all(Ingress.class)) {
            assertFalse(ingress.getSpec().getTls().isEmpty(), ingress.getMetadata().getName() + " has no TLS");
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths()
                    .forEach(path -> backends.add(path.getBackend().getService().getName())));
        }
        assertEquals(Set.of("gateway", "keycloak"), backends);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void overlaysServeTheirOwnHostnames(String overlay) {
        Set<String> hosts = hosts(RenderedOverlay.of(overlay));
        String other = overlay.equals("dev") ? "prod" : "dev";
        assertFalse(hosts.isEmpty());
        assertTrue(hosts.stream().noneMatch(hosts(RenderedOverlay.of(other))::contains), "dev and prod share a hostname");
    }

    // ------------------------------------------------------------------ PostgreSQL

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachServiceConnectsAsItsOwnRoleToItsOwnDatabase(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        JsonNode cluster = cluster(rendered);
        String clusterName = cluster.path("metadata").path("name").asText();
        Map<String, String> roleSecrets = new java.util.HashMap<>();
        cluster.path("spec").path("managed").path("roles").forEach(role ->
                roleSecrets.put(role.path("name").asText(), role.path("passwordSecret").path("name").asText()));
        List<JsonNode> databases = rendered.custom(CloudNativePg.API_VERSION, "Database").toList();

        for (var entry : DATABASES.entrySet()) {
            String service = entry.getKey();
            String database = entry.getValue();
            Container app = mainContainer(rendered.deployment(service));
            String url = env(rendered, app, "DB_URL").orElseThrow(() -> new AssertionError(service + " has no DB_URL"));
            assertEquals("jdbc:postgresql://" + clusterName + "-rw:5432/" + database, url.replaceFirst("\\?.*", ""), service);
            assertEquals(Optional.of(database), env(rendered, app, "DB_USERNAME"), service + "'s role");
            assertTrue(roleSecrets.containsKey(database), "PostgreSQL has no managed role " + database);
            EnvVar password = app.getEnv().stream().filter(e -> e.getName().equals("DB_PASSWORD")).findFirst()
                    .orElseThrow(() -> new AssertionError(service + " has no DB_PASSWORD"));
            assertEquals(roleSecrets.get(database), password.getValueFrom().getSecretKeyRef().getName(),
                    service + " reads its password from another Secret than its role's");
            assertTrue(databases.stream().anyMatch(d -> d.path("spec").path("name").asText().equals(database)
                            && d.path("spec").path("owner").asText().equals(database)
                            && d.path("spec").path("cluster").path("name").asText().equals(clusterName)),
                    "no Database " + database + " owned by role " + database + " in " + clusterName);
        }
        assertTrue(roleSecrets.containsKey("keycloak"), "Keycloak has no role of its own");
        assertTrue(databases.stream().anyMatch(d -> d.path("spec").path("name").asText().equals("keycloak")),
                "Keycloak has no database of its own");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void postgresAcceptsEveryConnectionPoolAtFullScale(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        int needed = 0;
        for (String service : DATABASES.keySet()) {
            Container app = mainContainer(rendered.deployment(service));
            int pool = Integer.parseInt(env(rendered, app, "DB_POOL_MAX").orElse("8"));
            int maxReplicas = rendered.all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(service))
                    .findFirst().orElseThrow().getSpec().getMaxReplicas();
            needed += pool * maxReplicas;
        }
        int keycloakReplicas = rendered.all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals("keycloak"))
                .findFirst().map(h -> h.getSpec().getMaxReplicas())
                .orElse(rendered.deployment("keycloak").getSpec().getReplicas());
        Container keycloak = mainContainer(rendered.deployment("keycloak"));
        needed += keycloakReplicas * Integer.parseInt(env(rendered, keycloak, "KC_DB_POOL_MAX_SIZE").orElse("100"));
        String configured = cluster(rendered).path("spec").path("postgresql").path("parameters").path("max_connections").asText("100");
        // PostgreSQL keeps superuser_reserved_connections (3) and the operator needs a few for itself
        assertTrue(needed + 10 <= Integer.parseInt(configured),
                "at full scale the pools open " + needed + " connections; max_connections is " + configured);
    }

    // ------------------------------------------------------------------ helpers

    private static JsonNode cluster(RenderedOverlay rendered) {
        List<JsonNode> clusters = rendered.custom(CloudNativePg.API_VERSION, "Cluster").toList();
        assertEquals(1, clusters.size(), "PostgreSQL clusters in " + rendered);
        return clusters.get(0);
    }

    private static RenderedOverlay.Workload workload(RenderedOverlay rendered, String name) {
        return rendered.workloads().stream().filter(w -> w.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no workload " + name + " in " + rendered));
    }

    private static Set<String> inNamespace(Set<String> peers) {
        Set<String> names = new HashSet<>(peers);
        names.removeIf(p -> p.startsWith("namespace:") || p.startsWith("ipBlock:"));
        return names;
    }

    private static Set<String> outsideNamespace(Set<String> peers, String... allowedNamespaces) {
        Set<String> names = new HashSet<>();
        for (String peer : peers) {
            if (peer.startsWith("ipBlock:") || peer.equals(NetworkPolicies.ANYONE)) {
                names.add(peer);
            } else if (peer.startsWith("namespace:") && Stream.of(allowedNamespaces)
                    .noneMatch(ns -> peer.contains("kubernetes.io/metadata.name=" + ns))) {
                names.add(peer);
            }
        }
        return names;
    }

    private static Set<String> hosts(RenderedOverlay rendered) {
        Set<String> hosts = new HashSet<>();
        rendered.all(Ingress.class).forEach(i -> i.getSpec().getRules().forEach(r -> hosts.add(r.getHost())));
        return hosts;
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    private static Container mainContainer(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static List<Container> containers(PodSpec pod) {
        List<Container> containers = new ArrayList<>(pod.getContainers());
        containers.addAll(pod.getInitContainers());
        return containers;
    }

    private static String httpPath(Probe probe) {
        return probe == null || probe.getHttpGet() == null ? null : probe.getHttpGet().getPath();
    }

    /** A variable's value as the container sees it: literal, from a ConfigMap key, or from an envFrom ConfigMap. */
    private static Optional<String> env(RenderedOverlay rendered, Container container, String name) {
        for (EnvVar variable : container.getEnv()) {
            if (variable.getName().equals(name)) {
                if (variable.getValue() != null) {
                    return Optional.of(variable.getValue());
                }
                var ref = variable.getValueFrom() == null ? null : variable.getValueFrom().getConfigMapKeyRef();
                if (ref != null) {
                    return rendered.configMap(ref.getName()).map(c -> c.getData().get(ref.getKey()));
                }
                return Optional.empty();
            }
        }
        return container.getEnvFrom().stream()
                .filter(source -> source.getConfigMapRef() != null)
                .map(source -> rendered.configMap(source.getConfigMapRef().getName()))
                .flatMap(Optional::stream)
                .map(c -> c.getData().get(name))
                .filter(Objects::nonNull)
                .findFirst();
    }

    static long megabytes(String options, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(options);
        assertTrue(matcher.find(), "no " + regex + " in " + options);
        return Long.parseLong(matcher.group(1));
    }
}
