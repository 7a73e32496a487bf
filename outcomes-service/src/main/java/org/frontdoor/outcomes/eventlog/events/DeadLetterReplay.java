package org.frontdoor.outcomes.eventlog.events;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.frontdoor.serviceplatform.deadletters.DeadLetter;
import org.frontdoor.serviceplatform.deadletters.DeadLetterReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The event log's dead letters for an administrator: the records this service's consumer group could not log, and
 * the replay of one of them through the listener's own logic ({@link EventLogListener#handle}) once the cause is
 * fixed. Logging is idempotent by event id, so replaying an event the log already holds changes nothing. The
 * dead-letter topic is only read, never rewritten: a replayed record stays listed.
 */
@Component
public class DeadLetterReplay {

    /** The longest reason kept from a replay that failed again (as on the dead-letter list). */
    static final int REASON_LENGTH = DeadLetterReader.REASON_LENGTH;

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

    private final DeadLetterReader deadLetters;
    private final EventLogListener listener;

    DeadLetterReplay(DeadLetterReader deadLetters, EventLogListener listener) {
        this.deadLetters = deadLetters;
        this.listener = listener;
    }

    /** @return the records this service failed, newest first */
    public List<DeadLetter> deadLetters() {
        return deadLetters.list();
    }

    /**
     * @return empty when that place holds no dead letter of this service
     * @throws ReplayFailedException when the record fails again; nothing was logged
     */
    public Optional<Replayed> replay(String dltTopic, int partition, long offset) {
        Optional<ConsumerRecord<String, byte[]>> record = deadLetters.find(dltTopic, partition, offset);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        String eventId = header(record.get(), "ce_id");
        boolean logged;
        try {
            logged = listener.handle(record.get());
        } catch (DataAccessException storeUnavailable) {
            throw storeUnavailable;
        } catch (RuntimeException failedAgain) {
            log.warn("Replay of dead letter {}-{}@{} failed again: {}", dltTopic, partition, offset,
                    failedAgain.getClass().getName());
            throw new ReplayFailedException(failedAgain.getClass().getName(), reasonOf(failedAgain));
        }
        log.info("Replayed dead letter {}-{}@{} (event {}): {}", dltTopic, partition, offset,
                eventId, logged ? "logged" : "already logged");
        return Optional.of(new Replayed(dltTopic, partition, offset, eventId, header(record.get(), "ce_type"), logged));
    }

    private static String reasonOf(RuntimeException failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() <= REASON_LENGTH ? message : message.substring(0, REASON_LENGTH);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * @param dltTopic where the replayed record lies, with {@code partition} and {@code offset}
     * @param eventId the CloudEvent id ({@code ce_id}), null when the record carries none
     * @param logged true when the event was logged and applied now, false when the log already held it
     */
    public record Replayed(String dltTopic, int partition, long offset, String eventId, String eventType,
                           boolean logged) {
    }

    /** The record failed again when replayed: nothing was logged; the administrator sees why. */
    public static class ReplayFailedException extends RuntimeException {

        private final String exceptionClass;

        ReplayFailedException(String exceptionClass, String reason) {
            super(reason);
            this.exceptionClass = exceptionClass;
        }

        public String exceptionClass() {
            return exceptionClass;
        }
    }
}
