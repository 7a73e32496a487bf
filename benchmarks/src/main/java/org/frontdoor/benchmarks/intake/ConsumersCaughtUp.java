package org.frontdoor.benchmarks.intake;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether the platform has worked off what the load left behind: every consumer group on the broker has committed
 * up to the end of every partition it has committed on (read through the admin API, not the services' code).
 */
final class ConsumersCaughtUp implements AutoCloseable {

    private final Admin admin;

    ConsumersCaughtUp(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Records not yet committed, summed over every group and partition. */
    long lag() throws Exception {
        long lag = 0;
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            if (latest.isEmpty()) {
                continue;
            }
            for (var end : admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
            }
        }
        return lag;
    }

    /** Waits until the lag is 0 twice a second apart, or the patience runs out; the time waited. */
    Duration await(Duration patience) throws Exception {
        long started = System.nanoTime();
        long deadline = started + patience.toNanos();
        int quiet = 0;
        while (quiet < 2 && System.nanoTime() < deadline) {
            quiet = lag() == 0 ? quiet + 1 : 0;
            if (quiet < 2) {
                Thread.sleep(1000);
            }
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Override
    public void close() {
        admin.close();
    }
}
