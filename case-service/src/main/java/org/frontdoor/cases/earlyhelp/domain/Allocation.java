package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One allocation of the case to a lead professional: the first, or a reallocation by a triage manager with a handover
 * note. The case keeps every allocation, oldest first; the lead professional's time on the case runs from this
 * allocation to the next ({@link LeadProfessionalSpell}).
 *
 * @param allocatedBy  who allocated (the token subject), or {@code null} if not known
 * @param handoverNote what the new lead professional needs to know (free text, kept in this service only, never in an
 *                     event); required on a reallocation, {@code null} if none was given
 * @param requestKey   the caller's idempotency key, or {@code null}
 */
public record Allocation(String leadProfessionalId, Agency agency, Instant allocatedAt, String allocatedBy,
                         String handoverNote, RequestKey requestKey) implements Keyed {

    /** Longest handover note kept. */
    public static final int HANDOVER_NOTE_MAX_LENGTH = 4000;

    public Allocation {
        if (!LeadProfessional.isProfessionalId(leadProfessionalId)) {
            throw new IllegalArgumentException("a lead professional's id " + LeadProfessional.ID_RULE);
        }
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(allocatedAt, "allocatedAt");
    }

    /** The lead professional this allocation made. */
    public LeadProfessional lead() {
        return new LeadProfessional(leadProfessionalId, agency, allocatedAt);
    }
}
