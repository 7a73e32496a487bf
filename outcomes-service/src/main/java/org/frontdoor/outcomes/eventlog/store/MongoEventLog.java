package org.frontdoor.outcomes.eventlog.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.frontdoor.contracts.EventCatalogue;
import org.frontdoor.contracts.EventJson;
import org.frontdoor.contracts.EventType;
import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.outcomes.eventlog.domain.EventLog;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
class MongoEventLog implements EventLog {

    /** MongoDB's duplicate key error: the event is already in the log. */
    private static final int DUPLICATE_KEY = 11000;

    /**
     * Documents per reply when the log is read back: the whole log in one reply can pass the wire protocol's 48 MB
     * message limit (a year of a county is about 90,000 events).
     */
    private static final int READ_BATCH = 2_000;

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoEventLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean append(LoggedEvent event) {
        try {
            mongo.insert(documentOf(event, clock.instant()));
            return true;
        } catch (DuplicateKeyException alreadyLogged) {
            return false;
        }
    }

    /**
     * One unordered bulk insert per batch: a poll of hundreds of events costs one round trip instead of hundreds (the
     * difference between minutes and hours when the whole log is read again). Duplicate ids are reported per event
     * and left out; any other failure of the batch is thrown, and the batch is delivered again.
     */
    @Override
    public List<LoggedEvent> appendAll(List<LoggedEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Instant loggedAt = clock.instant();
        List<LoggedEventDocument> documents = events.stream().map(event -> documentOf(event, loggedAt)).toList();
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, LoggedEventDocument.class).insert(documents).execute();
            return List.copyOf(events);
        } catch (BulkOperationException partly) {
            Set<Integer> alreadyLogged = new HashSet<>();
            for (BulkWriteError error : partly.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw partly;
                }
                alreadyLogged.add(error.getIndex());
            }
            List<LoggedEvent> logged = new ArrayList<>(events.size() - alreadyLogged.size());
            for (int i = 0; i < events.size(); i++) {
                if (!alreadyLogged.contains(i)) {
                    logged.add(events.get(i));
                }
            }
            return logged;
        }
    }

    private static LoggedEventDocument documentOf(LoggedEvent event, Instant loggedAt) {
        return new LoggedEventDocument(event.id(), event.type(), event.source(), event.subject(), event.time(),
                EventJson.MAPPER.writeValueAsString(event.payload()), loggedAt);
    }

    @Override
    public List<LoggedEvent> eventsOfTypes(Set<String> types) {
        Query query = Query.query(Criteria.where("type").in(types)).with(Sort.by("time", "id"))
                .cursorBatchSize(READ_BATCH);
        return mongo.find(query, LoggedEventDocument.class).stream()
                .map(MongoEventLog::toLoggedEvent)
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Read with the driver's own documents rather than mapped to {@link LoggedEventDocument} (the same fields, the same
     * values: {@code time} is stored as a BSON date), which leaves the payload's JSON as the only work per event; and
     * each batch's JSON is read on another thread while the next batch is fetched from the store. The events are handed
     * to {@code consumer} on the calling thread, a batch at a time. This is the read behind every rebuild of the read
     * models.
     */
    @Override
    public void forEachOfTypes(Set<String> types, Consumer<LoggedEvent> consumer) {
        // through the template, so that a store that is down is reported as the template reports it (503, not 500)
        mongo.execute(LoggedEventDocument.class, collection -> {
            CompletableFuture<List<LoggedEvent>> reading = CompletableFuture.completedFuture(List.of());
            try (MongoCursor<Document> documents = collection.find(Filters.in("type", types))
                    .projection(Projections.exclude("loggedAt", "_class")).batchSize(READ_BATCH).cursor()) {
                List<Document> batch = new ArrayList<>(READ_BATCH);
                while (documents.hasNext()) {
                    batch.add(documents.next());
                    if (batch.size() == READ_BATCH || !documents.hasNext()) {
                        List<Document> fetched = batch;
                        List<LoggedEvent> read = joined(reading);
                        reading = CompletableFuture.supplyAsync(() -> fetched.stream()
                                .map(MongoEventLog::toLoggedEvent).flatMap(Optional::stream).toList());
                        read.forEach(consumer);
                        batch = new ArrayList<>(READ_BATCH);
                    }
                }
            }
            joined(reading).forEach(consumer);
            return null;
        });
    }

    /** A batch's events once read; what failed reading them is thrown as it was thrown. */
    private static List<LoggedEvent> joined(CompletableFuture<List<LoggedEvent>> reading) {
        try {
            return reading.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private static Optional<LoggedEvent> toLoggedEvent(Document document) {
        Date time = document.getDate("time");
        return toLoggedEvent(new LoggedEventDocument(String.valueOf(document.get("_id")), document.getString("type"),
                document.getString("source"), document.getString("subject"), time == null ? null : time.toInstant(),
                document.getString("payload"), null));
    }

    /** A type no longer in the catalogue is skipped (it was readable when logged; nothing current reads it). */
    private static Optional<LoggedEvent> toLoggedEvent(LoggedEventDocument document) {
        return EventCatalogue.byType(document.type()).map(type -> new LoggedEvent(document.id(), document.type(),
                document.source(), document.subject(), document.time(), read(document, type)));
    }

    private static FrontDoorEvent read(LoggedEventDocument document, EventType<?> type) {
        return EventJson.MAPPER.readValue(document.payload(), type.recordClass());
    }
}
