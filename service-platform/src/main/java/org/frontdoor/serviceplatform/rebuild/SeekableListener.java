package org.frontdoor.serviceplatform.rebuild;

import java.util.List;

import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;

/**
 * The seeking half of a {@link RebuildableListener}: spring-kafka tells a listener that is {@code ConsumerSeekAware}
 * which partitions it holds, and seeks them on the consumer's own thread.
 */
public abstract class SeekableListener extends AbstractConsumerSeekAware implements RebuildableListener {

    private static final Logger log = LoggerFactory.getLogger(SeekableListener.class);

    @Override
    public List<String> replayFromTheBeginning() {
        List<String> partitions = getTopicsAndCallbacks().keySet().stream()
                .map(TopicPartition::toString)
                .sorted()
                .toList();
        seekToBeginning();
        log.info("{} re-reads {} from the beginning", groupId(), partitions);
        return partitions;
    }
}
