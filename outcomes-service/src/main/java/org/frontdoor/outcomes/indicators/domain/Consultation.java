package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What the event log says about one consultation.
 *
 * @param childId        the child it is about (from ConsultationHeld, else ConsultationRequested), or {@code null}
 * @param consultantType the consultant's type (from ConsultationHeld once held, else as requested)
 * @param firstBookedAt  the earliest {@code bookedAt}, or {@code null} while never booked
 * @param heldAt         when it was held, or {@code null} while not held
 * @param outcome        the outcome recorded when held, or {@code null}
 * @param referralId     the referral that led to it (from ConsultationRequested), or {@code null}: a report filtered by
 *                       locality, source or pathway reaches a consultation through it
 */
public record Consultation(String consultationId, Instant requestedAt, String consultantType, String childId,
                           Instant firstBookedAt, Instant heldAt, String outcome, String referralId) {

    /** A consultation with no referral behind it. */
    public Consultation(String consultationId, Instant requestedAt, String consultantType, String childId,
                        Instant firstBookedAt, Instant heldAt, String outcome) {
        this(consultationId, requestedAt, consultantType, childId, firstBookedAt, heldAt, outcome, null);
    }

    public static final String PRIMARY_MENTAL_HEALTH_WORKER = "PRIMARY_MENTAL_HEALTH_WORKER";
    public static final String REFER_TO_CAMHS = "REFER_TO_CAMHS";

    public Consultation {
        Objects.requireNonNull(consultationId, "consultationId");
    }

    public boolean isRequestedIn(ReportPeriod period) {
        return requestedAt != null && period.contains(requestedAt);
    }

    public boolean isHeld() {
        return heldAt != null;
    }

    public boolean isBooked() {
        return firstBookedAt != null;
    }

    public boolean isWithPrimaryMentalHealthWorker() {
        return PRIMARY_MENTAL_HEALTH_WORKER.equals(consultantType);
    }

    public boolean referredToCamhs() {
        return isHeld() && REFER_TO_CAMHS.equals(outcome);
    }
}
