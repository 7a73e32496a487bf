package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the event log says about an early help case, as the timeliness indicators need it.
 *
 * @param sourceReferralId the referral whose decision opened it, or {@code null} (a step-down or a practitioner's own)
 * @param firstAllocatedAt when a lead professional was first allocated, or {@code null} while none has been
 */
public record EarlyHelpCase(String caseId, Instant openedAt, String sourceReferralId, Instant firstAllocatedAt) {

    public EarlyHelpCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(openedAt, "openedAt");
    }

    public Optional<String> sourceReferral() {
        return Optional.ofNullable(sourceReferralId);
    }

    public boolean isFirstAllocatedIn(ReportPeriod period) {
        return firstAllocatedAt != null && period.contains(firstAllocatedAt);
    }
}
