package org.frontdoor.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Namespace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both overlays render, and everything they hold lives in the front door's own namespace. */
class OverlaysRenderTest {

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void renders_into_one_namespace(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);

        assertThat(rendered.all()).isNotEmpty();
        assertThat(rendered.all(Namespace.class)).extracting(ns -> ns.getMetadata().getName())
                .containsExactly("front-door");
        assertThat(rendered.all()).filteredOn(object -> !(object instanceof Namespace))
                .allSatisfy(object -> assertThat(object.getMetadata().getNamespace())
                        .as("%s %s", object.getKind(), object.getMetadata().getName())
                        .isEqualTo("front-door"));
    }
}
