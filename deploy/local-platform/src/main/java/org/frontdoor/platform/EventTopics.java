package org.frontdoor.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.frontdoor.contracts.Topics;

/**
 * The event topics of {@link Topics#ALL} and their dead-letter twins, with unlimited retention: the log is the
 * history the outcomes-service replays, so nothing may age out of it.
 */
final class EventTopics {

    static final int EVENT_PARTITIONS = 3;
    static final int DEAD_LETTER_PARTITIONS = 1;
    static final String UNLIMITED = "-1";

    private EventTopics() {
    }

    static List<NewTopic> wanted() {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            topics.add(unlimited(topic, EVENT_PARTITIONS));
            topics.add(unlimited(Topics.deadLetterOf(topic), DEAD_LETTER_PARTITIONS));
        }
        return topics;
    }

    /**
     * Creates the topics that do not exist yet and makes sure every one of them keeps its records forever.
     * Running it again changes nothing.
     */
    static void ensure(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted().stream().filter(topic -> !existing.contains(topic.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            Map<ConfigResource, Collection<AlterConfigOp>> retention = new HashMap<>();
            for (NewTopic topic : wanted()) {
                retention.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), List.of(new AlterConfigOp(
                        new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, UNLIMITED), AlterConfigOp.OpType.SET)));
            }
            admin.incrementalAlterConfigs(retention).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create the event topics on " + bootstrapServers, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the event topics", e);
        }
    }

    private static NewTopic unlimited(String name, int partitions) {
        return new NewTopic(name, partitions, (short) 1)
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, UNLIMITED));
    }
}
