package org.frontdoor.referral.intake.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.referral.ReferralServiceApplication;
import org.frontdoor.referral.intake.domain.ConcurrentChange;
import org.frontdoor.referral.intake.domain.OpenReferrals;
import org.frontdoor.referral.intake.domain.Referral;
import org.frontdoor.referral.intake.domain.ReferralLinking;
import org.frontdoor.referral.intake.domain.Referrals;
import org.frontdoor.referral.intake.domain.ReferralStatus;
import org.frontdoor.referral.intake.domain.SearchCriteria;
import org.frontdoor.referral.intake.domain.SearchResults;
import org.frontdoor.referral.intake.domain.TriageOutcome;
import org.frontdoor.serviceplatform.outbox.OutboxCollection;
import org.frontdoor.serviceplatform.outbox.OutboxSignal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Referrals in MongoDB: one document per referral, its outbox inside it (so the state change and its
 * events are one single-document write; no multi-document transactions).
 */
@Repository
class MongoReferrals implements Referrals, OpenReferrals, OutboxCollection {

    static final String COLLECTION = "referrals";
    static final String SOURCE = "/" + ReferralServiceApplication.CONFIG_NAME;

    private final MongoTemplate mongo;
    private final OutboxSignal relay;

    MongoReferrals(MongoTemplate mongo, OutboxSignal relay) {
        this.mongo = mongo;
        this.relay = relay;
        // Unique per caller and key; sparse, so referrals without a key (no "idempotency" part) are not indexed.
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("idempotency.createdBy", Sort.Direction.ASC)
                .on("idempotency.key", Sort.Direction.ASC)
                .unique()
                .sparse()
                .named("idempotency_per_caller"));
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("searchKeys", Sort.Direction.ASC)
                .on("receivedAt", Sort.Direction.DESC)
                .named("search_by_child"));
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("childIds", Sort.Direction.ASC)
                .on("receivedAt", Sort.Direction.DESC)
                .named("by_child"));
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("partnerId", Sort.Direction.ASC)
                .on("receivedAt", Sort.Direction.DESC)
                .named("by_partner"));
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("status", Sort.Direction.ASC)
                .on("receivedAt", Sort.Direction.ASC)
                .named("undecided_by_age"));
    }

    @Override
    public void add(Referral referral, List<FrontDoorEvent> events) {
        List<OutboxMessage> outbox = events.stream().map(event -> OutboxMessage.of(SOURCE, event)).toList();
        try {
            mongo.insert(ReferralMapping.toDocument(referral, outbox), COLLECTION);
        } catch (DuplicateKeyException e) {
            if (referral.idempotencyKey() == null) {
                throw e;
            }
            throw new IdempotencyKeyTaken(e);
        }
        if (!outbox.isEmpty()) {
            relay.eventsWritten(COLLECTION, referral.referralId());
        }
    }

    @Override
    public Optional<Referral> find(String referralId) {
        return Optional.ofNullable(mongo.findById(referralId, ReferralDocument.class, COLLECTION))
                .map(ReferralMapping::toReferral);
    }

    @Override
    public Optional<Referral> findByIdempotencyKey(String createdBy, String key) {
        Query byKey = query(where("idempotency.createdBy").is(createdBy).and("idempotency.key").is(key));
        return Optional.ofNullable(mongo.findOne(byKey, ReferralDocument.class, COLLECTION))
                .map(ReferralMapping::toReferral);
    }

    @Override
    public void update(Referral changed, List<FrontDoorEvent> events) {
        ReferralDocument document = ReferralMapping.toDocument(changed, List.of());
        Update change = new Update()
                .set("referrer", document.referrer())
                .set("adults", document.adults())
                .set("assessmentFactors", document.assessmentFactors())
                .set("familyThemes", document.familyThemes())
                .set("consent", document.consent())
                .set("localityUnknown", document.localityUnknown())
                .set("childIds", document.childIds())
                .set("sourceCode", document.sourceCode())
                .set("pathway", document.pathway())
                .set("urgency", document.urgency())
                .set("locality", document.locality())
                .set("concerns", document.concerns())
                .set("children", document.children())
                .set("familyId", document.familyId())
                .set("searchKeys", document.searchKeys())
                .set("status", document.status())
                .set("withdrawal", document.withdrawal())
                .inc("version", 1);
        if (!events.isEmpty()) {
            change.push("outbox").each(events.stream().map(event -> OutboxMessage.of(SOURCE, event)).toArray());
        }
        Query sameVersion = query(where("_id").is(changed.referralId()).and("version").is(changed.version()));
        if (mongo.updateFirst(sameVersion, change, COLLECTION).getModifiedCount() != 1) {
            throw new ConcurrentChange(changed.referralId());
        }
        if (!events.isEmpty()) {
            relay.eventsWritten(COLLECTION, changed.referralId());
        }
    }

    @Override
    public List<ReferralLinking.EarlierReferral> earlierAbout(List<String> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        Query aboutChildren = query(where("childIds").in(childIds))
                .with(Sort.by(Sort.Direction.DESC, "receivedAt"))
                .limit(100);
        aboutChildren.fields().include("receivedAt", "status", "childIds");
        return mongo.find(aboutChildren, LinkingView.class, COLLECTION).stream()
                .map(view -> new ReferralLinking.EarlierReferral(view.id(), view.receivedAt(),
                        ReferralStatus.valueOf(view.status()), view.childIds() == null ? List.of() : view.childIds()))
                .toList();
    }

    @Override
    public SearchResults postedBy(String partnerId, int page, int size) {
        Query posted = query(where("partnerId").is(partnerId));
        long total = mongo.count(posted, COLLECTION);
        posted.with(Sort.by(Sort.Direction.DESC, "receivedAt").and(Sort.by("_id"))).skip((long) page * size).limit(size);
        List<Referral> found = mongo.find(posted, ReferralDocument.class, COLLECTION).stream()
                .map(ReferralMapping::toReferral)
                .toList();
        return new SearchResults(found, page, size, total);
    }

    @Override
    public long countReceivedBefore(Instant cutoff) {
        return mongo.count(undecidedReceivedBefore(cutoff), COLLECTION);
    }

    @Override
    public List<Referral> receivedBefore(Instant cutoff, int page, int size) {
        Query oldestFirst = undecidedReceivedBefore(cutoff)
                .with(Sort.by(Sort.Direction.ASC, "receivedAt").and(Sort.by("_id")))
                .skip((long) page * size)
                .limit(size);
        return mongo.find(oldestFirst, ReferralDocument.class, COLLECTION).stream()
                .map(ReferralMapping::toReferral)
                .toList();
    }

    private static Query undecidedReceivedBefore(Instant cutoff) {
        return query(where("status").is(ReferralStatus.RECEIVED.name()).and("receivedAt").lt(cutoff));
    }

    /** The projection linking reads. */
    record LinkingView(String id, Instant receivedAt, String status, List<String> childIds) {
    }

    @Override
    public SearchResults search(SearchCriteria criteria, int page, int size) {
        Query matching = query(where("searchKeys").is(criteria.key()));
        long total = mongo.count(matching, COLLECTION);
        matching.with(Sort.by(Sort.Direction.DESC, "receivedAt").and(Sort.by("_id"))).skip((long) page * size).limit(size);
        List<Referral> found = mongo.find(matching, ReferralDocument.class, COLLECTION).stream()
                .map(ReferralMapping::toReferral)
                .toList();
        return new SearchResults(found, page, size, total);
    }

    @Override
    public boolean recordDecision(String referralId, String eventId, TriageOutcome outcome) {
        Query unseenAndLater = query(where("_id").is(referralId)
                .and("seenEventIds").ne(eventId)
                .and("status").ne(ReferralStatus.WITHDRAWN.name())
                .orOperator(where("decision").exists(false), where("decision.decidedAt").lt(outcome.decidedAt())));
        Update show = new Update()
                .set("status", ReferralStatus.DECIDED.name())
                .set("decision", ReferralMapping.toPart(outcome))
                .push("seenEventIds", eventId)
                .inc("version", 1);
        return mongo.updateFirst(unseenAndLater, show, COLLECTION).getModifiedCount() == 1;
    }

    /** Each referral's events wait in its own document, written with the change: service-platform relays them. */
    @Override
    public String outboxCollection() {
        return COLLECTION;
    }
}
