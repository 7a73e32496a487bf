package org.frontdoor.deploy.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The documents the stores are checked against (contracts' asyncapi.yaml, each service's own YAML) and plain paths
 * into a custom resource, read as maps and lists.
 */
final class Documents {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Documents() {
    }

    /** contracts' AsyncAPI document, from the contracts jar on the test classpath. */
    static Map<String, Object> asyncApi() {
        try (InputStream in = Documents.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("asyncapi.yaml is not on the test classpath (contracts)");
            }
            return yaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML file of the repository. */
    static Map<String, Object> yaml(Path file) {
        try {
            return yaml(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String text) {
        return SERIALIZATION.unmarshal(text, Map.class);
    }

    /** The value at a dotted path of a custom resource (from its top: {@code spec.kafka.config}), or null. */
    static Object at(GenericKubernetesResource resource, String path) {
        return at(resource.getAdditionalProperties(), path);
    }

    /**
     * The value at a path of nested maps, or null; a key that itself holds dots (a Kafka setting such as
     * {@code min.insync.replicas}) is written in brackets: {@code spec.config[min.insync.replicas]}.
     */
    static Object at(Map<String, Object> map, String path) {
        Object here = map;
        for (String key : keys(path)) {
            if (!(here instanceof Map<?, ?> level)) {
                return null;
            }
            here = level.get(key);
        }
        return here;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** A number or string setting as text, so {@code 3} and {@code "3"} compare alike. */
    static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static List<String> keys(String path) {
        List<String> keys = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            if (path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                keys.add(path.substring(i + 1, close));
                i = close + 1;
            } else if (path.charAt(i) == '.') {
                i++;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                keys.add(path.substring(i, end));
                i = end;
            }
        }
        return keys;
    }
}
