package org.frontdoor.contracts.consultations;

import java.time.Instant;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * The consultation took place and its outcome was recorded.
 *
 * @param outcome {@code ADVICE_GIVEN}, {@code EARLY_HELP_ASSESSMENT_ADVISED}, {@code REFER_TO_CAMHS},
 *                {@code REFER_TO_FRONT_DOOR}, {@code NO_ACTION}
 */
public record ConsultationHeld(
        String consultationId,
        Instant heldAt,
        String consultantId,
        String consultantType,
        String outcome,
        String childId) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.consultation.held.v1";

    public ConsultationHeld {
        Require.text(consultationId, "consultationId");
        Require.present(heldAt, "heldAt");
        Require.text(consultantId, "consultantId");
        Require.text(consultantType, "consultantType");
        Require.text(outcome, "outcome");
    }

    @Override
    public String subject() {
        return consultationId;
    }

    @Override
    public Instant occurredAt() {
        return heldAt;
    }
}
