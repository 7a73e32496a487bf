package org.frontdoor.triage.queue.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decisions from the event log waiting for their referral, in memory, keyed by decision id. */
final class InMemoryDecisionsAwaitingReferral implements DecisionsAwaitingReferral {

    final Map<String, LoggedDecision> kept = new LinkedHashMap<>();

    @Override
    public void keep(LoggedDecision decision) {
        kept.putIfAbsent(decision.decisionId(), decision);
    }

    @Override
    public List<LoggedDecision> of(String referralId) {
        return kept.values().stream().filter(decision -> decision.referralId().equals(referralId)).toList();
    }

    @Override
    public void settled(String decisionId) {
        kept.remove(decisionId);
    }
}
