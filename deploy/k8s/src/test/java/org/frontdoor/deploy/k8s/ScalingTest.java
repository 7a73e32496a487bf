package org.frontdoor.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Production runs two or more of every app, scaled by an HPA, except outcomes-service: its in-memory indicators
 * must see every partition of every topic, so it is exactly one pod everywhere, never autoscaled.
 */
class ScalingTest {

    static final String OUTCOMES = "outcomes-service";

    @Test
    void production_runs_at_least_two_of_every_app_but_outcomes_each_with_an_autoscaler() {
        RenderedOverlay production = Overlays.rendered("production");

        assertThat(production.all(Deployment.class))
                .filteredOn(d -> FlowTable.APPS.contains(d.getMetadata().getName()))
                .filteredOn(d -> !d.getMetadata().getName().equals(OUTCOMES)).hasSize(FlowTable.APPS.size() - 1)
                .allSatisfy(d -> assertThat(d.getSpec().getReplicas()).as(d.getMetadata().getName())
                        .isGreaterThanOrEqualTo(2));
        Set<String> scaled = production.all(HorizontalPodAutoscaler.class).stream()
                .peek(hpa -> {
                    assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
                    assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
                    assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
                })
                .map(hpa -> hpa.getSpec().getScaleTargetRef().getName()).collect(Collectors.toSet());
        assertThat(scaled).containsExactlyInAnyOrderElementsOf(FlowTable.APPS.stream()
                .filter(app -> !app.equals(OUTCOMES)).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void outcomes_service_is_exactly_one_pod_never_autoscaled_and_may_be_evicted(String overlay) {
        RenderedOverlay rendered = Overlays.rendered(overlay);

        Deployment outcomes = DeploymentsTest.deployment(rendered, OUTCOMES);
        assertThat(outcomes.getSpec().getReplicas()).isEqualTo(1);
        assertThat(outcomes.getSpec().getStrategy().getType()).as("never two pods, even while rolling")
                .isEqualTo("Recreate");
        assertThat(rendered.all(HorizontalPodAutoscaler.class))
                .noneSatisfy(hpa -> assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(OUTCOMES));
        assertThat(budget(rendered, OUTCOMES).getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void every_app_has_a_disruption_budget_selecting_its_pods(String overlay) {
        RenderedOverlay rendered = Overlays.rendered(overlay);

        for (String app : FlowTable.APPS) {
            PodDisruptionBudget budget = budget(rendered, app);
            assertThat(PolicyFlows.matches(budget.getSpec().getSelector(),
                    DeploymentsTest.deployment(rendered, app).getSpec().getTemplate().getMetadata().getLabels()))
                    .as(app).isTrue();
            assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).as(app).isEqualTo(1);
        }
    }

    private static PodDisruptionBudget budget(RenderedOverlay rendered, String app) {
        return rendered.all(PodDisruptionBudget.class).stream()
                .filter(pdb -> pdb.getMetadata().getName().equals(app)).findFirst()
                .orElseThrow(() -> new AssertionError("no PodDisruptionBudget " + app));
    }
}
