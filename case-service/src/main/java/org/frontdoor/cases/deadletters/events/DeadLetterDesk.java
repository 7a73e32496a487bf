package org.frontdoor.cases.deadletters.events;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.serviceplatform.deadletters.DeadLetter;
import org.frontdoor.serviceplatform.deadletters.DeadLetterReader;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * The records case-service's consumer group could not handle, as they lie on {@code frontdoor.triage.v1.dlt}, and
 * their replay: a dead letter is handed back to the triage decisions' listener, exactly as on delivery. The listener
 * is idempotent (the case id comes from the referral), so a replay after a fix opens what is missing and a second
 * replay changes nothing. The dead-letter topic is only read, never rewritten: a record that fails again stays.
 */
public class DeadLetterDesk {

    private final DeadLetterReader reader;
    private final ReplayableListener listener;

    public DeadLetterDesk(DeadLetterReader reader, ReplayableListener listener) {
        this.reader = reader;
        this.listener = listener;
    }

    /** Every dead letter of this service's group, newest first. */
    public List<DeadLetter> list() {
        return reader.list();
    }

    /**
     * Hands the dead letter at this place to the listener again.
     *
     * @throws DeadLetterNotFound when this service's group failed no record there
     * @throws ReplayFailed when the listener fails on it again (the store being down is not this: it propagates,
     *                      and the answer is 503)
     */
    public DeadLetter replay(String dltTopic, int partition, long offset) {
        ConsumerRecord<String, byte[]> record = reader.find(dltTopic, partition, offset)
                .orElseThrow(DeadLetterNotFound::new);
        DeadLetter letter = reader.describe(dltTopic, partition, offset).orElseThrow(DeadLetterNotFound::new);
        try {
            listener.handle(record);
        } catch (DataAccessResourceFailureException | TransientDataAccessException storeDown) {
            throw storeDown;
        } catch (RuntimeException again) {
            throw new ReplayFailed(again.getClass().getName(), reason(again));
        }
        return letter;
    }

    private static String reason(RuntimeException failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() <= DeadLetterReader.REASON_LENGTH ? message
                : message.substring(0, DeadLetterReader.REASON_LENGTH);
    }

    /** No dead letter of this service's group at that place (the place is not repeated: it is what was sent). */
    public static class DeadLetterNotFound extends RuntimeException {

        public DeadLetterNotFound() {
            super("case-service's consumer group left no dead letter at this place");
        }
    }

    /** The listener failed on the record again; the record stays on the dead-letter topic. */
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
