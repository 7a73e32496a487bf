package org.frontdoor.referral.audit.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.frontdoor.referral.audit.domain.AuditAction;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.audit.domain.AuditQuery;
import org.frontdoor.referral.audit.domain.AuditReport;
import org.frontdoor.referral.audit.domain.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit} collection: insert and find only. Nothing in this service updates or deletes an entry (the
 * architecture test keeps it so).
 */
@Repository
class MongoAuditTrail implements AuditTrail, AuditReport {

    static final String COLLECTION = "audit";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "when").and(Sort.by(Sort.Direction.DESC, "_id"));

    private final MongoTemplate mongo;

    MongoAuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("when", Sort.Direction.DESC).named("by_time"));
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("who", Sort.Direction.ASC).on("when", Sort.Direction.DESC).named("by_subject"));
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("records", Sort.Direction.ASC).on("when", Sort.Direction.DESC).named("by_record"));
        // Sparse: only break-glass reads carry a reason.
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("breakGlassReason", Sort.Direction.ASC).on("when", Sort.Direction.DESC).sparse().named("break_glass"));
    }

    @Override
    public void append(AuditEntry entry) {
        mongo.insert(new AuditRecord(UUID.randomUUID().toString(), entry.who(), entry.roles(), entry.action().name(),
                entry.referralId(), entry.when(), entry.fields(), entry.results(), entry.records(),
                entry.breakGlassReason()), COLLECTION);
    }

    @Override
    public Page find(AuditQuery query, int page, int size) {
        List<Criteria> parts = new ArrayList<>();
        if (query.from() != null) {
            parts.add(where("when").gte(query.from()));
        }
        if (query.to() != null) {
            parts.add(where("when").lt(query.to()));
        }
        if (query.subject() != null) {
            parts.add(where("who").is(query.subject()));
        }
        if (query.record() != null) {
            // Entries written before "records" existed name their referral only.
            parts.add(new Criteria().orOperator(where("records").is(query.record()), where("referralId").is(query.record())));
        }
        Criteria criteria = parts.isEmpty() ? new Criteria() : new Criteria().andOperator(parts.toArray(Criteria[]::new));
        return page(new Query(criteria), page, size);
    }

    @Override
    public Page breakGlassReads(int page, int size) {
        return page(new Query(where("breakGlassReason").exists(true).ne(null)), page, size);
    }

    private Page page(Query query, int page, int size) {
        long total = mongo.count(query, COLLECTION);
        query.with(NEWEST_FIRST).skip((long) page * size).limit(size);
        List<AuditEntry> entries = mongo.find(query, AuditRecord.class, COLLECTION).stream()
                .map(AuditRecord::toEntry)
                .toList();
        return new Page(entries, page, size, total);
    }

    @Document(COLLECTION)
    record AuditRecord(@Id String id, String who, List<String> roles, String action, String referralId, Instant when,
                       List<String> fields, Integer results, List<String> records, String breakGlassReason) {

        AuditEntry toEntry() {
            return new AuditEntry(who, roles == null ? List.of() : roles, AuditAction.valueOf(action), referralId, when,
                    fields, results, records, breakGlassReason);
        }
    }
}
