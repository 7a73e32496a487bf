package org.frontdoor.cases.earlyhelp.store;

import java.util.List;
import java.util.UUID;

import org.frontdoor.cases.earlyhelp.domain.ReadAudit;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The read audit in the {@code audit} collection. Entries are only ever inserted: never updated or deleted here. */
@Component
class MongoReadAudit implements ReadAudit {

    private final MongoTemplate mongo;

    MongoReadAudit(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(List<Entry> entries) {
        mongo.insert(entries.stream()
                .map(e -> new AuditEntryDocument(UUID.randomUUID().toString(), e.who(),
                        e.roles().stream().map(Enum::name).sorted().toList(), e.what(), e.caseId(), e.when()))
                .toList(), AuditEntryDocument.class);
    }
}
