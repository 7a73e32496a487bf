package org.frontdoor.triage.queue.domain;

import org.frontdoor.triage.decision.domain.TriageDecision;

/**
 * The outcome of deciding (or revising): the item, the decision made, and whether it was made just now or is
 * the earlier one a retry with the same {@code Idempotency-Key} asked for again.
 */
public record Decided(TriageItem item, TriageDecision decision, boolean replayed) implements Outcome {

    static Decided of(TriageItem item, String newDecisionId, String requestKey) {
        for (TriageDecision made : item.decisionHistory()) {
            if (made.decisionId().equals(newDecisionId)) {
                return new Decided(item, made, false);
            }
        }
        TriageDecision earlier = item.decisionHistory().stream()
                .filter(made -> requestKey != null && requestKey.equals(made.requestKey()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No decision " + newDecisionId + " on " + item.referralId()));
        return new Decided(item, earlier, true);
    }
}
