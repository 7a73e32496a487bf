package org.frontdoor.triage.audit.store;

import java.util.Date;
import java.util.HashSet;
import java.util.List;

import org.bson.Document;
import org.frontdoor.triage.audit.domain.AuditEntry;
import org.frontdoor.triage.audit.domain.AuditPage;
import org.frontdoor.triage.audit.domain.AuditQuery;
import org.frontdoor.triage.audit.domain.AuditSearch;
import org.frontdoor.triage.audit.domain.AuditTrail;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The audit trail as the append-only {@code audit} collection: this class only ever inserts and finds; there is no
 * code path that updates or removes an entry.
 */
@Component
public class MongoAuditTrail implements AuditTrail, AuditSearch {

    public static final String COLLECTION = "audit";

    private final MongoTemplate mongo;

    public MongoAuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void append(AuditEntry entry) {
        Document line = new Document("who", entry.who())
                .append("roles", entry.roles().stream().sorted().toList())
                .append("action", entry.action())
                .append("what", entry.what())
                .append("referralId", entry.referralId())
                .append("records", entry.records())
                .append("breakGlassReason", entry.breakGlassReason())
                .append("when", Date.from(entry.when()));
        mongo.insert(line, COLLECTION);
    }

    @Override
    public AuditPage find(AuditQuery query) {
        Criteria criteria = new Criteria();
        if (query.from() != null || query.to() != null) {
            Criteria when = where("when");
            if (query.from() != null) {
                when = when.gte(Date.from(query.from()));
            }
            if (query.to() != null) {
                when = when.lt(Date.from(query.to()));
            }
            criteria = when;
        }
        if (query.subject() != null) {
            criteria = criteria.and("who").is(query.subject());
        }
        if (query.record() != null) {
            criteria = criteria.and("records").is(query.record());
        }
        if (query.breakGlassOnly()) {
            criteria = criteria.and("breakGlassReason").ne(null);
        }
        Query matching = Query.query(criteria);
        long total = mongo.count(matching, COLLECTION);
        List<AuditEntry> entries = mongo.find(matching.with(Sort.by(Sort.Direction.DESC, "when"))
                        .skip((long) query.page() * query.size()).limit(query.size()), Document.class, COLLECTION)
                .stream().map(MongoAuditTrail::entry).toList();
        return new AuditPage(entries, query.page(), query.size(), total);
    }

    /** Entries written before the action code and records were kept read as changes to their one referral. */
    private static AuditEntry entry(Document line) {
        String what = line.getString("what");
        String action = line.getString("action");
        return new AuditEntry(line.getString("who"), new HashSet<>(line.getList("roles", String.class, List.of())),
                action != null ? action : what.split(" ", 2)[0], what, line.getString("referralId"),
                line.getList("records", String.class, List.of()), line.getString("breakGlassReason"),
                line.getDate("when").toInstant());
    }
}
