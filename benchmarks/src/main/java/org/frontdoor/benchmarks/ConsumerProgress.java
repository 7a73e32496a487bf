package org.frontdoor.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.frontdoor.contracts.Topics;

/**
 * How far a consumer group has got through the event topics: the records it has committed (processed) against the
 * records in the log. The service's own code is not looked into, so the measure holds whatever its read model is.
 */
final class ConsumerProgress implements AutoCloseable {

    private final Admin admin;
    private final String group;

    ConsumerProgress(String bootstrapServers, String group) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.group = group;
    }

    /** Records in the event topics not yet committed by the group (the whole log before it has committed anything). */
    long lag() {
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (String topic : Topics.ALL) {
                for (int partition = 0; partition < InProcessKafka.EVENT_PARTITIONS; partition++) {
                    latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
                }
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the progress of consumer group " + group, e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
