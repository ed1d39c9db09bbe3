package org.undp.modernization.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

class CloudNativePgTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void aClusterWithKnownFieldsPasses() throws Exception {
        assertEquals(List.of(), CloudNativePg.unknownFields(yaml("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: postgres, labels: {a: b}}
                spec:
                  instances: 3
                  storage: {size: 10Gi}
                  postgresql: {parameters: {max_connections: "200"}}
                  managed:
                    roles:
                      - {name: catalog, login: true, passwordSecret: {name: catalog-db}}
                  backup:
                    barmanObjectStore:
                      destinationPath: s3://backups/
                      s3Credentials: {accessKeyId: {name: s3, key: id}, secretAccessKey: {name: s3, key: secret}}
                """)));
    }

    @Test
    void aMisspeltOrMisplacedFieldIsNamed() throws Exception {
        assertEquals(List.of("Cluster postgres: unknown field spec.instance",
                        "Cluster postgres: unknown field spec.managed.roles[].password"),
                CloudNativePg.unknownFields(yaml("""
                        apiVersion: postgresql.cnpg.io/v1
                        kind: Cluster
                        metadata: {name: postgres}
                        spec:
                          instance: 3
                          managed: {roles: [{name: catalog, password: secret}]}
                        """)).stream().map(s -> s.replace("postgresql.cnpg.io/v1/", "")).toList());
    }

    @Test
    void anObjectWhereAValueBelongsIsRefused() throws Exception {
        assertEquals(1, CloudNativePg.unknownFields(yaml("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Database
                metadata: {name: catalog}
                spec: {name: catalog, owner: catalog, cluster: {name: postgres}, ensure: {present: true}}
                """)).size());
    }

    @Test
    void anotherApiVersionOrKindIsRefused() throws Exception {
        assertEquals(1, CloudNativePg.unknownFields(yaml("{apiVersion: postgresql.cnpg.io/v2, kind: Cluster, metadata: {name: x}}")).size());
        assertEquals(1, CloudNativePg.unknownFields(yaml("{apiVersion: postgresql.cnpg.io/v1, kind: Pooler, metadata: {name: x}}")).size());
    }

    private static JsonNode yaml(String text) throws Exception {
        return YAML.readTree(text);
    }
}
