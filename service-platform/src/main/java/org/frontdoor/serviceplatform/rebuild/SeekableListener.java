package org.frontdoor.serviceplatform.rebuild;

import java.util.List;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;

/**
 * The seeking half of a {@link RebuildableListener}: spring-kafka tells a listener that is {@code ConsumerSeekAware}
 * which partitions it holds, and seeks them on the consumer's own thread.
 */
public abstract class SeekableListener extends AbstractConsumerSeekAware implements RebuildableListener {

    @Override
    public List<String> replayFromTheBeginning() {
        List<String> partitions = getTopicsAndCallbacks().keySet().stream()
                .map(TopicPartition::toString)
                .sorted()
                .toList();
        seekToBeginning();
        return partitions;
    }
}
