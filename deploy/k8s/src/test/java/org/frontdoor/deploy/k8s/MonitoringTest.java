package org.frontdoor.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Prometheus Operator and Grafana: a ServiceMonitor per app, the alert rules equal to deploy/prometheus's file (the
 * PrometheusRule is a copy: this is what keeps it one), and every dashboard of deploy/grafana as a ConfigMap.
 */
class MonitoringTest {

    static final Path RULES = RenderedOverlay.REPOSITORY.resolve("deploy/prometheus/alerts/frontdoor.rules.yml");
    static final Path DASHBOARDS = RenderedOverlay.REPOSITORY.resolve("deploy/grafana/dashboards");

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void prometheus_scrapes_every_app_as_the_alerts_expect(String overlay) {
        List<GenericKubernetesResource> monitors = Overlays.rendered(overlay).custom("ServiceMonitor");

        assertThat(monitors).extracting(m -> m.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(FlowTable.APPS);
        assertThat(monitors).allSatisfy(monitor -> {
            String app = monitor.getMetadata().getName();
            assertThat(monitor.getMetadata().getLabels()).containsEntry("release", "prometheus");
            Map<String, Object> spec = spec(monitor);
            assertThat(spec).extractingByKey("selector").isEqualTo(
                    Map.of("matchLabels", Map.of("app.kubernetes.io/name", app)));
            List<?> endpoints = (List<?>) spec.get("endpoints");
            assertThat(endpoints).singleElement().satisfies(endpoint -> {
                Map<?, ?> scrape = (Map<?, ?>) endpoint;
                // the gateway's actuator has its own port, out of the Ingress's reach; the others answer on their own
                assertThat(scrape.get("port")).as(app).isEqualTo(app.equals("gateway") ? "management" : "http");
                assertThat(scrape.get("path")).isEqualTo("/actuator/prometheus");
                // FrontDoorAppDown reads up{job="frontdoor"}; every rule and the dashboard group by `app`
                assertThat((List<Object>) scrape.get("relabelings")).contains(
                        Map.of("targetLabel", "app", "replacement", app),
                        Map.of("targetLabel", "job", "replacement", "frontdoor"));
            });
        });
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void the_prometheus_rule_holds_exactly_the_groups_of_the_rules_file(String overlay) throws IOException {
        Map<String, Object> file = new KubernetesSerialization().unmarshal(Files.readString(RULES), Map.class);

        assertThat(Overlays.rendered(overlay).custom("PrometheusRule")).singleElement().satisfies(rule -> {
            assertThat(rule.getMetadata().getLabels()).containsEntry("release", "prometheus");
            assertThat(spec(rule).keySet()).containsExactly("groups");
            assertThat(spec(rule).get("groups")).as("the PrometheusRule's groups against " + RULES)
                    .isNotNull().isEqualTo(file.get("groups"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_grafana_dashboard_is_a_configmap_for_grafanas_sidecar(String overlay) throws IOException {
        List<ConfigMap> maps = Overlays.rendered(overlay).all(ConfigMap.class).stream()
                .filter(map -> map.getMetadata().getLabels() != null
                        && "1".equals(map.getMetadata().getLabels().get("grafana_dashboard")))
                .toList();
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            List<Path> dashboards = files.filter(f -> f.toString().endsWith(".json")).toList();
            assertThat(dashboards).isNotEmpty();
            for (Path dashboard : dashboards) {
                String name = dashboard.getFileName().toString();
                assertThat(maps).as(name).filteredOn(map -> map.getData().containsKey(name)).singleElement()
                        .satisfies(map -> assertThat(map.getData().get(name)).isEqualTo(Files.readString(dashboard)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return (Map<String, Object>) resource.getAdditionalProperties().get("spec");
    }
}
