package org.frontdoor.consultation.booking.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import org.frontdoor.consultation.booking.domain.BookingRequests;
import org.frontdoor.consultation.booking.domain.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

/**
 * Idempotency keys in MongoDB: one document per requester and key, its {@code _id} derived from both, so
 * the first use is an insert and any later (or concurrent) use meets a duplicate key and reads it.
 */
@Repository
class MongoBookingRequests implements BookingRequests {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoBookingRequests(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public String consultationIdFor(String requesterId, String idempotencyKey, String requestFingerprint,
                                    String candidateConsultationId) {
        String id = idOf(requesterId, idempotencyKey);
        try {
            mongo.insert(new BookingRequestDocument(id, requesterId, requestFingerprint, candidateConsultationId,
                    clock.instant()));
            return candidateConsultationId;
        } catch (DuplicateKeyException alreadyUsed) {
            BookingRequestDocument first = mongo.findById(id, BookingRequestDocument.class);
            if (first == null) {
                throw new IllegalStateException("Idempotency key record vanished", alreadyUsed);
            }
            if (!first.fingerprint().equals(requestFingerprint)) {
                throw new Conflict("This Idempotency-Key was already used with a different booking request");
            }
            return first.consultationId();
        }
    }

    @Override
    public void forget(String requesterId, String idempotencyKey, String consultationId) {
        mongo.remove(Query.query(Criteria.where("_id").is(idOf(requesterId, idempotencyKey))
                .and("consultationId").is(consultationId)), BookingRequestDocument.class);
    }

    private static String idOf(String requesterId, String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((requesterId + '\u0000' + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    @Document("bookingRequests")
    record BookingRequestDocument(@Id String id, String requesterId, String fingerprint, String consultationId,
                                  Instant firstSeenAt) {
    }
}
