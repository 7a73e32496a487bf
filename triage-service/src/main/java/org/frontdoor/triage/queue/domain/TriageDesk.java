package org.frontdoor.triage.queue.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.frontdoor.triage.audit.domain.AuditEntry;
import org.frontdoor.triage.audit.domain.AuditTrail;
import org.frontdoor.triage.decision.domain.DecisionProposal;
import org.frontdoor.triage.decision.domain.FieldProblem;
import org.frontdoor.triage.decision.domain.InvalidDecision;
import org.frontdoor.triage.decision.domain.DecisionProposal.ValidDecision;

/** What triage workers and managers do: work the queue, claim referrals, decide them, read them (audited). */
public final class TriageDesk {

    private static final int ATTEMPTS = 3;

    private final TriageItems items;
    private final AuditTrail auditTrail;
    private final DecisionMeasures measures;
    private final Clock clock;

    public TriageDesk(TriageItems items, AuditTrail auditTrail, DecisionMeasures measures, Clock clock) {
        this.items = items;
        this.auditTrail = auditTrail;
        this.measures = measures;
        this.clock = clock;
    }

    /** The open referrals, most pressing first. */
    public List<TriageItem> queue() {
        return queue(QueueFilter.EVERYTHING);
    }

    /** The open referrals the filter matches, in the same most-pressing-first order as the whole queue. */
    public List<TriageItem> queue(QueueFilter filter) {
        return items.open().stream().filter(filter::matches).sorted(QueueOrder.MOST_PRESSING_FIRST).toList();
    }

    /** Now, to the millisecond: what the store keeps, so the response, the record and the event agree. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public TriageItem claim(String referralId, Triager triager) {
        return change(referralId, item -> item.claim(triager, now()));
    }

    /**
     * Gives a claimed referral back to the queue: its holder, or a triage manager. Audited with whose claim
     * it was; no event (the claim is internal to triage).
     */
    public TriageItem release(String referralId, Triager triager) {
        AtomicReference<String> heldBy = new AtomicReference<>();
        TriageItem released = change(referralId, item -> {
            heldBy.set(item.claimedBy());
            return item.release(triager);
        });
        auditTrail.append(new AuditEntry(triager.id(), triager.roles(), "RELEASE claim of " + heldBy.get(),
                referralId, now()));
        return released;
    }

    /**
     * Checks the proposal (codes, threshold table, level-4 authority) before anything is read or stored, then
     * records the decision and its {@code TriageDecisionMade} event in one conditional write. Two attempts at
     * once: one wins, the other finds the referral decided. A retry with the same {@code requestKey} (the
     * {@code Idempotency-Key}, may be {@code null}) and the same content gets the original decision back.
     */
    public Decided decide(String referralId, Triager triager, DecisionProposal proposal, String requestKey) {
        ValidDecision valid = proposal.check();
        if (valid.level().needsManager() && !triager.isManager()) {
            throw new ManagerDecisionRequired(valid.level());
        }
        String decisionId = UUID.randomUUID().toString();
        TriageItem item = change(referralId,
                current -> current.decide(triager, valid, decisionId, now(), requestKey));
        Decided decided = Decided.of(item, decisionId, requestKey);
        if (!decided.replayed()) {
            auditTrail.append(new AuditEntry(triager.id(), triager.roles(), "DECIDE " + valid.level().number() + " "
                    + valid.route(), referralId, decided.decision().decidedAt()));
            measures.decided(decided.decision());
        }
        return decided;
    }

    /**
     * A triage manager's explicit revision of the current decision (audited; publishes
     * {@code TriageDecisionRevised}). The first decision stays on record.
     */
    public Decided revise(String referralId, Triager triager, String revisesDecisionId, DecisionProposal proposal,
                          String requestKey) {
        if (!triager.isManager()) {
            throw new ManagerDecisionRequired("Revising a triage decision needs a triage manager");
        }
        if (revisesDecisionId == null || revisesDecisionId.isBlank()) {
            throw new InvalidDecision(List.of(new FieldProblem("revisesDecisionId",
                    "is required: the id of the decision this revision replaces")));
        }
        ValidDecision valid = proposal.check();
        String decisionId = UUID.randomUUID().toString();
        TriageItem item = change(referralId,
                current -> current.revise(triager, revisesDecisionId, valid, decisionId, now(), requestKey));
        Decided revised = Decided.of(item, decisionId, requestKey);
        if (!revised.replayed()) {
            auditTrail.append(new AuditEntry(triager.id(), triager.roles(), "REVISE " + revisesDecisionId + " -> "
                    + decisionId + " " + valid.level().number() + " " + valid.route(), referralId,
                    revised.decision().decidedAt()));
        }
        return revised;
    }

    /** The full triage record of a referral, decision and rationale included; every read is audited. */
    public TriageItem read(String referralId, Triager reader) {
        TriageItem item = items.find(referralId).orElseThrow(() -> new ReferralNotInTriage(referralId));
        auditTrail.append(new AuditEntry(reader.id(), reader.roles(), "READ triage record", referralId, now()));
        return item;
    }

    private TriageItem change(String referralId, Function<TriageItem, Change> action) {
        for (int attempt = 1; ; attempt++) {
            TriageItem item = items.find(referralId).orElseThrow(() -> new ReferralNotInTriage(referralId));
            Change change = action.apply(item);
            if (change.events().isEmpty() && change.item() == item) {
                return item;
            }
            try {
                items.update(change.item(), change.events());
                return change.item();
            } catch (ConcurrentChange e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
