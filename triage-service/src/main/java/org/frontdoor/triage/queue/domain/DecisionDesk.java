package org.frontdoor.triage.queue.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.frontdoor.triage.access.domain.Actor;
import org.frontdoor.triage.domain.InvalidField;
import org.frontdoor.triage.audit.domain.AuditEntry;
import org.frontdoor.triage.audit.domain.AuditTrail;
import org.frontdoor.triage.authority.domain.AuthorityProfile;
import org.frontdoor.triage.decision.domain.DecisionProposal;
import org.frontdoor.triage.decision.domain.DecisionProposal.ValidDecision;
import org.frontdoor.triage.decision.domain.InvalidDecision;
import org.frontdoor.triage.decision.domain.Level4Proposal;
import org.frontdoor.triage.decision.domain.TriageDecision;
import org.frontdoor.triage.decision.domain.TriageDecision.ContactDecision;

/**
 * How referrals in the queue are decided: a decision checked against the codes, the threshold table and the
 * authority's teams, made in one conditional write with its events; a triage worker's level-4 decision is a proposal a
 * triage manager approves or returns; a manager revises the decision in force explicitly. Every step is audited; a
 * retry with the same {@code Idempotency-Key} gets the original back. It works on the queue's items, and the
 * {@code decision} package's rules: the rules know nothing of the queue.
 */
public final class DecisionDesk {

    private final TriageItems items;
    private final ItemChanges changes;
    private final AuditTrail auditTrail;
    private final DecisionMeasures measures;
    private final Clock clock;
    private final AuthorityProfile authority;

    public DecisionDesk(TriageItems items, AuditTrail auditTrail, DecisionMeasures measures, Clock clock,
                        AuthorityProfile authority) {
        this.items = items;
        this.changes = new ItemChanges(items);
        this.auditTrail = auditTrail;
        this.measures = measures;
        this.clock = clock;
        this.authority = authority;
    }

    /** Now, to the millisecond: what the store keeps, so the response, the record and the event agree. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public AuthorityProfile authority() {
        return authority;
    }

    /**
     * Checks the proposal (codes, threshold table, the authority's teams) before anything is read or stored, then
     * records the decision and its {@code TriageDecisionMade} events in one conditional write, or, for a triage
     * worker's level-4 decision, a proposal for a manager (no event). Two attempts at once: one wins, the other
     * finds the referral decided. A retry with the same {@code requestKey} (the {@code Idempotency-Key}, may be
     * {@code null}) and the same content gets the original decision (or proposal) back.
     */
    public Outcome decide(String referralId, Actor actor, DecisionProposal proposal, String requestKey) {
        ValidDecision valid = proposal.check(authority);
        if (valid.level().needsManager() && !actor.isManager()) {
            return propose(referralId, actor, valid, requestKey);
        }
        String decisionId = UUID.randomUUID().toString();
        TriageItem item = change(referralId,
                current -> current.decide(actor, valid, decisionId, now(), requestKey));
        Decided decided = Decided.of(item, decisionId, requestKey);
        if (!decided.replayed()) {
            auditTrail.append(new AuditEntry(actor.id(), actor.roles(), "DECIDE " + valid.level().number() + " "
                    + valid.route() + teamNote(valid.team()), referralId, decided.decision().decidedAt()));
            madeOnFurtherContacts(item, decided.decision());
            measures.decided(decided.decision());
        }
        return decided;
    }

    private Proposed propose(String referralId, Actor worker, ValidDecision valid, String requestKey) {
        String proposalId = UUID.randomUUID().toString();
        TriageItem item = change(referralId, current -> current.propose(worker, valid, proposalId, now(), requestKey));
        Level4Proposal proposal = item.findProposal(proposalId).orElseGet(() -> item.proposals().stream()
                .filter(p -> requestKey != null && requestKey.equals(p.requestKey())).findFirst().orElseThrow());
        if (proposal.proposalId().equals(proposalId)) {
            auditTrail.append(new AuditEntry(worker.id(), worker.roles(), "PROPOSE " + proposalId + " "
                    + valid.level().number() + " " + valid.route() + teamNote(valid.team()), referralId,
                    proposal.proposedAt()));
        }
        return new Proposed(item, proposal);
    }

