package org.frontdoor.cases.earlyhelp.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;

import org.frontdoor.cases.earlyhelp.domain.Change;
import org.frontdoor.cases.earlyhelp.domain.CaseListing;
import org.frontdoor.cases.earlyhelp.domain.CaseSchedule;
import org.frontdoor.cases.earlyhelp.domain.CaseStatus;
import org.frontdoor.cases.earlyhelp.domain.CaseStore;
import org.frontdoor.cases.earlyhelp.domain.Closure;
import org.frontdoor.cases.earlyhelp.domain.ConcurrentChange;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.cases.earlyhelp.domain.FamilyMember;
import org.frontdoor.cases.earlyhelp.domain.LeadProfessional;
import org.frontdoor.cases.earlyhelp.events.CasePublications;
import org.frontdoor.serviceplatform.outbox.OutboxCollection;
import org.frontdoor.serviceplatform.outbox.OutboxSignal;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Early help cases in the {@code cases} collection. A new case is inserted with its events in its outbox; a change
 * is one conditional update on the version it was read at, that sets the new state, pushes its events onto the
 * outbox and increments the version. Either way: one single-document write, no transactions.
 */
@Component
class MongoCaseStore implements CaseStore, OutboxCollection {

    private static final Logger log = LoggerFactory.getLogger(MongoCaseStore.class);

    private final MongoTemplate mongo;
    private final OutboxSignal relay;

    MongoCaseStore(MongoTemplate mongo, OutboxSignal relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    @Override
    public String outboxCollection() {
        return CaseDocument.COLLECTION;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            mongo.indexOps(CaseDocument.class).createIndex(new Index().on("childIds", Sort.Direction.ASC));
            mongo.indexOps(CaseDocument.class).createIndex(new Index().on("status", Sort.Direction.ASC)
                    .on("openedAt", Sort.Direction.DESC));
        } catch (RuntimeException e) {
            log.warn("Could not create the case indexes now; queries still work, slower: {}", e.getMessage());
        }
    }

