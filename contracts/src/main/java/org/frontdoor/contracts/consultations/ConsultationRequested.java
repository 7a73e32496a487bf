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
 */
public record ConsultationRequested(
        String consultationId,
        Instant requestedAt,
        String consultantType,
        String requestedBy,
        String childId,
        String familyId,
        String referralId) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.consultation.requested.v1";

    public ConsultationRequested {
        Require.text(consultationId, "consultationId");
        Require.present(requestedAt, "requestedAt");
        Require.text(consultantType, "consultantType");
        Require.text(requestedBy, "requestedBy");
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
