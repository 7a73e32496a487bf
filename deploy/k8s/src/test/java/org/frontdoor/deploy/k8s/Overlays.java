package org.frontdoor.deploy.k8s;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each overlay rendered once for the whole test run (kubectl kustomize takes seconds on a busy machine). */
final class Overlays {

    private static final Map<String, RenderedOverlay> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    static RenderedOverlay rendered(String overlay) {
        RenderedOverlay known = RENDERED.get(overlay);
        if (known != null) {
            return known;
        }
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        RENDERED.put(overlay, rendered);
        return rendered;
    }
}
