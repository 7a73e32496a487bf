package org.frontdoor.contracts.cases;

import java.time.Instant;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * A lead professional took the case (T2 and T3 end here).
 *
 * @param leadProfessionalId the lead professional's opaque identity-provider subject
 * @param agency             the lead professional's agency type code, e.g. {@code SCHOOL}, {@code HEALTH}, {@code EARLY_HELP_SERVICE}
 * @param previousLeadProfessionalId added later (additively): on a reallocation, the opaque identity-provider subject
 *                           of the lead professional handed over from; {@code null} on a first allocation (and from
 *                           an older producer). The handover note never goes into the event.
 */
public record LeadProfessionalAllocated(
        String caseId,
        Instant allocatedAt,
        String leadProfessionalId,
        String agency,
        String previousLeadProfessionalId) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.earlyhelp.lead-professional-allocated.v1";

    public LeadProfessionalAllocated {
        Require.text(caseId, "caseId");
        Require.present(allocatedAt, "allocatedAt");
        Require.text(leadProfessionalId, "leadProfessionalId");
    }

    /** A first allocation, as the event was first published: no previous lead professional. */
    public LeadProfessionalAllocated(String caseId, Instant allocatedAt, String leadProfessionalId, String agency) {
        this(caseId, allocatedAt, leadProfessionalId, agency, null);
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
