package org.frontdoor.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.deploy.k8s.Documents.at;
import static org.frontdoor.deploy.k8s.Documents.list;
import static org.frontdoor.deploy.k8s.Documents.map;
import static org.frontdoor.deploy.k8s.Documents.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.frontdoor.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kafka through Strimzi: every topic of the contracts and its dead-letter twin, kept for ever, and in production a
 * cluster that loses no acknowledged event when one node of three is lost.
 */
class KafkaStoreTest {

    private static final String CLUSTER = "front-door-kafka";

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyTopicOfTheContractsAndItsDeadLetterTwinIsAKafkaTopicKeptForEver(String overlay) {
        List<GenericKubernetesResource> topics = RenderedOverlay.of(overlay).custom("KafkaTopic");
        List<String> expected = new ArrayList<>();
        for (String topic : Topics.ALL) {
            expected.add(topic);
            expected.add(Topics.deadLetterOf(topic));
        }

        assertThat(topics).extracting(topic -> text(at(topic, "spec.topicName"))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(topics).allSatisfy(topic -> {
            String name = text(at(topic, "spec.topicName"));
            assertThat(topic.getMetadata().getName()).isEqualTo(name);
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
            assertThat(text(at(topic, "spec.config[retention.ms]"))).as("retention of %s", name).isEqualTo("-1");
            assertThat(text(at(topic, "spec.config[cleanup.policy]"))).as("cleanup of %s", name).isEqualTo("delete");
            // as docker-compose's kafka-topics: keyed topics 3 partitions, a dead-letter twin 1
            assertThat(text(at(topic, "spec.partitions"))).as("partitions of %s", name)
                    .isEqualTo(name.endsWith(Topics.DEAD_LETTER_SUFFIX) ? "1" : "3");
        });
    }

    @Test
    void inProductionEveryTopicHasThreeCopiesTwoOfThemInSync() {
        assertThat(RenderedOverlay.of("production").custom("KafkaTopic")).isNotEmpty().allSatisfy(topic -> {
            assertThat(text(at(topic, "spec.replicas"))).as(topic.getMetadata().getName()).isEqualTo("3");
            assertThat(text(at(topic, "spec.config[min.insync.replicas]"))).as(topic.getMetadata().getName())
                    .isEqualTo("2");
        });
    }

    @Test
    void inProductionTheClusterIsThreeKRaftNodesWithPersistentStorageAndThreeCopiesOfEverything() {
        RenderedOverlay production = RenderedOverlay.of("production");
        GenericKubernetesResource kafka = only(production.custom("Kafka"));
        GenericKubernetesResource pool = only(production.custom("KafkaNodePool"));
        Map<String, Object> config = map(at(kafka, "spec.kafka.config"));

        assertThat(kafka.getMetadata().getName()).isEqualTo(CLUSTER);
        assertThat(text(config.get("default.replication.factor"))).isEqualTo("3");
        assertThat(text(config.get("min.insync.replicas"))).isEqualTo("2");
        assertThat(text(config.get("offsets.topic.replication.factor"))).isEqualTo("3");
        assertThat(text(config.get("transaction.state.log.replication.factor"))).isEqualTo("3");
        assertThat(text(config.get("transaction.state.log.min.isr"))).isEqualTo("2");
        assertThat(text(config.get("auto.create.topics.enable"))).isEqualTo("false");

        assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", CLUSTER);
        assertThat(text(at(pool, "spec.replicas"))).isEqualTo("3");
        assertThat(list(at(pool, "spec.roles"))).containsExactlyInAnyOrder("controller", "broker");
        assertThat(list(at(pool, "spec.storage.volumes"))).isNotEmpty()
                .allSatisfy(volume -> {
                    assertThat(map(volume).get("type")).isEqualTo("persistent-claim");
                    assertThat(map(volume).get("deleteClaim")).isEqualTo(false);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void clientsComeInOverTlsWithScramAndAreAuthorisedByAcl(String overlay) {
        GenericKubernetesResource kafka = only(RenderedOverlay.of(overlay).custom("Kafka"));

        assertThat(kafka.getMetadata().getAnnotations())
                .containsEntry("strimzi.io/kraft", "enabled").containsEntry("strimzi.io/node-pools", "enabled");
        assertThat(list(at(kafka, "spec.kafka.listeners"))).singleElement().satisfies(listener -> {
            assertThat(map(listener)).containsEntry("name", "tls").containsEntry("port", 9093)
                    .containsEntry("tls", true);
            assertThat(map(map(listener).get("authentication"))).containsEntry("type", "scram-sha-512");
            // Strimzi's own policy for the listener lets in only these (without peers it would let in every pod)
            assertThat(list(map(listener).get("networkPolicyPeers"))).singleElement()
                    .satisfies(peer -> assertThat(list(at(map(peer), "podSelector.matchExpressions")))
                            .containsExactly(Map.of("key", "app.kubernetes.io/name", "operator", "In",
                                    "values", List.of("referral-service", "triage-service", "consultation-service",
                                            "case-service", "outcomes-service"))));
        });
        assertThat(map(at(kafka, "spec.kafka.authorization"))).containsEntry("type", "simple");
        assertThat(map(at(kafka, "spec.entityOperator"))).containsKeys("topicOperator", "userOperator");
    }

    @Test
    void theLocalOverlayIsOneNodeHoldingOneCopy() {
        RenderedOverlay local = RenderedOverlay.of("local");

        assertThat(text(at(only(local.custom("KafkaNodePool")), "spec.replicas"))).isEqualTo("1");
        assertThat(text(at(only(local.custom("Kafka")), "spec.kafka.config[default.replication.factor]")))
                .isEqualTo("1");
        assertThat(local.custom("KafkaTopic"))
                .allSatisfy(topic -> assertThat(text(at(topic, "spec.replicas"))).isEqualTo("1"));
    }

    static GenericKubernetesResource only(List<GenericKubernetesResource> resources) {
        assertThat(resources).hasSize(1);
        return resources.get(0);
    }
}
