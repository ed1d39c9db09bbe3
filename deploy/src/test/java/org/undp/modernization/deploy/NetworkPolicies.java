package org.undp.modernization.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;

/**
 * What the NetworkPolicies of one namespace allow, evaluated as Kubernetes does: a pod that no
 * policy of a type selects is open in that direction; once selected, only the listed peers may
 * connect. Peers are named by workload for pods of the namespace, {@code namespace:<labels>} for
 * other namespaces, {@code ipBlock:<cidr>} for addresses, and {@code anyone} for a rule without peers.
 */
final class NetworkPolicies {

    static final String ANYONE = "anyone";

    private final List<NetworkPolicy> policies;
    private final List<RenderedOverlay.Workload> workloads;

    NetworkPolicies(List<NetworkPolicy> policies, List<RenderedOverlay.Workload> workloads) {
        this.policies = policies;
        this.workloads = workloads;
    }

    List<NetworkPolicy> selecting(RenderedOverlay.Workload workload) {
        return policies.stream().filter(p -> matches(p.getSpec().getPodSelector(), workload.podLabels())).toList();
    }

    /** Who may open a connection to the workload's pods. */
    Set<String> ingressSources(RenderedOverlay.Workload workload) {
        return allowed(workload, "Ingress", policy -> policy.getSpec().getIngress().stream().map(rule -> rule.getFrom()).toList());
    }

    /** Where the workload's pods may open connections to. */
    Set<String> egressDestinations(RenderedOverlay.Workload workload) {
        return allowed(workload, "Egress", policy -> policy.getSpec().getEgress().stream().map(rule -> rule.getTo()).toList());
    }

    /** The peers the rules of one direction allow, or {@link #ANYONE} when no policy isolates the pods in it. */
    private Set<String> allowed(RenderedOverlay.Workload workload, String direction,
                                Function<NetworkPolicy, List<List<NetworkPolicyPeer>>> rulePeers) {
        Set<String> peers = new TreeSet<>();
        boolean isolated = false;
        for (NetworkPolicy policy : selecting(workload)) {
            if (hasType(policy, direction)) {
                isolated = true;
                rulePeers.apply(policy).forEach(rule -> peers.addAll(peers(rule)));
            }
        }
        return isolated ? peers : Set.of(ANYONE);
    }

    private Set<String> peers(List<NetworkPolicyPeer> peers) {
        Set<String> names = new TreeSet<>();
        if (peers == null || peers.isEmpty()) {
            names.add(ANYONE);
            return names;
        }
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null) {
                names.add("ipBlock:" + peer.getIpBlock().getCidr());
            } else if (peer.getNamespaceSelector() != null) {
                names.add("namespace:" + describe(peer.getNamespaceSelector()));
            } else {
                workloads.stream()
                        .filter(w -> matches(peer.getPodSelector(), w.podLabels()))
                        .forEach(w -> names.add(w.name()));
            }
        }
        return names;
    }

    private static boolean hasType(NetworkPolicy policy, String type) {
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types == null || types.isEmpty()) {
            // Kubernetes' default: Ingress always, Egress when egress rules are given
            return type.equals("Ingress") || !policy.getSpec().getEgress().isEmpty();
        }
        return types.contains(type);
    }

    private static String describe(LabelSelector selector) {
        List<String> parts = new ArrayList<>();
        if (selector.getMatchLabels() != null) {
            selector.getMatchLabels().forEach((k, v) -> parts.add(k + "=" + v));
        }
        if (selector.getMatchExpressions() != null) {
            selector.getMatchExpressions().forEach(e -> parts.add(e.getKey() + " " + e.getOperator() + " " + e.getValues()));
        }
        return parts.isEmpty() ? "*" : String.join(",", parts);
    }

    /** Kubernetes label selector semantics; an empty selector matches every pod. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null) {
            for (var label : selector.getMatchLabels().entrySet()) {
                if (!label.getValue().equals(labels.get(label.getKey()))) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                String value = labels.get(requirement.getKey());
                boolean ok = switch (requirement.getOperator()) {
                    case "In" -> value != null && requirement.getValues().contains(value);
                    case "NotIn" -> value == null || !requirement.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new IllegalArgumentException("unknown selector operator " + requirement.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }
}
