package org.frontdoor.triage.queue.store;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.serviceplatform.outbox.OutboxCollection;
import org.frontdoor.serviceplatform.outbox.OutboxSignal;
import org.frontdoor.triage.decision.domain.Consent;
import org.frontdoor.triage.decision.domain.DecisionProposal.ValidDecision;
import org.frontdoor.triage.decision.domain.Level4Proposal;
import org.frontdoor.triage.decision.domain.Route;
import org.frontdoor.triage.decision.domain.ThresholdLevel;
import org.frontdoor.triage.decision.domain.TriageDecision;
import org.frontdoor.triage.queue.domain.ConcurrentChange;
import org.frontdoor.triage.queue.domain.Pathway;
import org.frontdoor.triage.queue.domain.Referral;
import org.frontdoor.triage.queue.domain.TriageItem;
import org.frontdoor.triage.queue.domain.TriageItems;
import org.frontdoor.triage.queue.domain.TriageStatus;
import org.frontdoor.triage.queue.domain.Urgency;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Triage items in MongoDB. A change is one conditional {@code updateFirst} on {@code _id} and the version
 * read: it rewrites the state, bumps the version and pushes the change's events onto the outbox, so the
 * state and its events are stored together or not at all (no multi-document transactions). service-platform's relay
 * publishes the outbox ({@link OutboxCollection}).
 */
@Component
public class MongoTriageItems implements TriageItems, OutboxCollection {

    /** referral-service's links, as {@link MongoReferralLinks} keeps them. */
    private static final String REFERRAL_LINKS = "referralLinks";

    static final String SOURCE = "/triage-service";

    private final MongoTemplate mongo;
    private final OutboxSignal relay;

