package org.frontdoor.outcomes.eventlog.store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.frontdoor.contracts.EventCatalogue;
import org.frontdoor.contracts.EventJson;
import org.frontdoor.contracts.EventType;
import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.cloudevents.ReceivedEvent;
import org.frontdoor.outcomes.eventlog.domain.EventLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
class MongoEventLog implements EventLog {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoEventLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean append(ReceivedEvent event) {
        try {
            mongo.insert(new LoggedEventDocument(event.id(), event.type(), event.source(), event.subject(), event.time(),
                    EventJson.MAPPER.writeValueAsString(event.payload()), clock.instant()));
            return true;
        } catch (DuplicateKeyException alreadyLogged) {
            return false;
        }
    }

    @Override
    public List<ReceivedEvent> eventsOfTypes(Set<String> types) {
        Query query = Query.query(Criteria.where("type").in(types)).with(Sort.by("time", "id"));
        return mongo.find(query, LoggedEventDocument.class).stream()
                .map(MongoEventLog::toReceivedEvent)
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public void forEachOfTypes(Set<String> types, Consumer<ReceivedEvent> consumer) {
        Query query = Query.query(Criteria.where("type").in(types));
        try (Stream<LoggedEventDocument> documents = mongo.stream(query, LoggedEventDocument.class)) {
            documents.map(MongoEventLog::toReceivedEvent).flatMap(Optional::stream).forEach(consumer);
        }
    }

    /** A type no longer in the catalogue is skipped (it was readable when logged; nothing current reads it). */
    private static Optional<ReceivedEvent> toReceivedEvent(LoggedEventDocument document) {
        return EventCatalogue.byType(document.type()).map(type -> new ReceivedEvent(document.id(), document.type(),
                document.source(), document.subject(), document.time(), read(document, type)));
    }

    private static FrontDoorEvent read(LoggedEventDocument document, EventType<?> type) {
        return EventJson.MAPPER.readValue(document.payload(), type.recordClass());
    }
}
