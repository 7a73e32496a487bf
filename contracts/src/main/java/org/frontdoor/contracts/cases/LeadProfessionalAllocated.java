package org.frontdoor.contracts.cases;

import java.time.Instant;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * A lead professional took the case (T2 and T3 end here).
 *
 * @param leadProfessionalId the lead professional's opaque identity-provider subject
 * @param agency             the lead professional's agency type code, e.g. {@code SCHOOL}, {@code HEALTH}, {@code EARLY_HELP_SERVICE}
 */
public record LeadProfessionalAllocated(
        String caseId,
        Instant allocatedAt,
        String leadProfessionalId,
        String agency) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.earlyhelp.lead-professional-allocated.v1";

    public LeadProfessionalAllocated {
        Require.text(caseId, "caseId");
        Require.present(allocatedAt, "allocatedAt");
        Require.text(leadProfessionalId, "leadProfessionalId");
    }

    @Override
    public String subject() {
        return caseId;
    }

    @Override
    public Instant occurredAt() {
        return allocatedAt;
    }
}