    public MongoTriageItems(MongoTemplate mongo, OutboxSignal relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /** Each referral's triage events wait in its own item, written with the change: service-platform relays them. */
    @Override
    public String outboxCollection() {
        return TriageItemDocument.COLLECTION;
    }

    @Override
    public Optional<TriageItem> find(String referralId) {
        return Optional.ofNullable(mongo.findById(referralId, TriageItemDocument.class)).map(MongoTriageItems::toDomain);
    }

    @Override
    public List<TriageItem> open() {
        return mongo.find(Query.query(where("status").is(TriageStatus.OPEN.name())), TriageItemDocument.class)
                .stream().map(MongoTriageItems::toDomain).toList();
    }

    @Override
    public List<TriageItem> concerningChildren(Collection<String> childIds) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(where("childIds").in(childIds)), TriageItemDocument.class)
                .stream().map(MongoTriageItems::toDomain).toList();
    }

    @Override
    public Optional<DecisionOnRecord> findDecision(String decisionId) {
        Query query = Query.query(new Criteria().orOperator(where("decision.decisionId").is(decisionId),
                where("revisions.decisionId").is(decisionId)));
        return mongo.find(query, TriageItemDocument.class).stream().map(MongoTriageItems::toDomain)
                .flatMap(item -> item.decisionHistory().stream()
                        .filter(decision -> decision.decisionId().equals(decisionId))
                        .map(decision -> new DecisionOnRecord(item.referralId(), decision)))
                .findFirst();
    }

    @Override
    public boolean decidedHere(String decisionId) {
        Query query = Query.query(new Criteria().orOperator(where("decision.decisionId").is(decisionId),
                where("revisions.decisionId").is(decisionId),
                where("decision.furtherContacts.decisionId").is(decisionId),
                where("revisions.furtherContacts.decisionId").is(decisionId)));
        return mongo.find(query, TriageItemDocument.class).stream().map(MongoTriageItems::toDomain)
                .anyMatch(item -> item.decisionHistory().stream().anyMatch(made -> made.madeHereAs(decisionId)));
    }

    /**
     * By key lookups only: the referral's own record, then the record of any referral it was linked into as a further
     * contact (its primary, from the record or from referral-service's FURTHER_CONTACT links, in case the link came
     * before the contact itself). The embedded store cannot index the nested arrays {@link #decidedHere(String)}
     * searches, so a year of imported history checked that way takes quadratically long.
     */
    @Override
    public boolean decidedHere(String referralId, String decisionId) {
        Optional<TriageItem> item = find(referralId);
        if (item.isPresent() && madeOn(item.get(), decisionId)) {
            return true;
        }
        Set<String> primaries = new LinkedHashSet<>();
        item.map(TriageItem::linkedInto).ifPresent(primaries::add);
        Query furtherContactOf = Query.query(where("referralId").is(referralId).and("kind").is("FURTHER_CONTACT"));
        mongo.find(furtherContactOf, Document.class, REFERRAL_LINKS)
                .forEach(link -> primaries.add(link.getString("linkedReferralId")));
        return primaries.stream().filter(Objects::nonNull).map(this::find).flatMap(Optional::stream)
                .anyMatch(primary -> madeOn(primary, decisionId));
    }

    private static boolean madeOn(TriageItem item, String decisionId) {
        return item.decisionHistory().stream().anyMatch(made -> made.madeHereAs(decisionId));
    }

    @Override
    public boolean add(TriageItem item) {
        try {
            mongo.insert(toDocument(item));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public void update(TriageItem item, List<FrontDoorEvent> events) {
        Document state = new Document();
        mongo.getConverter().write(toDocument(item), state);
        Update update = new Update();
        for (String field : TriageItemDocument.STATE_FIELDS) {
            if (state.get(field) == null) {
                update.unset(field);
            } else {
                update.set(field, state.get(field));
            }
        }
        update.inc("version", 1);
        if (!events.isEmpty()) {
            Object[] messages = events.stream()
                    .map(event -> mongo.getConverter().convertToMongoType(OutboxMessage.of(SOURCE, event)))
                    .toArray();
            update.push("outbox").each(messages);
        }
        Query sameVersion = Query.query(where("_id").is(item.referralId()).and("version").is(item.version()));
        UpdateResult result = mongo.updateFirst(sameVersion, update, TriageItemDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentChange(item.referralId());
        }
        if (!events.isEmpty()) {
            relay.eventsWritten(outboxCollection(), item.referralId());
        }
    }

    static TriageItemDocument toDocument(TriageItem item) {
        Referral referral = item.referral();
        TriageItemDocument document = new TriageItemDocument();
        document.referralId = referral.referralId();
        document.version = item.version();
        document.receivedAt = referral.receivedAt();
        document.needIdentifiedAt = referral.needIdentifiedAt();
        document.pathway = referral.pathway().name();
        document.urgency = referral.urgency().name();
        document.sourceCode = referral.sourceCode();
        document.channel = referral.channel();
        document.childIds = referral.childIds();
        document.familyId = referral.familyId();
        document.locality = referral.locality();
        document.deadline = item.deadline();
        document.status = item.status().name();
        document.claimedBy = item.claimedBy();
        document.claimedAt = item.claimedAt();
        document.withdrawnAt = item.withdrawnAt();
        document.seenEventIds = item.seenEventIds();
        document.decision = item.decision() == null ? null : toDocument(item.decision());
        document.revisions = item.revisions().stream().map(MongoTriageItems::toDocument).toList();
        document.consent = referral.consent() == null ? null : referral.consent().name();
        document.strategyDiscussion = item.strategyDiscussion();
        document.earlierReferralIds = item.earlierReferralIds();
        document.furtherContacts = item.furtherContacts().stream().map(MongoTriageItems::toContact).toList();
        document.linkedInto = item.linkedInto();
        document.linkNote = item.linkNote();
        document.proposals = item.proposals().stream().map(MongoTriageItems::toDocument).toList();
        return document;
    }

    static TriageItem toDomain(TriageItemDocument document) {
        Referral referral = new Referral(document.referralId, document.receivedAt, document.needIdentifiedAt,
                Pathway.of(document.pathway), Urgency.of(document.urgency), document.sourceCode, document.channel,
                document.childIds, document.familyId, document.locality, consent(document.consent));
        TriageDecision decision = document.decision == null ? null : toDomain(document.decision);
        List<TriageDecision> revisions = document.revisions == null ? List.of()
                : document.revisions.stream().map(MongoTriageItems::toDomain).toList();
        return new TriageItem(referral, document.deadline, TriageStatus.valueOf(document.status), document.claimedBy,
                document.claimedAt, decision, revisions, document.withdrawnAt,
                document.seenEventIds == null ? List.of() : document.seenEventIds, document.version,
                document.strategyDiscussion, document.earlierReferralIds,
                document.furtherContacts == null ? List.of()
                        : document.furtherContacts.stream().map(MongoTriageItems::toReferral).toList(),
                document.linkedInto, document.linkNote,
                document.proposals == null ? List.of()
                        : document.proposals.stream().map(MongoTriageItems::toDomain).toList());
    }

    private static Consent consent(String code) {
        return code == null ? null : Consent.of(code).orElseThrow(() -> new IllegalStateException("Unknown consent " + code));
    }

    private static TriageItemDocument.ContactDocument toContact(Referral contact) {
        return new TriageItemDocument.ContactDocument(contact.referralId(), contact.receivedAt(),
                contact.needIdentifiedAt(), contact.pathway().name(), contact.urgency().name(), contact.sourceCode(),
                contact.channel(), contact.childIds(), contact.familyId(), contact.locality(),
                contact.consent() == null ? null : contact.consent().name());
    }

    private static Referral toReferral(TriageItemDocument.ContactDocument stored) {
        return new Referral(stored.referralId(), stored.receivedAt(), stored.needIdentifiedAt(),
                Pathway.of(stored.pathway()), Urgency.of(stored.urgency()), stored.sourceCode(), stored.channel(),
                stored.childIds(), stored.familyId(), stored.locality(), consent(stored.consent()));
    }

    private static TriageItemDocument.ProposalDocument toDocument(Level4Proposal proposal) {
        ValidDecision decision = proposal.decision();
        return new TriageItemDocument.ProposalDocument(proposal.proposalId(), decision.level().number(),
                decision.route().name(), decision.earlyHelpOffered(), decision.primaryNeed(),
                decision.assessmentFactors(), decision.rationale(), decision.team(), proposal.proposedBy(),
                proposal.proposedAt(), proposal.requestKey(), proposal.status().name(), proposal.reviewedBy(),
                proposal.reviewedAt(), proposal.returnReason(), proposal.decisionId());
    }

    private static Level4Proposal toDomain(TriageItemDocument.ProposalDocument stored) {
        ValidDecision decision = new ValidDecision(ThresholdLevel.of(stored.level()).orElseThrow(),
                Route.valueOf(stored.route()), stored.earlyHelpOffered(), stored.primaryNeed(),
                stored.assessmentFactors() == null ? List.of() : stored.assessmentFactors(), stored.rationale(),
                stored.team());
        return new Level4Proposal(stored.proposalId(), decision, stored.proposedBy(), stored.proposedAt(),
                stored.requestKey(), Level4Proposal.Status.valueOf(stored.status()), stored.reviewedBy(),
                stored.reviewedAt(), stored.returnReason(), stored.decisionId());
    }

    private static TriageItemDocument.DecisionDocument toDocument(TriageDecision decision) {
        return new TriageItemDocument.DecisionDocument(decision.decisionId(), decision.level().number(),
                decision.route().name(), decision.earlyHelpOffered(), decision.primaryNeed(),
                decision.assessmentFactors(), decision.rationale(), decision.decidedBy(), decision.decidedAt(),
                decision.withinWorkingDay(), decision.revisesDecisionId(), decision.requestKey(), decision.team(),
                decision.furtherContacts().stream()
                        .map(c -> new TriageItemDocument.ContactDecisionDocument(c.referralId(), c.decisionId()))
                        .toList(),
                decision.approvedProposalId(), decision.recordedFromEventLog() ? Boolean.TRUE : null);
    }

    private static TriageDecision toDomain(TriageItemDocument.DecisionDocument stored) {
        return new TriageDecision(stored.decisionId(), ThresholdLevel.of(stored.level()).orElseThrow(),
                Route.valueOf(stored.route()), stored.earlyHelpOffered(), stored.primaryNeed(),
                stored.assessmentFactors() == null ? List.of() : stored.assessmentFactors(), stored.rationale(),
                stored.decidedBy(), stored.decidedAt(), stored.withinWorkingDay(), stored.revisesDecisionId(),
                stored.requestKey(), stored.team(),
                stored.furtherContacts() == null ? List.of() : stored.furtherContacts().stream()
                        .map(c -> new TriageDecision.ContactDecision(c.referralId(), c.decisionId())).toList(),
                stored.approvedProposalId(), Boolean.TRUE.equals(stored.recordedFromEventLog()));
    }
}
