package org.frontdoor.triage.queue.domain;

import org.frontdoor.triage.decision.domain.Level4Proposal;

/** A level-4 proposal recorded (or, for a retry with the same {@code Idempotency-Key}, found again). */
public record Proposed(TriageItem item, Level4Proposal proposal) implements Outcome {
}
