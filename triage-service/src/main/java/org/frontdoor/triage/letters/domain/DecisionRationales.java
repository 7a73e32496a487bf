package org.frontdoor.triage.letters.domain;

import java.util.Optional;

/** The written rationale of a decision, as the triage record holds it. */
public interface DecisionRationales {

    Optional<String> of(String referralId, String decisionId);
}
