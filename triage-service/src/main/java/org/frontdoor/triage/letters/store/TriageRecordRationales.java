package org.frontdoor.triage.letters.store;

import java.util.Optional;

import org.frontdoor.triage.decision.domain.TriageDecision;
import org.frontdoor.triage.letters.domain.DecisionRationales;
import org.frontdoor.triage.letters.domain.DecisionsMadeHere;
import org.frontdoor.triage.queue.domain.TriageItems;
import org.springframework.stereotype.Component;

/**
 * The rationale as the decision feature stored it: read through its own port, by referral and decision id; and
 * whether the decision was made here at all (not recorded from the event log).
 */
@Component
public class TriageRecordRationales implements DecisionRationales, DecisionsMadeHere {

    private final TriageItems items;

    public TriageRecordRationales(TriageItems items) {
        this.items = items;
    }

    @Override
    public Optional<String> of(String referralId, String decisionId) {
        return items.find(referralId).flatMap(item -> item.decisionHistory().stream()
                .filter(decision -> decision.decisionId().equals(decisionId))
                .map(TriageDecision::rationale)
                .findFirst());
    }

    @Override
    public boolean madeHere(String referralId, String decisionId) {
        return items.decidedHere(referralId, decisionId);
    }
}
