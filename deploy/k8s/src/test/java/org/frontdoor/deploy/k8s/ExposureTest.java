package org.frontdoor.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only the gateway is reachable from outside the cluster, and the demo identity provider is never in production. */
class ExposureTest {

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void the_only_way_in_is_one_ingress_to_the_gateway(String overlay) {
        RenderedOverlay rendered = Overlays.rendered(overlay);

        assertThat(rendered.all(Ingress.class)).singleElement().satisfies(ingress -> {
            assertThat(ingress.getSpec().getDefaultBackend()).isNull();
            assertThat(ingress.getSpec().getRules()).isNotEmpty().allSatisfy(rule -> assertThat(
                    rule.getHttp().getPaths()).isNotEmpty().allSatisfy(path -> {
                        assertThat(path.getBackend().getService().getName()).isEqualTo("gateway");
                        assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http");
                    }));
        });
        assertThat(rendered.all(Service.class)).isNotEmpty().allSatisfy(service -> {
            assertThat(service.getSpec().getType()).as(service.getMetadata().getName()).isIn(null, "ClusterIP");
            assertThat(service.getSpec().getExternalIPs()).as(service.getMetadata().getName()).isNullOrEmpty();
        });
        assertThat(rendered.all(Deployment.class)).allSatisfy(deployment -> {
            var pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getHostNetwork()).isNotEqualTo(Boolean.TRUE);
            assertThat(pod.getContainers()).allSatisfy(container -> assertThat(container.getPorts())
                    .allSatisfy(port -> assertThat(port.getHostPort()).isNull()));
        });
    }

    /** The gateway's metrics and health are not published through the Ingress: its actuator has a port of its own. */
    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void the_gateways_actuator_is_on_a_port_the_ingress_does_not_reach(String overlay) {
        RenderedOverlay rendered = Overlays.rendered(overlay);
        ConfigMap settings = rendered.all(ConfigMap.class).stream()
                .filter(map -> map.getMetadata().getName().equals("gateway-settings")).findFirst().orElseThrow();
        Deployment gateway = rendered.all(Deployment.class).stream()
                .filter(deployment -> deployment.getMetadata().getName().equals("gateway")).findFirst().orElseThrow();
        var ports = gateway.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts();

        assertThat(settings.getData()).containsEntry("MANAGEMENT_SERVER_PORT", "9080");
        assertThat(ports).filteredOn(port -> port.getName().equals("management")).singleElement()
                .satisfies(port -> assertThat(port.getContainerPort()).isEqualTo(9080));
        assertThat(ports).filteredOn(port -> port.getName().equals("http")).singleElement()
                .satisfies(port -> assertThat(port.getContainerPort()).isNotEqualTo(9080));
    }

    @Test
    void production_serves_the_gateway_over_tls() {
        Ingress ingress = Overlays.rendered("production").all(Ingress.class).get(0);

        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getSecretName()).isNotBlank();
            assertThat(tls.getHosts()).containsExactly(ingress.getSpec().getRules().get(0).getHost());
        });
    }

    @Test
    void the_demo_identity_provider_is_only_in_the_local_overlay() {
        assertThat(Overlays.rendered("local").all(Deployment.class)).extracting(d -> d.getMetadata().getName())
                .contains("identity-provider");

        RenderedOverlay production = Overlays.rendered("production");
        assertThat(production.all()).extracting(object -> object.getMetadata().getName())
                .doesNotContain("identity-provider", "identity-provider-settings");
        assertThat(production.all(Deployment.class)).allSatisfy(deployment -> assertThat(
                deployment.getSpec().getTemplate().getSpec().getContainers())
                .noneSatisfy(container -> assertThat(container.getImage()).contains("identity-provider")));
        assertThat(production.all(ConfigMap.class)).filteredOn(map -> map.getMetadata().getName()
                .equals("front-door-identity")).singleElement().satisfies(identity -> {
                    assertThat(identity.getData()).containsOnlyKeys("issuer-uri", "audience", "roles-claim");
                    assertThat(identity.getData().get("issuer-uri")).startsWith("https://")
                            .doesNotContain("identity-provider", "localhost");
                });
    }
}
