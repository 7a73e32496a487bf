package org.frontdoor.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.deploy.k8s.PolicyFlows.ANYWHERE;
import static org.frontdoor.deploy.k8s.PolicyFlows.ANY_PORT;
import static org.frontdoor.deploy.k8s.PolicyFlows.KAFKA;
import static org.frontdoor.deploy.k8s.PolicyFlows.MONGODB;
import static org.frontdoor.deploy.k8s.PolicyFlows.OUTSIDE;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.frontdoor.deploy.k8s.PolicyFlows.Flow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The NetworkPolicies allow exactly the flows of docs/network-flows.md, in both overlays: a default deny for every
 * pod of the namespace; every row of the page allowed (out of the caller where it is a pod of the namespace, into
 * the callee where it is); every rule of every policy a row of the page. The Kafka and MongoDB tables: each service
 * named there reaches the brokers / the replica set on their port, and no other app does.
 */
class NetworkPoliciesTest {

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_pod_is_denied_everything_a_policy_does_not_allow(String overlay) {
        RenderedOverlay rendered = Overlays.rendered(overlay);

        assertThat(rendered.all(NetworkPolicy.class))
                .filteredOn(policy -> policy.getMetadata().getName().equals("default-deny"))
                .singleElement()
                .satisfies(policy -> {
                    assertThat(PolicyFlows.matches(policy.getSpec().getPodSelector(), Map.of("any", "pod")))
                            .as("selects every pod").isTrue();
                    assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
                    assertThat(policy.getSpec().getIngress()).isNullOrEmpty();
                    assertThat(policy.getSpec().getEgress()).isNullOrEmpty();
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_flow_of_the_page_is_allowed(String overlay) {
        RenderedOverlay rendered = Overlays.rendered(overlay);
        PolicyFlows policies = new PolicyFlows(rendered);

        Set<Flow> notOut = new LinkedHashSet<>();
        Set<Flow> notIn = new LinkedHashSet<>();
        for (Flow flow : expected(rendered, policies)) {
            if (policies.inNamespace(flow.from()) && !allows(policies.egress(), flow)) {
                notOut.add(flow);
            }
            if (policies.inNamespace(flow.to()) && !allows(policies.ingress(), flow)) {
                notIn.add(flow);
            }
        }
        assertThat(notOut).as("flows of docs/network-flows.md no egress rule lets out (%s)", overlay).isEmpty();
        assertThat(notIn).as("flows of docs/network-flows.md no ingress rule lets in (%s)", overlay).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_rule_of_every_policy_is_a_flow_of_the_page(String overlay) {
        RenderedOverlay rendered = Overlays.rendered(overlay);
        PolicyFlows policies = new PolicyFlows(rendered);
        Set<Flow> expected = expected(rendered, policies);

        assertThat(notIn(policies.egress(), expected))
                .as("egress allowed that docs/network-flows.md does not list (%s)", overlay).isEmpty();
        assertThat(notIn(policies.ingress(), expected))
                .as("ingress allowed that docs/network-flows.md does not list (%s)", overlay).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void only_the_services_of_the_kafka_and_mongodb_tables_reach_the_brokers_and_the_replica_set(String overlay) {
        RenderedOverlay rendered = Overlays.rendered(overlay);
        PolicyFlows policies = new PolicyFlows(rendered);
        FlowTable page = FlowTable.read();

        assertThat(page.kafkaClients()).isNotEmpty();
        assertThat(page.mongoClients()).isNotEmpty();
        assertThat(callersOf(policies.ingress(), KAFKA)).containsExactlyInAnyOrderElementsOf(page.kafkaClients());
        assertThat(callersOf(policies.egress(), KAFKA)).containsExactlyInAnyOrderElementsOf(page.kafkaClients());
        assertThat(callersOf(policies.ingress(), MONGODB)).containsExactlyInAnyOrderElementsOf(page.mongoClients());
        assertThat(callersOf(policies.egress(), MONGODB)).containsExactlyInAnyOrderElementsOf(page.mongoClients());
    }

    /** The apps (not Kafka's or MongoDB's own pods) with a flow to an end. */
    private static Set<String> callersOf(Set<Flow> flows, String end) {
        return flows.stream().filter(flow -> flow.to().equals(end))
                .map(Flow::from).filter(from -> !from.equals(KAFKA) && !from.equals(MONGODB))
                .collect(Collectors.toSet());
    }

    private static Set<Flow> notIn(Set<Flow> allowed, Set<Flow> expected) {
        Set<Flow> extra = new LinkedHashSet<>(allowed);
        extra.removeAll(expected);
        return extra;
    }

    private static boolean allows(Set<Flow> allowed, Flow flow) {
        return allowed.contains(flow) || allowed.contains(new Flow(flow.from(), flow.to(), ANY_PORT));
    }

    /** Every flow of docs/network-flows.md, in this overlay's terms. */
    private static Set<Flow> expected(RenderedOverlay rendered, PolicyFlows policies) {
        boolean local = rendered.overlay().equals("local");
        Map<String, Integer> servicePorts = rendered.all(Service.class).stream().collect(Collectors.toMap(
                service -> service.getMetadata().getName(),
                service -> service.getSpec().getPorts().get(0).getPort()));
        // Prometheus reads the actuator: on the Service's port named "management" where it has one (the gateway's),
        // otherwise on its one port
        Map<String, Integer> actuatorPorts = rendered.all(Service.class).stream().collect(Collectors.toMap(
                service -> service.getMetadata().getName(),
                service -> service.getSpec().getPorts().stream()
                        .filter(port -> "management".equals(port.getName())).findFirst()
                        .orElse(service.getSpec().getPorts().get(0)).getPort()));
        FlowTable page = FlowTable.read();
        Set<Flow> flows = new LinkedHashSet<>();
        for (FlowTable.Row row : page.http()) {
            for (String from : row.from()) {
                List<String> callers = from.equals(FlowTable.EVERY_POD) ? policies.namespacePods() : List.of(from);
                for (String to : row.to()) {
                    Flow end = destination(to, local,
                            from.equals(FlowTable.PROMETHEUS) ? actuatorPorts : servicePorts, row);
                    callers.forEach(caller -> flows.add(new Flow(caller, end.to(), end.port())));
                }
            }
        }
        page.kafkaClients().forEach(service -> flows.add(new Flow(service, KAFKA, 9093)));
        page.mongoClients().forEach(service -> flows.add(new Flow(service, MONGODB, 27017)));
        // "Inside Kafka and MongoDB": their members reach each other; Strimzi's pods reach the Kubernetes API
        flows.add(new Flow(KAFKA, KAFKA, ANY_PORT));
        flows.add(new Flow(KAFKA, ANYWHERE, 443));
        flows.add(new Flow(KAFKA, ANYWHERE, 6443));
        flows.add(new Flow(MONGODB, MONGODB, ANY_PORT));
        return flows;
    }

    /** The end and port a row's "to" name is in this overlay; the row must name that port. */
    private static Flow destination(String to, boolean local, Map<String, Integer> servicePorts, FlowTable.Row row) {
        Flow end;
        if (FlowTable.APPS.contains(to)) {
            assertThat(servicePorts).as("a Service for %s", to).containsKey(to);
            end = new Flow("", to, servicePorts.get(to));
        } else if (to.equals(FlowTable.IDENTITY_PROVIDER)) {
            end = local ? new Flow("", "identity-provider", 9000) : new Flow("", OUTSIDE, 443);
        } else if (to.equals(FlowTable.NOTIFY)) {
            end = new Flow("", OUTSIDE, 443);
        } else if (to.equals(FlowTable.KUBE_DNS)) {
            end = new Flow("", FlowTable.KUBE_DNS, 53);
        } else {
            throw new AssertionError("docs/network-flows.md: '" + to + "' is not something a pod calls: " + row.text());
        }
        assertThat(row.ports()).as("the port column of: %s", row.text()).contains(end.port());
        return end;
    }
}
