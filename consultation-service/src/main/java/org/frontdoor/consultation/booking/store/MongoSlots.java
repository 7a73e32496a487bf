package org.frontdoor.consultation.booking.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.frontdoor.consultation.ConsultationServiceApplication;
import org.frontdoor.consultation.booking.domain.BookedConsultation;
import org.frontdoor.consultation.booking.domain.Change;
import org.frontdoor.consultation.booking.domain.ConsultantType;
import org.frontdoor.consultation.booking.domain.Consultation;
import org.frontdoor.consultation.booking.domain.ConsultationPage;
import org.frontdoor.consultation.booking.domain.ConsultationStatus;
import org.frontdoor.consultation.booking.domain.Slot;
import org.frontdoor.consultation.booking.domain.SlotStatus;
import org.frontdoor.consultation.booking.domain.Slots;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.serviceplatform.outbox.OutboxCollection;
import org.frontdoor.serviceplatform.outbox.OutboxSignal;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Slots in MongoDB. Each change is a single {@code updateFirst} whose filter is the state the domain
 * decided on (e.g. {@code {_id: slotId, status: FREE}} for a booking), so of two concurrent changes only
 * one matches; the change's events are pushed onto the same document's {@code outbox} in that update.
 */
@Repository
class MongoSlots implements Slots, OutboxCollection {

    private static final String SOURCE = "/" + ConsultationServiceApplication.CONFIG_NAME;
    /** The field each of a slot's consultations is unwound into when listing a requester's consultations. */
    private static final String CONSULTATION = "consultation";

    private final MongoTemplate mongo;
    private final OutboxSignal relay;

