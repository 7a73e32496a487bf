package org.frontdoor.triage.audit.store;

import java.util.List;

import org.bson.Document;
import org.frontdoor.triage.audit.domain.AuditEntry;
import org.frontdoor.triage.audit.domain.AuditTrail;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The audit trail as the append-only {@code audit} collection: this class only ever inserts. */
@Component
public class MongoAuditTrail implements AuditTrail {

    public static final String COLLECTION = "audit";

    private final MongoTemplate mongo;

    public MongoAuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void append(AuditEntry entry) {
        Document line = new Document("who", entry.who())
                .append("roles", List.copyOf(entry.roles().stream().sorted().toList()))
                .append("what", entry.what())
                .append("referralId", entry.referralId())
                .append("when", java.util.Date.from(entry.when()));
        mongo.insert(line, COLLECTION);
    }
}
