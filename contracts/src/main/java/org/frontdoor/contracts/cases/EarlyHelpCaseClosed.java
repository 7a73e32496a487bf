package org.frontdoor.contracts.cases;

import java.time.Instant;
import java.util.List;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * The case closed.
 *
 * @param reason    {@code OUTCOMES_ACHIEVED}, {@code STEPPED_DOWN_TO_UNIVERSAL}, {@code STEPPED_UP_TO_SOCIAL_CARE},
 *                  {@code CONSENT_WITHDRAWN}, {@code DISENGAGED}, {@code MOVED_OUT_OF_AREA}, {@code OTHER}
 * @param judgement the lead professional's judgement: {@code FULLY_ACHIEVED}, {@code PARTIALLY_ACHIEVED}, {@code NOT_ACHIEVED}, or {@code null}
 */
public record EarlyHelpCaseClosed(
        String caseId,
        Instant closedAt,
        String reason,
        String judgement,
        String familyId,
        List<String> childIds) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.earlyhelp.case-closed.v1";

    public EarlyHelpCaseClosed {
        Require.text(caseId, "caseId");
        Require.present(closedAt, "closedAt");
        Require.text(reason, "reason");
        Require.text(familyId, "familyId");
        childIds = Require.nonEmpty(childIds, "childIds");
    }

    @Override
    public String subject() {
        return caseId;
    }

    @Override
    public Instant occurredAt() {
        return closedAt;
    }
}
