package org.frontdoor.contracts.consultations;

import java.time.Instant;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * A professional asked for a consultation (T4 starts here).
 *
 * @param consultantType {@code EARLY_HELP_SOCIAL_WORKER}, {@code PRIMARY_MENTAL_HEALTH_WORKER}, {@code TARGETED_YOUTH_SUPPORT}
 * @param requestedBy    the practitioner's opaque identity-provider subject
 * @param childId        the child the consultation is about, or {@code null} for a general consultation
 * @param referralId     the referral that led to it, or {@code null}
 * @param caseId         the early help case it is about (a drifting case offers "book a consultation"), or
 *                       {@code null}; added additively, so events written before it read with {@code null}
 */
public record ConsultationRequested(
        String consultationId,
        Instant requestedAt,
        String consultantType,
        String requestedBy,
        String childId,
        String familyId,
        String referralId,
        String caseId) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.consultation.requested.v1";

    public ConsultationRequested {
        Require.text(consultationId, "consultationId");
        Require.present(requestedAt, "requestedAt");
        Require.text(consultantType, "consultantType");
        Require.text(requestedBy, "requestedBy");
    }

    /** A consultation about no early help case: the first release's shape ({@code caseId} was added additively). */
    public ConsultationRequested(
            String consultationId,
            Instant requestedAt,
            String consultantType,
            String requestedBy,
            String childId,
            String familyId,
            String referralId) {
        this(consultationId, requestedAt, consultantType, requestedBy, childId, familyId, referralId, null);
    }

    @Override
    public String subject() {
        return consultationId;
    }

    @Override
    public Instant occurredAt() {
        return requestedAt;
    }
}
