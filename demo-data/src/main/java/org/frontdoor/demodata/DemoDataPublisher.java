package org.frontdoor.demodata;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.contracts.cloudevents.OutboxMessage;

/**
 * Sends generated outbox messages to the platform's topics as the services' relays do (CloudEvents binary mode, keyed
 * by aggregate, {@code acks=all}, idempotent producer), but without waiting for each one: the producer batches, and
 * the first failure stops the load.
 */
public final class DemoDataPublisher {

    private DemoDataPublisher() {
    }

    /** @return how many messages were sent and acknowledged */
    public static long publish(String bootstrapServers, Iterable<OutboxMessage> messages) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        long sent = 0;
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.CLIENT_ID_CONFIG, "frontdoor-demo-data"),
                new StringSerializer(), new CloudEventSerializer())) {
            for (OutboxMessage message : messages) {
                if (failure.get() != null) {
                    break;
                }
                producer.send(message.toProducerRecord(), (metadata, exception) -> {
                    if (exception != null) {
                        failure.compareAndSet(null, exception);
                    }
                });
                sent++;
            }
            producer.flush();
            producer.close(java.time.Duration.ofSeconds(60));
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Publishing the demo data to " + bootstrapServers + " failed",
                    failure.get());
        }
        return sent;
    }
}
