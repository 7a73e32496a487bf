package org.frontdoor.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.deploy.k8s.Documents.at;
import static org.frontdoor.deploy.k8s.Documents.list;
import static org.frontdoor.deploy.k8s.Documents.map;
import static org.frontdoor.deploy.k8s.Documents.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.frontdoor.contracts.Topics;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document the KafkaUsers' ACLs are derived from says what the code does: every {@code @KafkaListener}
 * of every service, with its topics and its consumer group (the {@code groupId} attribute, its constant, or the
 * service's {@code spring.kafka.consumer.group-id} where {@code idIsGroup = false}), is one of the document's
 * {@code x-frontdoor-consumers}, and the document lists no consumer the code does not have. A listener added, moved to
 * another group or given another topic fails here until the document (and so the ACLs) says so.
 */
class KafkaListenersTest {

    private static final Pattern LISTENER = Pattern.compile("@KafkaListener\\(([^)]*)\\)");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(\\w+)\\s*=\\s*(\\{[^}]*\\}|\"[^\"]*\"|[\\w.]+)");

    @Test
    void everyListenerInTheCodeIsAConsumerOfTheAsyncApiDocumentAndNoOtherIs() {
        assertThat(inTheCode()).isNotEmpty().containsExactlyInAnyOrderElementsOf(inTheDocument());
    }

    /** "service topic group" for every topic of every {@code @KafkaListener} of the services' main code. */
    private static Set<String> inTheCode() {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> modules = Files.list(RenderedOverlay.REPOSITORY)) {
            for (Path module : modules.filter(dir -> Files.isDirectory(dir.resolve("src/main/java"))).toList()) {
                String service = module.getFileName().toString();
                try (Stream<Path> sources = Files.walk(module.resolve("src/main/java"))) {
                    for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                        String code = Files.readString(source);
                        Matcher listener = LISTENER.matcher(code);
                        while (listener.find()) {
                            Map<String, String> attributes = attributes(listener.group(1));
                            String group = group(module, service, code, attributes);
                            for (String topic : topics(attributes.get("topics"))) {
                                found.add(service + " " + topic + " " + group);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static Set<String> inTheDocument() {
        Set<String> documented = new TreeSet<>();
        Map<String, Object> asyncApi = Documents.asyncApi();
        for (Object value : map(asyncApi.get("operations")).values()) {
            Map<String, Object> operation = map(value);
            String channel = text(at(operation, "channel.$ref")).replace("#/channels/", "");
            String topic = text(at(map(asyncApi.get("channels")), channel + ".address"));
            for (Object consumer : list(operation.get("x-frontdoor-consumers"))) {
                for (Object group : list(map(consumer).get("groups"))) {
                    documented.add(map(consumer).get("service") + " " + topic + " " + group);
                }
            }
        }
        return documented;
    }

    private static Map<String, String> attributes(String annotation) {
        Map<String, String> attributes = new HashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(annotation);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2));
        }
        return attributes;
    }

    private static String group(Path module, String service, String code, Map<String, String> attributes) {
        String groupId = attributes.get("groupId");
        if (groupId != null) {
            return groupId.startsWith("\"") ? unquote(groupId) : constant(code, groupId);
        }
        if ("false".equals(attributes.get("idIsGroup"))) {
            Object configured = Documents.at(Documents.yaml(module.resolve("src/main/resources/" + service + ".yml")),
                    "spring.kafka.consumer.group-id");
            assertThat(configured).as("spring.kafka.consumer.group-id of %s", service).isNotNull();
            return text(configured);
        }
        assertThat(attributes).as("a listener of %s names its group", service).containsKey("id");
        return unquote(attributes.get("id"));
    }

    /** A {@code static final String NAME = "...";} of the listener's own class. */
    private static String constant(String code, String name) {
        Matcher declared = Pattern.compile("String\\s+" + Pattern.quote(name) + "\\s*=\\s*\"([^\"]+)\"").matcher(code);
        assertThat(declared.find()).as("the constant %s", name).isTrue();
        return declared.group(1);
    }

    /** {@code Topics.TRIAGE} or {@code {Topics.TRIAGE, Topics.REFERRALS}}, as topic names. */
    private static List<String> topics(String expression) {
        assertThat(expression).as("topics of a listener").isNotNull();
        List<String> topics = new ArrayList<>();
        for (String part : expression.replaceAll("[{}\\s]", "").split(",")) {
            if (part.startsWith("\"")) {
                topics.add(unquote(part));
            } else {
                topics.add(topicConstant(part.replace("Topics.", "")));
            }
        }
        return topics;
    }

    private static String topicConstant(String name) {
        try {
            Field field = Topics.class.getField(name);
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Topics has no constant " + name, e);
        }
    }

    private static String unquote(String literal) {
        return literal.substring(1, literal.length() - 1);
    }
}
