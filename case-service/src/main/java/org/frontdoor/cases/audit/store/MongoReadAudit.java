package org.frontdoor.cases.audit.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bson.types.ObjectId;
import org.frontdoor.cases.access.domain.Role;
import org.frontdoor.cases.audit.domain.AuditQuery;
import org.frontdoor.cases.audit.domain.AuditTrail;
import org.frontdoor.cases.audit.domain.ReadAudit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The read audit in the {@code audit} collection. Entries are only ever inserted and found: this adapter has no
 * update or delete, so the service offers no way to change the trail. Each entry's id is a new ObjectId, which grows
 * with each insert of this process: two reads in the same millisecond still list newest first.
 */
@Component
class MongoReadAudit implements ReadAudit, AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(MongoReadAudit.class);

    private final MongoTemplate mongo;

    MongoReadAudit(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndexes() {
        try {
            mongo.indexOps(AuditEntryDocument.class).createIndex(new Index().on("when", Sort.Direction.DESC));
        } catch (RuntimeException e) {
            log.warn("Could not create the audit index now; the report still works, slower: {}",
                    e.getClass().getName());
        }
    }

    @Override
    public void record(List<Entry> entries) {
        mongo.insert(entries.stream()
                .map(e -> new AuditEntryDocument(new ObjectId().toHexString(), e.who(),
                        e.roles().stream().map(Enum::name).sorted().toList(), e.what(), e.caseId(), e.childId(),
                        e.when(), e.breakGlassReason()))
                .toList(), AuditEntryDocument.class);
    }

    @Override
    public List<Entry> find(AuditQuery audit) {
        Query query = new Query();
        if (audit.from() != null || audit.to() != null) {
            Criteria when = where("when");
            if (audit.from() != null) {
                when = when.gte(audit.from());
            }
            if (audit.to() != null) {
                when = when.lt(audit.to());
            }
            query.addCriteria(when);
        }
        if (audit.subject() != null) {
            query.addCriteria(where("who").is(audit.subject()));
        }
        if (audit.record() != null) {
            query.addCriteria(new Criteria().orOperator(where("caseId").is(audit.record()),
                    where("childId").is(audit.record())));
        }
        if (audit.breakGlassOnly()) {
            query.addCriteria(where("breakGlassReason").ne(null));
        }
        query.with(Sort.by(Sort.Order.desc("when"), Sort.Order.desc("_id")))
                .skip((long) audit.page() * audit.size())
                .limit(audit.size());
        return mongo.find(query, AuditEntryDocument.class).stream().map(MongoReadAudit::entry).toList();
    }

    private static Entry entry(AuditEntryDocument d) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : d.roles() == null ? List.<String>of() : d.roles()) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return new Entry(d.who(), roles, d.what(), d.caseId(), d.childId(), d.when(), d.breakGlassReason());
    }
}
