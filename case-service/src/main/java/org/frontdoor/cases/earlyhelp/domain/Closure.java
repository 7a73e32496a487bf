package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * How and when a case closed.
 *
 * @param summary  the lead professional's closing summary: free text, stays in this service, may be {@code null}
 * @param closedBy who closed it (identity-provider subject)
 */
public record Closure(ClosureReason reason, ClosureJudgement judgement, String summary, Instant closedAt, String closedBy) {

    public Closure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(closedBy, "closedBy");
    }
}
