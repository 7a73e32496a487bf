package org.frontdoor.deploy.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * What the NetworkPolicies of a rendered overlay allow, as flows between named ends: the namespace's pods (each
 * Deployment's pods by its app name, and the Kafka and MongoDB pods their operators make, by the labels of the
 * conventions), the pods outside the namespace a policy may name (the ingress controller, Prometheus, kube-dns),
 * "outside" (the internet: an ipBlock of everything but the private ranges) and "anywhere" (a rule naming no peer).
 * Port {@value #ANY_PORT} is a rule naming no port.
 */
final class PolicyFlows {

    static final int ANY_PORT = -1;
    static final String NAMESPACE = "front-door";
    static final String KAFKA = "Kafka brokers";
    static final String MONGODB = "MongoDB";
    static final String OUTSIDE = "outside";
    static final String ANYWHERE = "anywhere";
    static final Set<String> PRIVATE_RANGES = Set.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");

    record Flow(String from, String to, int port) {
        @Override
        public String toString() {
            return from + " -> " + to + ":" + (port == ANY_PORT ? "any" : port);
        }
    }

    private record Pod(String namespace, Map<String, String> labels) {
    }

    private final Map<String, Pod> pods = new LinkedHashMap<>();
    private final Set<Flow> ingress = new LinkedHashSet<>();
    private final Set<Flow> egress = new LinkedHashSet<>();

    PolicyFlows(RenderedOverlay overlay) {
        for (Deployment deployment : overlay.all(Deployment.class)) {
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            pods.put(labels.get("app.kubernetes.io/name"), new Pod(NAMESPACE, labels));
        }
        // made at run time by Strimzi and the MongoDB operator (docs: k8s conventions)
        pods.put(KAFKA, new Pod(NAMESPACE, Map.of("strimzi.io/cluster", "front-door-kafka", "strimzi.io/kind", "Kafka")));
        pods.put(MONGODB, new Pod(NAMESPACE, Map.of("app", "front-door-mongodb-svc")));
        pods.put(FlowTable.INGRESS_CONTROLLER,
                new Pod("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx")));
        pods.put(FlowTable.PROMETHEUS, new Pod("monitoring", Map.of("app.kubernetes.io/name", "prometheus")));
        pods.put(FlowTable.KUBE_DNS, new Pod("kube-system", Map.of("k8s-app", "kube-dns")));

        for (NetworkPolicy policy : overlay.all(NetworkPolicy.class)) {
            String where = "NetworkPolicy " + policy.getMetadata().getName();
            List<String> selected = namespacePods().stream()
                    .filter(pod -> matches(policy.getSpec().getPodSelector(), pods.get(pod).labels())).toList();
            policy.getSpec().getIngress().forEach(rule -> {
                for (String peer : peers(rule.getFrom(), where)) {
                    for (int port : ports(rule.getPorts(), where)) {
                        selected.forEach(pod -> ingress.add(new Flow(peer, pod, port)));
                    }
                }
            });
            policy.getSpec().getEgress().forEach(rule -> {
                for (String peer : peers(rule.getTo(), where)) {
                    for (int port : ports(rule.getPorts(), where)) {
                        selected.forEach(pod -> egress.add(new Flow(pod, peer, port)));
                    }
                }
            });
        }
    }

    /** The pods of the front door's namespace, by name. */
    List<String> namespacePods() {
        return pods.entrySet().stream().filter(pod -> pod.getValue().namespace().equals(NAMESPACE))
                .map(Map.Entry::getKey).toList();
    }

    boolean inNamespace(String end) {
        return pods.containsKey(end) && pods.get(end).namespace().equals(NAMESPACE);
    }

    /** Flows some policy lets into a pod of the namespace. */
    Set<Flow> ingress() {
        return ingress;
    }

    /** Flows some policy lets out of a pod of the namespace. */
    Set<Flow> egress() {
        return egress;
    }

    private List<String> peers(List<NetworkPolicyPeer> peers, String where) {
        if (peers == null || peers.isEmpty()) {
            return List.of(ANYWHERE);
        }
        List<String> ends = new ArrayList<>();
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null) {
                if (!"0.0.0.0/0".equals(peer.getIpBlock().getCidr())
                        || !Set.copyOf(peer.getIpBlock().getExcept()).containsAll(PRIVATE_RANGES)) {
                    throw new AssertionError(where + ": an ipBlock other than the internet (" + peer.getIpBlock()
                            + ") is no end of docs/network-flows.md");
                }
                ends.add(OUTSIDE);
                continue;
            }
            List<String> matched = pods.entrySet().stream()
                    .filter(pod -> peer.getNamespaceSelector() == null
                            ? pod.getValue().namespace().equals(NAMESPACE)
                            : matches(peer.getNamespaceSelector(),
                                    Map.of("kubernetes.io/metadata.name", pod.getValue().namespace())))
                    .filter(pod -> matches(peer.getPodSelector(), pod.getValue().labels()))
                    .map(Map.Entry::getKey).toList();
            if (matched.isEmpty()) {
                throw new AssertionError(where + ": a peer that is none of the known pods: " + peer);
            }
            ends.addAll(matched);
        }
        return ends;
    }

    private static List<Integer> ports(List<NetworkPolicyPort> ports, String where) {
        if (ports == null || ports.isEmpty()) {
            return List.of(ANY_PORT);
        }
        return ports.stream().map(port -> {
            if (port.getPort() == null || port.getPort().getIntVal() == null || port.getEndPort() != null) {
                throw new AssertionError(where + ": a port that is not one number: " + port);
            }
            return port.getPort().getIntVal();
        }).toList();
    }

    /** Kubernetes' label selector: every matchLabels pair and every expression; null or empty matches everything. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null
                && !selector.getMatchLabels().entrySet().stream()
                        .allMatch(pair -> pair.getValue().equals(labels.get(pair.getKey())))) {
            return false;
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement expression : selector.getMatchExpressions()) {
                String value = labels.get(expression.getKey());
                boolean ok = switch (expression.getOperator()) {
                    case "In" -> value != null && expression.getValues().contains(value);
                    case "NotIn" -> value == null || !expression.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new AssertionError("unknown selector operator " + expression.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }
}
