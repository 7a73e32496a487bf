package org.frontdoor.cases.earlyhelp.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.frontdoor.cases.earlyhelp.domain.Agency;

/**
 * Who is to lead the case.
 *
 * @param leadProfessionalId the practitioner's identity-provider subject (a practitioner taking a case gives their own)
 * @param agency             the practitioner's agency
 */
record AllocationRequest(
        @NotBlank @Size(max = 200) String leadProfessionalId,
        @NotNull Agency agency) {
}