    /**
     * A triage manager approves a worker's level-4 proposal: the decision is made by the manager at approval
     * ({@code decidedBy}, {@code decidedAt}) and published. Approving an approved proposal again returns that
     * decision.
     */
    public Decided approve(String referralId, String proposalId, Actor manager) {
        if (!manager.isManager()) {
            throw new ManagerDecisionRequired("Approving a level-4 proposal needs a triage manager");
        }
        String decisionId = UUID.randomUUID().toString();
        TriageItem item = change(referralId, current -> current.approve(manager, proposalId, decisionId, now()));
        Level4Proposal approved = item.findProposal(proposalId).orElseThrow();
        TriageDecision made = item.decisionHistory().stream()
                .filter(d -> d.decisionId().equals(approved.decisionId())).findFirst().orElseThrow();
        boolean now = made.decisionId().equals(decisionId);
        if (now) {
            auditTrail.append(new AuditEntry(manager.id(), manager.roles(), "APPROVE " + proposalId + " of "
                    + approved.proposedBy() + " -> " + decisionId, referralId, made.decidedAt()));
            madeOnFurtherContacts(item, made);
            measures.decided(made);
        }
        return new Decided(item, made, !now);
    }

    /** A triage manager returns a worker's level-4 proposal with a reason; the referral goes back to that worker. */
    public Proposed returnProposal(String referralId, String proposalId, Actor manager, String reason) {
        if (!manager.isManager()) {
            throw new ManagerDecisionRequired("Returning a level-4 proposal needs a triage manager");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < Level4Proposal.REASON_MIN || why.length() > Level4Proposal.REASON_MAX) {
            throw new InvalidDecision(List.of(new InvalidField("reason", "a reason of " + Level4Proposal.REASON_MIN
                    + " to " + Level4Proposal.REASON_MAX + " characters is required")));
        }
        TriageItem item = change(referralId, current -> current.returnProposal(manager, proposalId, why, now()));
        Level4Proposal returned = item.findProposal(proposalId).orElseThrow();
        auditTrail.append(new AuditEntry(manager.id(), manager.roles(), "RETURN " + proposalId + " to "
                + returned.proposedBy(), referralId, returned.reviewedAt()));
        return new Proposed(item, returned);
    }

    /**
     * A triage manager's explicit revision of the current decision (audited; publishes
     * {@code TriageDecisionRevised}). The first decision stays on record.
     */
    public Decided revise(String referralId, Actor actor, String revisesDecisionId, DecisionProposal proposal,
                          String requestKey) {
        if (!actor.isManager()) {
            throw new ManagerDecisionRequired("Revising a triage decision needs a triage manager");
        }
        List<InvalidField> problems = new ArrayList<>();
        if (revisesDecisionId == null || revisesDecisionId.isBlank()) {
            problems.add(new InvalidField("revisesDecisionId",
                    "is required: the id of the decision this revision replaces"));
        }
        ValidDecision valid;
        try {
            valid = proposal.check(authority);
        } catch (InvalidDecision invalid) {
            problems.addAll(invalid.problems());
            throw new InvalidDecision(problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDecision(problems);
        }
        String decisionId = UUID.randomUUID().toString();
        TriageItem item = change(referralId,
                current -> current.revise(actor, revisesDecisionId, valid, decisionId, now(), requestKey));
        Decided revised = Decided.of(item, decisionId, requestKey);
        if (!revised.replayed()) {
            auditTrail.append(new AuditEntry(actor.id(), actor.roles(), "REVISE " + revisesDecisionId + " -> "
                    + decisionId + " " + valid.level().number() + " " + valid.route() + teamNote(valid.team()),
                    referralId, revised.decision().decidedAt()));
            TriageDecision previous = item.decisionHistory().get(item.decisionHistory().size() - 2);
            for (ContactDecision contact : revised.decision().furtherContacts()) {
                String revises = previous.furtherContacts().stream()
                        .filter(c -> c.referralId().equals(contact.referralId())).map(ContactDecision::decisionId)
                        .findFirst().orElse(null);
                recordOnContact(contact.referralId(), revised.decision().forContact(contact.decisionId(), revises));
            }
        }
        return revised;
    }

    /** The decision with this id, rationale included (e.g. for the decision letter); not audited (no reader). */
    public Optional<TriageItems.DecisionOnRecord> decision(String decisionId) {
        return items.findDecision(decisionId);
    }

    /**
     * Each further contact decided with a referral gets the decision on its own record, under its own decision id
     * (the events were already written with the referral's; this second write only keeps the contact's record in
     * step, and is repeated harmlessly if it ever has to be).
     */
    private void madeOnFurtherContacts(TriageItem item, TriageDecision made) {
        for (ContactDecision contact : made.furtherContacts()) {
            recordOnContact(contact.referralId(), made.forContact(contact.decisionId(), null));
        }
    }

    private void recordOnContact(String contactId, TriageDecision contactDecision) {
        changes.record(contactId, contact -> contact.decidedWith(contactDecision));
    }

    private static String teamNote(String team) {
        return team == null ? "" : " to " + team;
    }

    private TriageItem change(String referralId, Function<TriageItem, Change> action) {
        return changes.change(referralId, action);
    }
}
