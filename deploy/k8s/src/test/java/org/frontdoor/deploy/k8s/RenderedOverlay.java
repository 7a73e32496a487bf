package org.frontdoor.deploy.k8s;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Assumptions;

/**
 * One overlay of {@code deploy/k8s} as {@code kubectl kustomize} renders it, read into fabric8's typed model (a kind
 * fabric8 does not know, such as Strimzi's {@code KafkaTopic}, is a {@link GenericKubernetesResource}).
 * <p>Where kubectl is not installed the test calling {@link #of(String)} is <em>skipped</em> and says why: it never
 * passes without having rendered anything.
 */
final class RenderedOverlay {

    /** deploy/k8s, the module's own directory (surefire runs the tests there). */
    static final Path K8S = Path.of("").toAbsolutePath();
    /** The repository's root, for the files the manifests are checked against (contracts, docs). */
    static final Path REPOSITORY = K8S.getParent().getParent();

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final String overlay;
    private final List<HasMetadata> objects;

    private RenderedOverlay(String overlay, List<HasMetadata> objects) {
        this.overlay = overlay;
        this.objects = List.copyOf(objects);
    }

    /** Each overlay is rendered once per test JVM: the objects are only read, and kubectl takes seconds. */
    private static final Map<String, RenderedOverlay> RENDERED = new ConcurrentHashMap<>();

    /** Renders {@code overlays/<name>}; the dashboards and alert rules are read from deploy/, outside the overlay. */
    static RenderedOverlay of(String name) {
        Path kubectl = kubectl();
        Assumptions.assumeTrue(kubectl != null,
                "kubectl is not on the PATH: the overlays cannot be rendered here, so their checks are skipped");
        return RENDERED.computeIfAbsent(name, overlay -> render(kubectl, overlay));
    }

    private static RenderedOverlay render(Path kubectl, String name) {
        Path dir = K8S.resolve("overlays").resolve(name);
        try {
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", "--load-restrictor",
                    "LoadRestrictionsNone", dir.toString())
                    .redirectErrorStream(false)
                    .start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + dir + " failed: "
                        + new String(err, StandardCharsets.UTF_8));
            }
            return new RenderedOverlay(name, parse(out));
        } catch (IOException e) {
            throw new IllegalStateException("could not run kubectl kustomize " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<HasMetadata> parse(byte[] yaml) {
        Object read = SERIALIZATION.unmarshal(new ByteArrayInputStream(yaml));
        List<HasMetadata> objects = new ArrayList<>();
        if (read instanceof KubernetesList list) {
            objects.addAll(list.getItems());
        } else if (read instanceof List<?> list) {
            list.forEach(item -> objects.add((HasMetadata) item));
        } else if (read instanceof HasMetadata one) {
            objects.add(one);
        }
        return objects;
    }

    private static Path kubectl() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        return Stream.of(path.split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
    }

    String overlay() {
        return overlay;
    }

    List<HasMetadata> all() {
        return objects;
    }

    /** Every object of a kind fabric8 models, e.g. {@code Deployment.class}. */
    <T extends HasMetadata> List<T> all(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Every custom resource of a kind, e.g. {@code "KafkaTopic"}. */
    List<GenericKubernetesResource> custom(String kind) {
        return objects.stream()
                .filter(GenericKubernetesResource.class::isInstance)
                .map(GenericKubernetesResource.class::cast)
                .filter(resource -> kind.equals(resource.getKind()))
                .toList();
    }
}
