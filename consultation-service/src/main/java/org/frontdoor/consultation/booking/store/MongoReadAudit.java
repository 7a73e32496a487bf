package org.frontdoor.consultation.booking.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.frontdoor.consultation.booking.domain.Actor;
import org.frontdoor.consultation.booking.domain.ReadAudit;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

/** The read audit trail: insert-only (this class has no update or delete), one document per read. */
@Repository
class MongoReadAudit implements ReadAudit {

    private final MongoTemplate mongo;

    MongoReadAudit(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(Actor reader, String what, String childId, Instant when) {
        List<String> roles = reader.roles().stream().map(Enum::name).sorted().toList();
        mongo.insert(new ReadRecord(UUID.randomUUID().toString(), reader.id(), roles, what, childId, when));
    }

    @Document(ReadRecord.COLLECTION)
    record ReadRecord(@Id String id, String who, List<String> roles, String what, String childId, Instant when) {
        static final String COLLECTION = "consultationReads";
    }
}
