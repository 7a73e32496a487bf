package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The practitioner who leads the family's early help: coordinates the plan, the reviews and the closure.
 *
 * @param professionalId the lead professional's opaque identity-provider subject
 */
public record LeadProfessional(String professionalId, Agency agency, Instant allocatedAt) {

    public LeadProfessional {
        if (professionalId == null || professionalId.isBlank()) {
            throw new IllegalArgumentException("a lead professional needs an id");
        }
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(allocatedAt, "allocatedAt");
    }

    public boolean is(String personId) {
        return professionalId.equals(personId);
    }
}
