package org.frontdoor.cases.earlyhelp.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.frontdoor.cases.earlyhelp.domain.Agency;
import org.frontdoor.cases.earlyhelp.domain.Allocation;
import org.frontdoor.cases.earlyhelp.domain.LeadProfessional;

/**
 * Who is to lead the case.
 *
 * @param leadProfessionalId the practitioner's identity-provider subject (a practitioner taking a case gives their own);
 *                           a pseudonymous id, never a name: it goes into the LeadProfessionalAllocated event
 * @param agency             the practitioner's agency
 * @param handoverNote       what the new lead professional needs to know: required when a triage manager reallocates
 *                           a case led by someone else, optional otherwise; free text kept in the case (shown in its
 *                           lead professional history), never in the event
 */
record AllocationRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = LeadProfessional.ID_PATTERN, message = LeadProfessional.ID_RULE)
        String leadProfessionalId,
        @NotNull Agency agency,
        @Size(max = Allocation.HANDOVER_NOTE_MAX_LENGTH) String handoverNote) {

    /** A first allocation, as the request was before handover notes. */
    AllocationRequest(String leadProfessionalId, Agency agency) {
        this(leadProfessionalId, agency, null);
    }
}
