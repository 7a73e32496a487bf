package org.frontdoor.serviceplatform.deadletters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * The records a service's consumer groups could not handle, as they lie on the {@code <topic>.dlt} topics, and their
 * replay: a dead letter is handed back to the listener of the group that failed it, exactly as on delivery. The
 * listeners are idempotent, so a replay after a fix applies what is missing and a second replay changes nothing. The
 * dead-letter topics are only read, never rewritten: a replay that fails again leaves the record where it is, and a
 * replayed record stays listed.
 */
public class DeadLetterDesk {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterDesk.class);

    private final Map<ReplayableListener, DeadLetterReader> readers;

    /** @param readers each listener with the reader of its own group's dead letters */
    public DeadLetterDesk(Map<ReplayableListener, DeadLetterReader> readers) {
        this.readers = new LinkedHashMap<>(readers);
    }

    /** Every dead letter of every group of the service, newest first. */
    public List<DeadLetter> list() {
        List<DeadLetter> all = new ArrayList<>();
        readers.values().forEach(reader -> all.addAll(reader.list()));
        all.sort(Comparator.comparing(DeadLetter::failedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return all;
    }

    /**
     * Hands the dead letter at this place to the listener of the group that failed it.
     *
     * @throws DeadLetterNotFound when none of the service's groups failed a record there
     * @throws ReplayFailed when the listener fails on it again (the store being down is not this: it propagates, and
     *                      is answered 503 like any write while the store is down)
     * @throws DeadLettersUnavailableException when the broker does not answer in time
     */
    public DeadLetter replay(String dltTopic, int partition, long offset) {
        if (partition < 0 || offset < 0) {
            throw new DeadLetterNotFound();
        }
        for (Map.Entry<ReplayableListener, DeadLetterReader> group : readers.entrySet()) {
            DeadLetterReader reader = group.getValue();
            if (!reader.deadLetterTopics().contains(dltTopic)) {
                continue;
            }
            Optional<ConsumerRecord<String, byte[]>> record = reader.find(dltTopic, partition, offset);
            if (record.isPresent()) {
                DeadLetter letter = reader.describe(dltTopic, partition, offset).orElseThrow(DeadLetterNotFound::new);
                try {
                    group.getKey().handle(record.get());
                } catch (DataAccessResourceFailureException | TransientDataAccessException storeDown) {
                    throw storeDown;
                } catch (RuntimeException again) {
                    log.warn("Replay of dead letter {}-{}@{} by {} failed again: {}", dltTopic, partition, offset,
                            letter.groupId(), again.getClass().getName());
                    throw new ReplayFailed(again.getClass().getName(), reason(again));
                }
                log.info("Replayed dead letter {}-{}@{} (event {}) to {}", dltTopic, partition, offset,
                        letter.eventId(), letter.groupId());
                return letter;
            }
        }
        throw new DeadLetterNotFound();
    }

    private static String reason(RuntimeException failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() <= DeadLetterReader.REASON_LENGTH ? message
                : message.substring(0, DeadLetterReader.REASON_LENGTH);
    }
}