    MongoSlots(MongoTemplate mongo, OutboxSignal relay) {
        this.mongo = mongo;
        this.relay = relay;
        var indexes = mongo.indexOps(SlotDocument.class);
        indexes.createIndex(new Index().on("consultantId", Sort.Direction.ASC).on("startsAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("startsAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("booking.consultationId", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("pastBookings.consultationId", Sort.Direction.ASC));
        // a practitioner's own consultations (GET /api/consultations/mine): current and past bookings by requester
        indexes.createIndex(new Index().on("booking.requestedBy", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("pastBookings.requestedBy", Sort.Direction.ASC));
    }

    @Override
    public void publish(Slot slot) {
        mongo.insert(SlotDocument.of(slot));
    }

    @Override
    public void unpublish(String slotId) {
        mongo.remove(query(where("_id").is(slotId).and("status").is(SlotStatus.FREE)), SlotDocument.class);
    }

    @Override
    public Optional<Slot> byId(String slotId) {
        return Optional.ofNullable(mongo.findById(slotId, SlotDocument.class)).map(SlotDocument::toSlot);
    }

    @Override
    public List<Slot> holding(String consultationId) {
        Query holding = query(new Criteria().orOperator(
                where("booking.consultationId").is(consultationId),
                where("pastBookings.consultationId").is(consultationId)));
        return mongo.find(holding, SlotDocument.class).stream().map(SlotDocument::toSlot).toList();
    }

    @Override
    public List<Slot> overlapping(String consultantId, Instant from, Instant to) {
        Query overlapping = query(where("consultantId").is(consultantId)
                .and("status").ne(SlotStatus.WITHDRAWN)
                .and("startsAt").lt(to)
                .and("endsAt").gt(from));
        return mongo.find(overlapping, SlotDocument.class).stream().map(SlotDocument::toSlot).toList();
    }

    @Override
    public List<ConsultantType> typesPublishedAs(String consultantId) {
        return mongo.findDistinct(query(where("consultantId").is(consultantId)), "consultantType", SlotDocument.class,
                String.class).stream().map(ConsultantType::valueOf).toList();
    }

    /** The {@code consultantId, startsAt} index serves this: the consultant's slots in start order. */
    @Override
    public List<Slot> ofConsultant(String consultantId, Instant from, Instant to, int limit) {
        Query diary = query(where("consultantId").is(consultantId).and("startsAt").gte(from).lt(to))
                .with(Sort.by(Sort.Direction.ASC, "startsAt").and(Sort.by(Sort.Direction.ASC, "_id")))
                .limit(limit);
        diary.fields().exclude("outbox");
        return mongo.find(diary, SlotDocument.class).stream().map(SlotDocument::toSlot).toList();
    }

    /**
     * One aggregation: the slots holding a consultation the requester booked (now or in the past: the two
     * {@code requestedBy} indexes), each of their consultations as one row ({@code booking} and {@code pastBookings}
     * together), only the requester's and not the copies a reschedule left behind ({@code MOVED}), by start (latest
     * first, then consultation id), one page of them and the count of all. The sort is in memory over one person's
     * consultations.
     */
    @Override
    public ConsultationPage requestedBy(String requesterId, int page, int size) {
        List<Document> pipeline = List.of(
                new Document("$match", new Document("$or", List.of(
                        new Document("booking.requestedBy", requesterId),
                        new Document("pastBookings.requestedBy", requesterId)))),
                new Document("$project", new Document("outbox", 0)),
                // [booking] ($map over one element: an array literal naming a field is not evaluated by every
                // store that speaks MongoDB's protocol) followed by pastBookings; a slot without a booking gives null
                new Document("$addFields", new Document(CONSULTATION, new Document("$concatArrays", List.of(
                        new Document("$map", new Document("input", List.of(0)).append("in", "$booking")),
                        new Document("$ifNull", List.of("$pastBookings", List.of())))))),
                new Document("$unwind", "$" + CONSULTATION),
                new Document("$match", new Document(CONSULTATION + ".requestedBy", requesterId)
                        .append(CONSULTATION + ".status", new Document("$ne", ConsultationStatus.MOVED.name()))),
                new Document("$sort", new Document("startsAt", -1).append(CONSULTATION + ".consultationId", 1)),
                new Document("$facet", new Document("page", List.of(
                        new Document("$skip", page * size), new Document("$limit", size)))
                        .append("total", List.of(new Document("$group",
                                new Document("_id", null).append("n", new Document("$sum", 1)))))));
        Document result = mongo.getCollection(SlotDocument.COLLECTION).aggregate(pipeline).first();
        List<BookedConsultation> consultations = new ArrayList<>();
        long total = 0;
        if (result != null) {
            for (Document row : result.getList("page", Document.class)) {
                Slot slot = mongo.getConverter().read(SlotDocument.class, row).toSlot();
                Consultation consultation = mongo.getConverter()
                        .read(BookingDocument.class, row.get(CONSULTATION, Document.class)).toConsultation();
                consultations.add(new BookedConsultation(slot, consultation));
            }
            List<Document> counted = result.getList("total", Document.class);
            total = counted.isEmpty() ? 0 : ((Number) counted.get(0).get("n")).longValue();
        }
        return new ConsultationPage(consultations, page, size, total);
    }

    @Override
    public List<Slot> free(ConsultantType consultantType, Instant from, Instant to, int limit) {
        Criteria free = where("status").is(SlotStatus.FREE).and("startsAt").gte(from).lte(to);
        if (consultantType != null) {
            free = free.and("consultantType").is(consultantType);
        }
        Query query = query(free).with(Sort.by(Sort.Direction.ASC, "startsAt")).limit(limit);
        return mongo.find(query, SlotDocument.class).stream().map(SlotDocument::toSlot).toList();
    }

    @Override
    public boolean claim(Change<Slot> booked) {
        Slot slot = booked.state();
        Update update = new Update()
                .set("status", SlotStatus.BOOKED)
                .set("booking", BookingDocument.of(slot.booking()))
                .inc("version", 1);
        return apply(query(where("_id").is(slot.id()).and("status").is(SlotStatus.FREE)), update, booked);
    }

    @Override
    public boolean release(Change<Slot> freed, String consultationId) {
        Slot slot = freed.state();
        Update update = new Update()
                .set("status", SlotStatus.FREE)
                .unset("booking")
                .push("pastBookings", BookingDocument.of(slot.pastBookings().get(slot.pastBookings().size() - 1)))
                .inc("version", 1);
        return apply(stillBooked(slot.id(), consultationId), update, freed);
    }

    @Override
    public boolean recordHeld(Change<Slot> held, String consultationId) {
        Slot slot = held.state();
        Update update = new Update().set("booking", BookingDocument.of(slot.booking())).inc("version", 1);
        return apply(stillBooked(slot.id(), consultationId), update, held);
    }

    @Override
    public boolean withdraw(Slot withdrawn) {
        Query free = query(where("_id").is(withdrawn.id()).and("status").is(SlotStatus.FREE)
                .and("consultantId").is(withdrawn.consultantId()));
        Update update = new Update().set("status", SlotStatus.WITHDRAWN).inc("version", 1);
        return mongo.updateFirst(free, update, SlotDocument.class).getMatchedCount() == 1;
    }

    private static Query stillBooked(String slotId, String consultationId) {
        return query(where("_id").is(slotId)
                .and("booking.consultationId").is(consultationId)
                .and("booking.status").is(ConsultationStatus.BOOKED));
    }

    /**
     * The change and its events in one update; if it was written, the relay is told so that the events leave now
     * (in time order across slots: the signal runs the collection's time-ordered round).
     */
    private boolean apply(Query guard, Update update, Change<Slot> change) {
        if (!change.events().isEmpty()) {
            update.push("outbox").each(change.events().stream().map(e -> OutboxMessage.of(SOURCE, e)).toArray());
        }
        boolean written = mongo.updateFirst(guard, update, SlotDocument.class).getMatchedCount() == 1;
        if (written && !change.events().isEmpty()) {
            relay.eventsWritten(SlotDocument.COLLECTION, change.state().id());
        }
        return written;
    }

    /** Each slot's events wait in its own document, written with the change: service-platform relays them. */
    @Override
    public String outboxCollection() {
        return SlotDocument.COLLECTION;
    }

    /**
     * A consultation moved to another slot has events in two documents: they must leave in the order they happened
     * (booked, rescheduled, cancelled), not slot by slot.
     */
    @Override
    public boolean acrossDocumentsInTimeOrder() {
        return true;
    }
}
