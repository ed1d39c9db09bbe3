package org.undp.modernization.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.apps.Deployment;

/** The strict reader is what makes the manifest checks worth anything: it must refuse what Kubernetes would drop. */
class StrictKubernetesModelTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: catalog-service
            spec:
              selector:
                matchLabels: {app: catalog}
              template:
                metadata:
                  labels: {app: catalog}
                spec:
                  containers:
                    - name: app
                      image: example/catalog:1
                      resources:
                        limits: {memory: 512Mi, cpu: "1"}
                      %s
            """;

    @Test
    void aValidDeploymentParsesWithItsValues() throws Exception {
        Deployment deployment = (Deployment) StrictKubernetesModel.parse(yaml(DEPLOYMENT.formatted(
                "readinessProbe: {httpGet: {path: /q/health/ready, port: 8081}}")));

        var container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath());
        assertEquals("512Mi", container.getResources().getLimits().get("memory").toString());
    }

    @Test
    void aMisspeltFieldIsRefusedNotIgnored() throws Exception {
        JsonNode misspelt = yaml(DEPLOYMENT.formatted("readinesProbe: {httpGet: {path: /q/health/ready, port: 8081}}"));

        var failure = assertThrows(IllegalArgumentException.class, () -> StrictKubernetesModel.parse(misspelt));
        assertTrue(failure.getMessage().contains("readinesProbe"), failure.getMessage());
    }

    @Test
    void aFieldAtTheWrongLevelIsRefused() throws Exception {
        JsonNode misplaced = yaml(DEPLOYMENT.formatted("replicas: 2"));

        assertThrows(IllegalArgumentException.class, () -> StrictKubernetesModel.parse(misplaced));
    }

    @Test
    void aKindOutsideTheDeclaredOnesIsRefused() throws Exception {
        JsonNode job = yaml("{apiVersion: batch/v1, kind: Job, metadata: {name: x}}");

        assertThrows(IllegalArgumentException.class, () -> StrictKubernetesModel.parse(job));
    }

    private static JsonNode yaml(String text) throws Exception {
        return YAML.readTree(text);
    }
}
