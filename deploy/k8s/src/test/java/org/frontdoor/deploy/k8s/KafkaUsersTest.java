package org.frontdoor.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.deploy.k8s.Documents.at;
import static org.frontdoor.deploy.k8s.Documents.list;
import static org.frontdoor.deploy.k8s.Documents.map;
import static org.frontdoor.deploy.k8s.Documents.text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.frontdoor.contracts.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each service's KafkaUser allows exactly what contracts' AsyncAPI document says the service does, and nothing more:
 * Write and Describe on the topic it publishes ({@code x-frontdoor-producer}); Read and Describe on each topic it
 * consumes and Read on each of its groups ({@code x-frontdoor-consumers}); Write, Read and Describe on the dead-letter
 * twin of each topic it consumes (its error handler writes there; its dead-letter desk reads it back with no group).
 */
class KafkaUsersTest {

    private static Map<String, Set<String>> expected;

    @BeforeAll
    static void readWhoDoesWhatFromTheAsyncApiDocument() {
        Map<String, Object> asyncApi = Documents.asyncApi();
        Map<String, Set<String>> allowed = new TreeMap<>();
        for (Object value : map(asyncApi.get("operations")).values()) {
            Map<String, Object> operation = map(value);
            String channel = text(at(operation, "channel.$ref")).replace("#/channels/", "");
            String topic = text(at(map(asyncApi.get("channels")), channel + ".address"));
            if ("send".equals(operation.get("action"))) {
                String producer = text(operation.get("x-frontdoor-producer"));
                allow(allowed, producer, "topic", topic, "Write", "Describe");
            } else {
                for (Object consumer : list(operation.get("x-frontdoor-consumers"))) {
                    String service = text(map(consumer).get("service"));
                    allow(allowed, service, "topic", topic, "Read", "Describe");
                    allow(allowed, service, "topic", Topics.deadLetterOf(topic), "Write", "Read", "Describe");
                    for (Object group : list(map(consumer).get("groups"))) {
                        allow(allowed, service, "group", text(group), "Read");
                    }
                }
            }
        }
        expected = allowed;
    }

    @Test
    void theDocumentSaysWhoUsesEveryTopic() {
        Set<String> topics = new TreeSet<>();
        expected.values().forEach(acls -> acls.forEach(acl -> topics.add(acl.split(" ")[1])));

        assertThat(expected).isNotEmpty();
        assertThat(topics).containsAll(Topics.ALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyServiceHasAKafkaUserAllowedExactlyWhatItPublishesAndConsumes(String overlay) {
        List<GenericKubernetesResource> users = RenderedOverlay.of(overlay).custom("KafkaUser");

        assertThat(users).extracting(user -> user.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (GenericKubernetesResource user : users) {
            String service = user.getMetadata().getName();
            assertThat(user.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "front-door-kafka");
            assertThat(text(at(user, "spec.authentication.type"))).as(service).isEqualTo("scram-sha-512");
            assertThat(text(at(user, "spec.authorization.type"))).as(service).isEqualTo("simple");

            assertThat(granted(user)).as("ACLs of %s", service)
                    .containsExactlyInAnyOrderElementsOf(expected.get(service));
        }
    }

    /** Each ACL as "type name operation"; only literal names, allowed (never denied), from any host. */
    private static Set<String> granted(GenericKubernetesResource user) {
        Set<String> granted = new TreeSet<>();
        for (Object value : list(at(user, "spec.authorization.acls"))) {
            Map<String, Object> acl = map(value);
            Map<String, Object> resource = map(acl.get("resource"));
            String where = user.getMetadata().getName() + " " + resource;
            assertThat(text(resource.get("patternType"))).as(where).isEqualTo("literal");
            assertThat(acl.get("type")).as(where).isIn(null, "allow");
            assertThat(text(acl.get("host"))).as(where).isIn(null, "*");
            assertThat(acl).as(where).doesNotContainKey("operation");
            assertThat(list(acl.get("operations"))).as(where).isNotEmpty();
            for (Object operation : list(acl.get("operations"))) {
                granted.add(resource.get("type") + " " + resource.get("name") + " " + operation);
            }
        }
        return granted;
    }

    private static void allow(Map<String, Set<String>> allowed, String service, String type, String name,
                              String... operations) {
        assertThat(service).as("a service on " + name).isNotBlank();
        for (String operation : operations) {
            allowed.computeIfAbsent(service, s -> new TreeSet<>()).add(type + " " + name + " " + operation);
        }
    }
}
