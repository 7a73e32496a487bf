package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The case was stepped up to children's social care because concerns escalated.
 *
 * @param childIds   the children stepped up (some or all of the case's children)
 * @param referralId the social care referral it made, or {@code null}
 */
public record StepUp(List<String> childIds, String referralId, Instant steppedUpAt, String steppedUpBy) {

    public StepUp {
        childIds = List.copyOf(childIds);
        if (childIds.isEmpty()) {
            throw new IllegalArgumentException("a step-up names at least one child");
        }
        Objects.requireNonNull(steppedUpAt, "steppedUpAt");
        Objects.requireNonNull(steppedUpBy, "steppedUpBy");
    }
}
