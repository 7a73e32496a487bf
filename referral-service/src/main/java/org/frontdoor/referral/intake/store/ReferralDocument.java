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
 * @param searchKeys  the children's normalised names and dates of birth, and NHS numbers, as the search looks them up
 *                    ({@code SearchCriteria.keysOf}); indexed
 * @param childIds    the children's ids (indexed: what linking looks earlier referrals up by)
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
        List<AdultPart> adults,
        String familyId,
        String concerns,
        List<String> assessmentFactors,
        List<String> familyThemes,
        ConsentPart consent,
        String locality,
        Boolean localityUnknown,
        List<LinkPart> links,
        Boolean reReferral,
        String createdBy,
        String partnerId,
        IdempotencyPart idempotency,
        String status,
        DecisionPart decision,
        WithdrawalPart withdrawal,
        List<String> searchKeys,
        List<String> childIds,
        List<String> seenEventIds,
        List<OutboxMessage> outbox) {

    record AddressPart(List<String> lines, String postcode) {
    }

    record ReferrerPart(String name, String role, String organisation, String referrerType, String phone, String email,
                        AddressPart postalAddress) {
    }

    record ChildPart(String childId, String firstName, String lastName, String dateOfBirth, Boolean unborn,
                     String gender, String ethnicity, boolean disability, String nhsNumber, AddressPart address,
                     String school) {
    }

    record RelationshipPart(int child, String relationship) {
    }

    record AdultPart(String adultId, String firstName, String lastName, String dateOfBirth, String gender,
                     String nhsNumber, AddressPart address, List<RelationshipPart> relationships) {
    }

    record ConsentPart(String status, String reason, String givenBy, Instant givenAt) {
    }

    record LinkPart(String referralId, String link, String childId) {
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
