package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A triage decision (first or revised) as this service needs it: where the referral was routed, and for which
 * family and children.
 *
 * @param familyId may be {@code null} on a decision; a case cannot be opened without one
 * @param locality may be {@code null}
 */
public record TriageRouting(String referralId, Route route, Instant decidedAt, String familyId, List<String> childIds,
                            String locality) {

    public TriageRouting {
        if (referralId == null || referralId.isBlank()) {
            throw new IllegalArgumentException("a triage decision needs a referral id");
        }
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(decidedAt, "decidedAt");
        childIds = List.copyOf(childIds);
    }
}
