package org.frontdoor.referral.intake.store;

import java.time.Instant;
import java.util.List;

import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A referral as stored, with its pending events ({@code outbox}) and the triage events already shown
 * ({@code seenEventIds}). Codes are stored as the code lists' values; dates of birth as ISO dates
 * (never shifted by a time zone).
 *
 * @param idempotency absent when the caller sent no key (so the sparse unique index skips the referral)
 * @param withdrawal  present once withdrawn
 * @param searchKeys  the children's normalised names and dates of birth as the search looks them up
 *                    ({@code SearchCriteria.keysOf}); indexed
 */
@Document(MongoReferrals.COLLECTION)
record ReferralDocument(
        @Id String id,
        @Version Long version,
        Instant receivedAt,
        Instant needIdentifiedAt,
        String channel,
        ReferrerPart referrer,
        String sourceCode,
        String pathway,
        String urgency,
        List<ChildPart> children,
        String familyId,
        String concerns,
        ConsentPart consent,
        String locality,
        String createdBy,
        String partnerId,
        IdempotencyPart idempotency,
        String status,
        DecisionPart decision,
        WithdrawalPart withdrawal,
        List<String> searchKeys,
        List<String> seenEventIds,
        List<OutboxMessage> outbox) {

    record ReferrerPart(String name, String role, String agency, String referrerType, String phone, String email) {
    }

    record ChildPart(String childId, String firstName, String lastName, String dateOfBirth, String gender,
                     String ethnicity, boolean disability) {
    }

    record ConsentPart(String status, String reason) {
    }

    /** {@code createdBy} is repeated here so the unique index is on {createdBy, key} of keyed referrals only. */
    record IdempotencyPart(String createdBy, String key, String requestHash) {
    }

    record WithdrawalPart(String reason, String note, Instant withdrawnAt, String withdrawnBy) {
    }

    record DecisionPart(String decisionId, Instant decidedAt, int level, String route, boolean earlyHelpOffered,
                        boolean revised) {
    }
}
