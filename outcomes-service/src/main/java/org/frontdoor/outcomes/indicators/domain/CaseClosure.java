package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One closure of an early help case (a case reopened and closed again closes twice).
 *
 * @param judgement the lead professional's judgement: {@code FULLY_ACHIEVED}, {@code PARTIALLY_ACHIEVED},
 *                  {@code NOT_ACHIEVED}, or {@code null} when none was recorded
 */
public record CaseClosure(String caseId, Instant closedAt, String judgement) {

    public static final String FULLY_ACHIEVED = "FULLY_ACHIEVED";
    public static final String PARTIALLY_ACHIEVED = "PARTIALLY_ACHIEVED";
    public static final String NOT_ACHIEVED = "NOT_ACHIEVED";

    public CaseClosure {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(closedAt, "closedAt");
    }

    public boolean hasJudgement() {
        return judgement != null && !judgement.isBlank();
    }
}
