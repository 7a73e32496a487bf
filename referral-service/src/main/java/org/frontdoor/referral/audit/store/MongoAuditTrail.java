package org.frontdoor.referral.audit.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.audit.domain.AuditTrail;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

/** The {@code audit} collection: insert only. Nothing in this service updates or deletes an entry. */
@Repository
class MongoAuditTrail implements AuditTrail {

    static final String COLLECTION = "audit";

    private final MongoTemplate mongo;

    MongoAuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void append(AuditEntry entry) {
        mongo.insert(new AuditRecord(UUID.randomUUID().toString(), entry.who(), entry.roles(), entry.action().name(),
                entry.referralId(), entry.when(), entry.fields(), entry.results()), COLLECTION);
    }

    @Document(COLLECTION)
    record AuditRecord(@Id String id, String who, List<String> roles, String action, String referralId, Instant when,
                       List<String> fields, Integer results) {
    }
}