    @Override
    public Optional<EarlyHelpCase> find(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, CaseDocument.class)).map(MongoCaseStore::toCase);
    }

    @Override
    public boolean open(Change opening) {
        EarlyHelpCase opened = opening.after();
        List<OutboxMessage> events = outboxOf(opening);
        try {
            mongo.insert(new CaseDocument(opened.caseId(), null, opened.status(), opened.familyId(),
                    opened.members().stream().map(m -> new CaseDocument.Member(m.personId(), m.role())).toList(),
                    opened.childIds(), opened.sourceReferralId().orElse(null), opened.locality().orElse(null),
                    opened.openedAt(), lead(opened), closing(opened.closure().orElse(null)),
                    opened.earlierClosures().stream().map(MongoCaseStore::closing).toList(),
                    opened.reopenedAt().orElse(null), List.of(), null, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), events));
            if (!events.isEmpty()) {
                relay.eventsWritten(CaseDocument.COLLECTION, opened.caseId());
            }
            return true;
        } catch (DuplicateKeyException alreadyOpen) {
            return false;
        }
    }

    @Override
    public void save(Change change) {
        EarlyHelpCase after = change.after();
        Update update = new Update()
                .set("status", after.status())
                .set("leadProfessional", lead(after))
                .set("closure", closing(after.closure().orElse(null)))
                .set("earlierClosures", after.earlierClosures().stream().map(MongoCaseStore::closing).toList())
                .set("reopenedAt", after.reopenedAt().orElse(null))
                .set("members", after.members().stream()
                        .map(m -> new CaseDocument.Member(m.personId(), m.role())).toList())
                .set("webstars", after.work().webstars().stream().map(CaseWorkMapping::webstar).toList())
                .set("familyThemes", after.work().familyThemes().map(CaseWorkMapping::themes).orElse(null))
                .set("outcomeEvidence", after.work().evidence().stream().map(CaseWorkMapping::evidence).toList())
                .set("reviews", after.work().reviews().stream().map(CaseWorkMapping::review).toList())
                .set("stepUps", after.work().stepUps().stream().map(CaseWorkMapping::stepUp).toList())
                .set("familyPlans", after.work().plans().stream().map(CaseWorkMapping::plan).toList())
                .set("actionUpdates", after.work().actionUpdates().stream().map(CaseWorkMapping::update).toList())
                .set("allocations", after.work().allocations().stream().map(CaseWorkMapping::allocation).toList())
                .inc("version", 1);
        List<OutboxMessage> events = outboxOf(change);
        if (!events.isEmpty()) {
            update.push("outbox").each(events.toArray());
        }
        long matched = mongo.updateFirst(query(where("_id").is(after.caseId()).and("version").is(after.revision())),
                update, CaseDocument.class).getMatchedCount();
        if (matched == 0) {
            throw new ConcurrentChange(after.caseId());
        }
        if (!events.isEmpty()) {
            relay.eventsWritten(CaseDocument.COLLECTION, after.caseId());
        }
    }

    @Override
    public List<EarlyHelpCase> list(CaseListing listing) {
        Query query = new Query();
        if (listing.status() != null) {
            query.addCriteria(where("status").is(listing.status()));
        }
        if (listing.practitionerId() != null) {
            query.addCriteria(new Criteria().orOperator(where("leadProfessional").is(null),
                    where("leadProfessional.professionalId").is(listing.practitionerId())));
        }
        if (listing.ledBy() != null) {
            query.addCriteria(where("leadProfessional.professionalId").is(listing.ledBy()));
        }
        if (listing.unallocatedOnly()) {
            query.addCriteria(where("leadProfessional").is(null));
        }
        query.with(listing.unallocatedOnly() ? Sort.by(Sort.Order.asc("openedAt"), Sort.Order.asc("_id"))
                        : Sort.by(Sort.Order.desc("openedAt"), Sort.Order.asc("_id")))
                .skip((long) listing.page() * listing.size())
                .limit(listing.size());
        return mongo.find(query, CaseDocument.class).stream().map(MongoCaseStore::toCase).toList();
    }

    /**
     * Every open case, read without its Webstars, outcome evidence, allocations and outbox (which the schedule does not need):
     * a few thousand open cases at most, so the rules are applied here rather than in a query.
     */
    @Override
    public List<CaseSchedule> openCaseSchedules() {
        Query open = query(where("status").is(CaseStatus.OPEN));
        open.fields().exclude("webstars").exclude("outcomeEvidence").exclude("allocations")
                .exclude("outbox");
        return mongo.find(open, CaseDocument.class).stream().map(MongoCaseStore::toCase).map(CaseSchedule::of)
                .toList();
    }

    @Override
    public List<EarlyHelpCase> ofChild(String childId) {
        return mongo.find(query(where("childIds").is(childId)).with(Sort.by("openedAt", "_id")), CaseDocument.class)
                .stream().map(MongoCaseStore::toCase).toList();
    }

    private static List<OutboxMessage> outboxOf(Change change) {
        return change.events().stream().map(CasePublications::outboxMessage).toList();
    }

    private static CaseDocument.Lead lead(EarlyHelpCase theCase) {
        return theCase.leadProfessional()
                .map(l -> new CaseDocument.Lead(l.professionalId(), l.agency(), l.allocatedAt()))
                .orElse(null);
    }

    private static CaseDocument.Closing closing(Closure closure) {
        return closure == null ? null : new CaseDocument.Closing(closure.reason(), closure.judgement(),
                closure.summary(), closure.closedAt(), closure.closedBy());
    }

    private static Closure closure(CaseDocument.Closing closing) {
        return closing == null ? null : new Closure(closing.reason(), closing.judgement(), closing.summary(),
                closing.closedAt(), closing.closedBy());
    }

    private static EarlyHelpCase toCase(CaseDocument doc) {
        CaseDocument.Lead lead = doc.leadProfessional();
        return EarlyHelpCase.restore(doc.id(), doc.version(), doc.status(), doc.familyId(),
                doc.members().stream().map(m -> new FamilyMember(m.personId(), m.role())).toList(),
                doc.sourceReferralId(), doc.locality(), doc.openedAt(),
                lead == null ? null : new LeadProfessional(lead.professionalId(), lead.agency(), lead.allocatedAt()),
                closure(doc.closure()),
                doc.earlierClosures() == null ? List.of()
                        : doc.earlierClosures().stream().map(MongoCaseStore::closure).toList(),
                doc.reopenedAt(), CaseWorkMapping.work(doc));
    }
}
