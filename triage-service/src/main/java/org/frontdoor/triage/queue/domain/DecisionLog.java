package org.frontdoor.triage.queue.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decisions triage did not make itself, recorded from the event log: a council's history migrated from its old
 * system, or the generated demo year, published straight to {@code frontdoor.triage.v1}. Such a decision takes the
 * referral out of the queue and is marked {@code recordedFromEventLog} (no rationale is held). Nothing is
 * published: the decision is already on the log.
 * <p>
 * Every step is idempotent. A decision this service made (its own event coming back) is recognised by its id and
 * changes nothing; a decision already recorded changes nothing; a first decision for a referral that already has
 * one is ignored (the referral is decided once). The events may come in any order: a decision whose referral has
 * not arrived, or a revision whose earlier decision is not recorded yet, is kept and recorded when they are.
 */
public final class DecisionLog {

    private static final int ATTEMPTS = 3;
    /** First decisions before revisions, then in the order they were made. */
    private static final Comparator<LoggedDecision> IN_ORDER = Comparator
            .comparing(LoggedDecision::isRevision).thenComparing(LoggedDecision::decidedAt);

    private final TriageItems items;
    private final DecisionsAwaitingReferral awaiting;

    public DecisionLog(TriageItems items, DecisionsAwaitingReferral awaiting) {
        this.items = items;
        this.awaiting = awaiting;
    }

    /**
     * A decision seen on the event log.
     *
     * @return {@code true} when it changed the triage record now, {@code false} when it was this service's own,
     *         already recorded, ignored, or kept for later
     */
    public boolean logged(LoggedDecision decision) {
        if (items.decidedHere(decision.referralId(), decision.decisionId())) {
            return false;
        }
        awaiting.keep(decision);
        return settle(decision.referralId()) > 0;
    }

    /** The referral reached triage: the decisions kept for it are recorded. */
    public void referralArrived(String referralId) {
        settle(referralId);
    }

    /** Records what can be recorded of the decisions kept for the referral; returns how many changed it. */
    private int settle(String referralId) {
        if (items.find(referralId).isEmpty()) {
            return 0;
        }
        int recorded = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            List<LoggedDecision> kept = awaiting.of(referralId).stream().sorted(IN_ORDER).toList();
            for (LoggedDecision decision : kept) {
                TriageItem item = items.find(referralId).orElseThrow();
                if (item.awaitsEarlierDecision(decision)) {
                    continue;
                }
                if (record(decision)) {
                    recorded++;
                }
                awaiting.settled(decision.decisionId());
                progress = true;
            }
        }
        return recorded;
    }

    private boolean record(LoggedDecision decision) {
        for (int attempt = 1; ; attempt++) {
            TriageItem item = items.find(decision.referralId()).orElseThrow();
            Optional<TriageItem> recorded = item.recordFromEventLog(decision);
            if (recorded.isEmpty()) {
                return false;
            }
            try {
                items.update(recorded.get(), List.of());
                return true;
            } catch (ConcurrentChange e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
