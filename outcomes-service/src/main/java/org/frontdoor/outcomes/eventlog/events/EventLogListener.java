package org.frontdoor.outcomes.eventlog.events;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.FrontDoorEvents;
import org.frontdoor.contracts.cloudevents.ReceivedEvent;
import org.frontdoor.contracts.cloudevents.UnreadableEventException;
import org.frontdoor.outcomes.eventlog.domain.EventLog;
import org.frontdoor.outcomes.eventlog.domain.EventProjection;
import org.frontdoor.outcomes.eventlog.domain.EventReplay;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;
import org.frontdoor.serviceplatform.rebuild.SeekableListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Logs every event of every topic once and tells each read model of an event the first time it is logged. A record
 * that is not a readable CloudEvent of the catalogue throws {@code UnreadableEventException} and the error handler
 * dead-letters it to {@code <topic>.dlt}; an administrator lists and replays it through service-platform's dead-letter
 * desk ({@code /api/outcomes/dead-letters}).
 *
 * <p><strong>One replica only.</strong> The read models told here ({@code IndicatorReadModel}) live in this process's
 * memory, and Kafka gives each member of the group {@code outcomes-service} only some of each topic's partitions: a
 * second replica would split the partitions with the first, and each replica's indicators would count only the events
 * it was given (the log in the store would be whole, the answers would not). So outcomes-service runs exactly one
 * replica, with no autoscaler (deploy/k8s; docs/operations.md, "Several replicas of each service"). A restart is
 * safe: the read models are rebuilt from the log at start.
 */
@Component
class EventLogListener extends SeekableListener implements EventReplay {

    private static final Logger log = LoggerFactory.getLogger(EventLogListener.class);

    private final EventLog eventLog;
    private final List<EventProjection> projections;
    private final MeterRegistry meters;
    private final String groupId;

    EventLogListener(EventLog eventLog, List<EventProjection> projections, MeterRegistry meters,
                     @Value("${spring.kafka.consumer.group-id}") String groupId) {
        this.eventLog = eventLog;
        this.projections = List.copyOf(projections);
        this.meters = meters;
        this.groupId = groupId;
    }

    @Override
    public String groupId() {
        return groupId;
    }

    @Override
    public List<String> topics() {
        return Topics.ALL;
    }

    /**
     * A poll's records are logged together (one bulk write), then each new event is handed to the read models in
     * order. An unreadable record stops the batch at its index: the records before it are logged first, and the error
     * handler dead-letters it and delivers the rest again. When the store fails, the batch fails at its first record,
     * so the error handler's store-unavailable rule (retry until it is back, never dead-letter) applies.
     */
    @KafkaListener(id = "outcomes-event-log", idIsGroup = false, batch = "true",
            topics = {Topics.REFERRALS, Topics.TRIAGE, Topics.CONSULTATIONS, Topics.CASES})
    void on(List<ConsumerRecord<String, byte[]>> records) {
        List<LoggedEvent> events = new ArrayList<>(records.size());
        for (int index = 0; index < records.size(); index++) {
            try {
                events.add(read(records.get(index)));
            } catch (UnreadableEventException unreadable) {
                logForTheBatch(events);
                throw new BatchListenerFailedException(unreadable.getMessage(), unreadable, index);
            }
        }
        logForTheBatch(events);
    }

    /**
     * One record handed back by an administrator (a dead letter replayed): read, logged and applied exactly as on
     * delivery, so a replay after a fix is the same as the delivery that failed, and a record already logged changes
     * nothing.
     *
     * @throws UnreadableEventException when the record is still not a readable CloudEvent of the catalogue
     */
    @Override
    public void handle(ConsumerRecord<String, byte[]> record) {
        boolean logged = !logAndApply(List.of(read(record))).isEmpty();
        log.info("Handed back {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                logged ? "logged now" : "already logged");
    }

    /** The CloudEvent as received, as the log holds it: the domain never sees the envelope. */
    private static LoggedEvent read(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent received = FrontDoorEvents.read(record);
        return new LoggedEvent(received.id(), received.type(), received.source(), received.subject(), received.time(),
                received.payload());
    }

    private void logForTheBatch(List<LoggedEvent> events) {
        try {
            logAndApply(events);
        } catch (RuntimeException storeFailed) {
            throw new BatchListenerFailedException("The event log could not take the batch", storeFailed, 0);
        }
    }

    private List<LoggedEvent> logAndApply(List<LoggedEvent> events) {
        List<LoggedEvent> logged = eventLog.appendAll(events);
        for (LoggedEvent event : logged) {
            projections.forEach(projection -> projection.apply(event));
            Counter.builder("frontdoor.outcomes.events.stored")
                    .description("Events logged for the indicators, first delivery only")
                    .tag("type", event.type())
                    .register(meters)
                    .increment();
        }
        if (logged.size() < events.size()) {
            log.debug("{} of {} events already logged", events.size() - logged.size(), events.size());
        }
        return logged;
    }
}
