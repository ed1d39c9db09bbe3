package org.undp.modernization.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/** The evaluator the network rules rely on, against the cases Kubernetes' documentation spells out. */
class NetworkPoliciesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final RenderedOverlay.Workload GATEWAY = new RenderedOverlay.Workload("gateway", Map.of("app", "gateway"), null);
    private static final RenderedOverlay.Workload CATALOG = new RenderedOverlay.Workload("catalog", Map.of("app", "catalog"), null);
    private static final List<RenderedOverlay.Workload> WORKLOADS = List.of(GATEWAY, CATALOG);

    @Test
    void aPodNoPolicySelectsIsOpenToAnyone() throws Exception {
        var policies = new NetworkPolicies(List.of(policy("{podSelector: {matchLabels: {app: gateway}}, policyTypes: [Ingress]}")), WORKLOADS);

        assertEquals(Set.of(NetworkPolicies.ANYONE), policies.ingressSources(CATALOG));
        assertEquals(Set.of(NetworkPolicies.ANYONE), policies.egressDestinations(CATALOG));
    }

    @Test
    void aDenyAllPolicyClosesBothDirections() throws Exception {
        var policies = new NetworkPolicies(List.of(policy("{podSelector: {}, policyTypes: [Ingress, Egress]}")), WORKLOADS);

        assertEquals(Set.of(), policies.ingressSources(CATALOG));
        assertEquals(Set.of(), policies.egressDestinations(GATEWAY));
    }

    @Test
    void peersAreResolvedToWorkloadsAndNamespaces() throws Exception {
        var policies = new NetworkPolicies(List.of(policy("""
                podSelector: {matchLabels: {app: catalog}}
                policyTypes: [Ingress]
                ingress:
                  - from:
                      - podSelector: {matchLabels: {app: gateway}}
                      - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}
                """)), WORKLOADS);

        assertEquals(Set.of("gateway", "namespace:kubernetes.io/metadata.name=monitoring"), policies.ingressSources(CATALOG));
    }

    @Test
    void aRuleWithoutPeersLetsAnyoneIn() throws Exception {
        var policies = new NetworkPolicies(List.of(policy("""
                podSelector: {matchExpressions: [{key: app, operator: In, values: [catalog]}]}
                ingress: [{ports: [{port: 8081}]}]
                """)), WORKLOADS);

        assertEquals(Set.of(NetworkPolicies.ANYONE), policies.ingressSources(CATALOG));
    }

    private static NetworkPolicy policy(String spec) throws Exception {
        return (NetworkPolicy) StrictKubernetesModel.parse(YAML.readTree(
                "{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: p}, spec: " + YAML.readTree(spec) + "}"));
    }
}
