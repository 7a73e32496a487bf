package org.frontdoor.outcomes.exports.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An early help assessment as List 2 reads it from the case events: it starts when the case is opened and is
 * complete at the case's first BASELINE Webstar.
 *
 * @param childIds     the case's members with role {@code CHILD}, in the order the opening lists them
 * @param completedAt  the earliest BASELINE {@code WebstarAssessed} of the case (any tool, any person), or {@code null}
 * @param organisation the agency of the lead professional who completed it (see {@link AnnexAFacts}), or {@code null}
 */
record EarlyHelpAssessment(String caseId, Instant openedAt, String sourceReferralId, List<String> childIds,
                           Instant completedAt, String organisation) {

    static final Comparator<EarlyHelpAssessment> IN_ORDER_STARTED =
            Comparator.comparing(EarlyHelpAssessment::openedAt).thenComparing(EarlyHelpAssessment::caseId);

    EarlyHelpAssessment {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(openedAt, "openedAt");
        childIds = childIds.stream().distinct().toList();
    }
}
