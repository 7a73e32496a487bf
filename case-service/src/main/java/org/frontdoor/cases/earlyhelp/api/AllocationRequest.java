package org.frontdoor.cases.earlyhelp.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.frontdoor.cases.earlyhelp.domain.Agency;
import org.frontdoor.cases.earlyhelp.domain.LeadProfessional;

/**
 * Who is to lead the case.
 *
 * @param leadProfessionalId the practitioner's identity-provider subject (a practitioner taking a case gives their own);
 *                           a pseudonymous id, never a name: it goes into the LeadProfessionalAllocated event
 * @param agency             the practitioner's agency
 */
record AllocationRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = LeadProfessional.ID_PATTERN, message = LeadProfessional.ID_RULE)
        String leadProfessionalId,
        @NotNull Agency agency) {
}
