package org.undp.modernization.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** One overlay of {@code deploy/k8s}, rendered by Kustomize: its objects as YAML trees and, strictly read, as fabric8 objects. */
final class RenderedOverlay {

    static final Path DEPLOY_DIR = Path.of(System.getProperty("deploy.dir", ".")).toAbsolutePath().normalize();

    /** The label every workload's pods carry and every selector uses. */
    static final String NAME_LABEL = "app.kubernetes.io/name";

    /** The label CloudNativePG puts on the pods of a {@code Cluster}. */
    static final String CNPG_CLUSTER_LABEL = "cnpg.io/cluster";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, RenderedOverlay> RENDERED = new ConcurrentHashMap<>();

    final String name;
    final String yaml;
    final List<JsonNode> objects;
    private final Map<Class<?>, List<HasMetadata>> parsed = new ConcurrentHashMap<>();

    private RenderedOverlay(String name, String yaml, List<JsonNode> objects) {
        this.name = name;
        this.yaml = yaml;
        this.objects = objects;
    }

    static RenderedOverlay of(String overlay) {
        return RENDERED.computeIfAbsent(overlay, RenderedOverlay::render);
    }

    private static RenderedOverlay render(String overlay) {
        String yaml = Kustomize.build(DEPLOY_DIR.resolve("k8s/overlays").resolve(overlay));
        List<JsonNode> objects = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(yaml)) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    objects.add(node);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("the " + overlay + " overlay does not render to YAML", e);
        }
        return new RenderedOverlay(overlay, yaml, List.copyOf(objects));
    }

    /** Every object of a built-in kind, strictly read (once); a field Kubernetes does not know fails here. */
    <T extends HasMetadata> List<T> all(Class<T> type) {
        return parsed.computeIfAbsent(type, kind -> objects.stream()
                        .filter(StrictKubernetesModel::isBuiltIn)
                        .filter(o -> StrictKubernetesModel.KINDS.get(StrictKubernetesModel.typeOf(o)) == kind)
                        .map(StrictKubernetesModel::parse)
                        .toList())
                .stream().map(type::cast).toList();
    }

    /** Objects of a custom resource kind, as YAML trees. */
    Stream<JsonNode> custom(String apiVersion, String kind) {
        return objects.stream()
                .filter(o -> apiVersion.equals(o.path("apiVersion").asText()) && kind.equals(o.path("kind").asText()));
    }

    Optional<ConfigMap> configMap(String name) {
        return all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst();
    }

    Deployment deployment(String name) {
        return all(Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the " + this.name + " overlay has no Deployment " + name));
    }

    /** Everything that runs pods: the Deployments and the PostgreSQL clusters' instances. */
    List<Workload> workloads() {
        List<Workload> workloads = new ArrayList<>();
        for (Deployment deployment : all(Deployment.class)) {
            workloads.add(new Workload(deployment.getMetadata().getName(),
                    deployment.getSpec().getTemplate().getMetadata().getLabels(),
                    deployment.getSpec().getTemplate().getSpec()));
        }
        custom(CloudNativePg.API_VERSION, "Cluster").forEach(cluster -> {
            String name = cluster.path("metadata").path("name").asText();
            workloads.add(new Workload(name, Map.of(CNPG_CLUSTER_LABEL, name), null));
        });
        return workloads;
    }

    /** Pods of one Deployment or PostgreSQL cluster; {@code spec} is null for pods an operator defines. */
    record Workload(String name, Map<String, String> podLabels, PodSpec spec) {
    }

    @Override
    public String toString() {
        return name;
    }
}
