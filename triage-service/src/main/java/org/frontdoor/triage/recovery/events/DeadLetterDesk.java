package org.frontdoor.triage.recovery.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.serviceplatform.deadletters.DeadLetter;
import org.frontdoor.serviceplatform.deadletters.DeadLetterReader;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * The records triage's consumer groups could not handle, as they lie on the {@code <topic>.dlt} topics, and their
 * replay: a dead letter is handed back to the listener of the group that failed it, exactly as on delivery. The
 * listeners are idempotent, so a replay after a fix applies what is missing and a second replay changes nothing.
 * The dead-letter topics are only read, never rewritten: a replay that fails again leaves the record where it is.
 */
public class DeadLetterDesk {

    /** The longest reason kept from a failed replay's exception message. */
    static final int REASON_LENGTH = DeadLetterReader.REASON_LENGTH;

    private final Map<ReplayableListener, DeadLetterReader> readers;

    /** @param readers each listener with the reader of its own group's dead letters */
    public DeadLetterDesk(Map<ReplayableListener, DeadLetterReader> readers) {
        this.readers = Map.copyOf(readers);
    }

    /** Every dead letter of every triage group, newest first. */
    public List<GroupDeadLetter> list() {
        List<GroupDeadLetter> all = new ArrayList<>();
        readers.forEach((listener, reader) -> reader.list()
                .forEach(letter -> all.add(new GroupDeadLetter(listener.groupId(), letter))));
        all.sort(Comparator.comparing((GroupDeadLetter letter) -> letter.letter().failedAt(),
                Comparator.nullsLast(Comparator.reverseOrder())));
        return all;
    }

    /**
     * Hands the dead letter at this place to the listener of the group that failed it.
     *
     * @throws DeadLetterNotFound when no triage group failed a record there
     * @throws ReplayFailed when the listener fails on it again (the store being down is not this: it propagates)
     */
    public GroupDeadLetter replay(String dltTopic, int partition, long offset) {
        for (Map.Entry<ReplayableListener, DeadLetterReader> group : readers.entrySet()) {
            DeadLetterReader reader = group.getValue();
            if (!reader.deadLetterTopics().contains(dltTopic)) {
                continue;
            }
            Optional<ConsumerRecord<String, byte[]>> record = reader.find(dltTopic, partition, offset);
            if (record.isPresent()) {
                DeadLetter letter = reader.describe(dltTopic, partition, offset).orElseThrow();
                try {
                    group.getKey().handle(record.get());
                } catch (DataAccessResourceFailureException | TransientDataAccessException storeDown) {
                    throw storeDown;
                } catch (RuntimeException again) {
                    throw new ReplayFailed(again.getClass().getName(), reason(again));
                }
                return new GroupDeadLetter(group.getKey().groupId(), letter);
            }
        }
        throw new DeadLetterNotFound(dltTopic, partition, offset);
    }

    private static String reason(RuntimeException failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() <= REASON_LENGTH ? message : message.substring(0, REASON_LENGTH);
    }

    /** A dead letter and the consumer group that failed it. */
    public record GroupDeadLetter(String groupId, DeadLetter letter) {
    }

    /** No record of a triage group at that place of a dead-letter topic. */
    public static class DeadLetterNotFound extends RuntimeException {

        public DeadLetterNotFound(String dltTopic, int partition, long offset) {
            super("No dead letter of triage-service at " + dltTopic + "/" + partition + "/" + offset);
        }
    }

    /** The listener failed on the record again. */
    public static class ReplayFailed extends RuntimeException {

        private final String exceptionClass;
        private final String reason;

        public ReplayFailed(String exceptionClass, String reason) {
            super("The replay failed again: " + reason);
            this.exceptionClass = exceptionClass;
            this.reason = reason;
        }

        public String exceptionClass() {
            return exceptionClass;
        }

        public String reason() {
            return reason;
        }
    }
}
