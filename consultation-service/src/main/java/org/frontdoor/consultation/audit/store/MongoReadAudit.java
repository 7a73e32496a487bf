package org.frontdoor.consultation.audit.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.frontdoor.consultation.audit.domain.AuditAction;
import org.frontdoor.consultation.audit.domain.AuditEntry;
import org.frontdoor.consultation.audit.domain.AuditPage;
import org.frontdoor.consultation.audit.domain.AuditQuery;
import org.frontdoor.consultation.audit.domain.ReadAudit;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.TypeAlias;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The read audit trail, collection {@code consultationReads}: insert-only (this class has no update or delete), one
 * document per read. Entries written before the trail had actions ({@code what: "consultation <id>"}) are read back
 * as consultation reads.
 */
@Repository
class MongoReadAudit implements ReadAudit {

    private static final String LEGACY_WHAT_PREFIX = "consultation ";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("when"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;

    MongoReadAudit(MongoTemplate mongo) {
        this.mongo = mongo;
        IndexOperations indexes = mongo.indexOps(ReadRecord.COLLECTION);
        indexes.createIndex(new Index().on("when", Sort.Direction.DESC));
    }

    @Override
    public void record(AuditEntry entry) {
        String what = entry.action() == AuditAction.CONSULTATION_READ ? LEGACY_WHAT_PREFIX + entry.recordId() : null;
        mongo.insert(new ReadRecord(UUID.randomUUID().toString(), entry.who(), entry.roles(), entry.action().name(),
                entry.recordId(), what, entry.childId(), entry.when(), entry.breakGlassReason()));
    }

    @Override
    public AuditPage find(AuditQuery query) {
        List<Criteria> criteria = new ArrayList<>();
        if (query.from() != null || query.to() != null) {
            Criteria when = Criteria.where("when");
            if (query.from() != null) {
                when = when.gte(query.from());
            }
            if (query.to() != null) {
                when = when.lt(query.to());
            }
            criteria.add(when);
        }
        if (query.subject() != null) {
            criteria.add(Criteria.where("who").is(query.subject()));
        }
        if (query.record() != null) {
            criteria.add(new Criteria().orOperator(Criteria.where("recordId").is(query.record()),
                    Criteria.where("childId").is(query.record()),
                    Criteria.where("what").is(LEGACY_WHAT_PREFIX + query.record())));
        }
        Criteria filter = criteria.isEmpty() ? new Criteria() : new Criteria().andOperator(criteria);
        return page(filter, query.page(), query.size());
    }

    @Override
    public AuditPage breakGlassReads(int page, int size) {
        return page(Criteria.where("breakGlassReason").ne(null), page, size);
    }

    private AuditPage page(Criteria filter, int page, int size) {
        long total = mongo.count(Query.query(filter), ReadRecord.class);
        List<AuditEntry> entries = mongo.find(Query.query(filter).with(NEWEST_FIRST).skip((long) page * size)
                        .limit(size), ReadRecord.class).stream()
                .map(ReadRecord::toEntry)
                .toList();
        return new AuditPage(entries, page, size, total);
    }

    /**
     * One read as stored. The type alias is the {@code _class} entries were written with before the audit became a
     * feature of its own, so they are stored exactly as before.
     *
     * @param what the pre-action form of a consultation read ({@code consultation <id>}), kept so the trail reads the
     *             same whichever version wrote an entry
     */
    @Document(ReadRecord.COLLECTION)
    @TypeAlias("org.frontdoor.consultation.booking.store.MongoReadAudit$ReadRecord")
    record ReadRecord(@Id String id, String who, List<String> roles, String action, String recordId, String what,
                      String childId, Instant when, String breakGlassReason) {

        static final String COLLECTION = "consultationReads";

        AuditEntry toEntry() {
            boolean legacy = action == null;
            String record = legacy && what != null && what.startsWith(LEGACY_WHAT_PREFIX)
                    ? what.substring(LEGACY_WHAT_PREFIX.length()) : recordId;
            return new AuditEntry(who, roles == null ? List.of() : roles,
                    legacy ? AuditAction.CONSULTATION_READ : AuditAction.valueOf(action), record, childId, when,
                    breakGlassReason);
        }
    }
}
