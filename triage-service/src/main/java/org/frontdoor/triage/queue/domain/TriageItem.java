package org.frontdoor.triage.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.triage.TriageClaimed;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.frontdoor.triage.access.domain.Actor;
import org.frontdoor.triage.decision.domain.ConsentDoesNotAllowRoute;
import org.frontdoor.triage.decision.domain.DecisionProposal.ValidDecision;
import org.frontdoor.triage.decision.domain.Level4Proposal;
import org.frontdoor.triage.decision.domain.TriageDecision;
import org.frontdoor.triage.decision.domain.TriageDecision.ContactDecision;

/**
 * One referral in triage: its coded facts, the one-working-day deadline, who has claimed it and,
 * once made, its decision. Immutable: each change returns the new state (and the events it caused).
 * Its rules live in the parts a triage worker names, which it delegates to: the {@link Claim}, the
 * {@link FurtherContacts}, the {@link Level4Proposals} and the {@link Decisions} (the decision and its revisions).
 * The components stay flat, as the store keeps them.
 *
 * @param decision           the first decision (it dates and times the referral)
 * @param revisions          a manager's later revisions, oldest first (the latest gives the level and route)
 * @param seenEventIds       the ids of the referral events already applied, so a re-delivered event changes nothing
 * @param version            the stored version the item was read at ({@code null} before it is first stored)
 * @param strategyDiscussion a triage worker or manager flagged it as needing a strategy discussion (queue order)
 * @param earlierReferralIds referrals of the same child within 12 months (referral-service's {@code RE_REFERRAL} links)
 * @param furtherContacts    further contacts about the same child, shown and decided with this referral
 * @param linkedInto         for a further contact: the referral it is shown and decided with ({@code LINKED})
 * @param linkNote           what happened to a link that could not be made (e.g. the earlier referral was decided)
 * @param proposals          triage workers' level-4 proposals, oldest first, whatever became of them
 */
public record TriageItem(
        Referral referral,
        Instant deadline,
        TriageStatus status,
        String claimedBy,
        Instant claimedAt,
        TriageDecision decision,
        List<TriageDecision> revisions,
        Instant withdrawnAt,
        List<String> seenEventIds,
        Long version,
        boolean strategyDiscussion,
        List<String> earlierReferralIds,
        List<Referral> furtherContacts,
        String linkedInto,
        String linkNote,
        List<Level4Proposal> proposals) {

    public TriageItem {
        Objects.requireNonNull(referral, "referral");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
        seenEventIds = List.copyOf(seenEventIds);
        revisions = List.copyOf(revisions);
        earlierReferralIds = earlierReferralIds == null ? List.of() : List.copyOf(earlierReferralIds);
        furtherContacts = furtherContacts == null ? List.of() : List.copyOf(furtherContacts);
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
    }

    /** An item as the first release kept it: no flag, no links, no proposals. */
    public TriageItem(Referral referral, Instant deadline, TriageStatus status, String claimedBy, Instant claimedAt,
                      TriageDecision decision, List<TriageDecision> revisions, Instant withdrawnAt,
                      List<String> seenEventIds, Long version) {
        this(referral, deadline, status, claimedBy, claimedAt, decision, revisions, withdrawnAt, seenEventIds, version,
                false, List.of(), List.of(), null, null, List.of());
    }

    /** A referral arrives in the queue, with the deadline of its one-working-day clock. */
    public static TriageItem received(String eventId, Referral referral, Instant deadline) {
        return new TriageItem(referral, deadline, TriageStatus.OPEN, null, null, null, List.of(), null,
                List.of(eventId), null);
    }

    public String referralId() {
        return referral.referralId();
    }

    /** Who is working on it today. */
    public Claim currentClaim() {
        return Claim.of(claimedBy, claimedAt);
    }

    /** The further contacts shown and decided with it. */
    public FurtherContacts contacts() {
        return new FurtherContacts(furtherContacts);
    }

    /** Triage workers' level-4 proposals on it. */
    public Level4Proposals level4Proposals() {
        return new Level4Proposals(proposals);
    }

    /** Its decision and the revisions of it. */
    public Decisions decisions() {
        return new Decisions(decision, revisions);
    }

    public boolean isOpen() {
        return status == TriageStatus.OPEN;
    }

    public boolean hasSeen(String eventId) {
        return seenEventIds.contains(eventId);
    }

    /** Re-referred: the same child was referred within the previous 12 months. */
    public boolean isReReferral() {
        return !earlierReferralIds.isEmpty();
    }

    /** This referral and the further contacts shown with it, this one first. */
    public List<String> contactIds() {
        List<String> ids = new ArrayList<>();
        ids.add(referralId());
        ids.addAll(contacts().referralIds());
        return ids;
    }

    /** The level-4 proposal waiting for a triage manager, if any. */
    public Optional<Level4Proposal> proposalAwaitingApproval() {
        return level4Proposals().awaitingApproval();
    }

    /** Open and past its deadline: the one-working-day clock has run out without a decision. */
    public boolean isOverdue(Instant now) {
        return isOpen() && !now.isBefore(deadline);
    }

    /** Time left on the one-working-day clock at {@code now}: zero or negative once the deadline has passed. */
    public Duration timeRemaining(Instant now) {
        return Duration.between(now, deadline);
    }

    /** The referral was amended; the queue shows its new pathway, urgency and children. Empty when already applied. */
    public Optional<TriageItem> amend(String eventId, Referral.Amendment amendment) {
        if (hasSeen(eventId)) {
            return Optional.empty();
        }
        return Optional.of(next().referral(referral.amendedBy(amendment)).seen(eventId).build());
    }

    /**
     * The referral was withdrawn: an open item leaves the queue. A decided item keeps its decision (it was
     * made and published) and only notes the withdrawal. Empty when already applied.
     */
    public Optional<TriageItem> withdraw(String eventId, Instant at) {
        if (hasSeen(eventId)) {
            return Optional.empty();
        }
        TriageStatus nextStatus = status == TriageStatus.OPEN ? TriageStatus.WITHDRAWN : status;
        return Optional.of(next().status(nextStatus).withdrawnAt(at).seen(eventId).build());
    }

    /**
     * A triage worker takes the referral. Claiming one's own claim again changes nothing; taking a claim
     * from someone else is a manager's reassignment.
     */
    public Change claim(Actor actor, Instant now) {
        requireOpen();
        Claim taken = currentClaim().takenBy(actor, now, referralId());
        if (taken.equals(currentClaim())) {
            return new Change(this, List.of());
        }
        return new Change(next().claim(taken).build(), List.of(new TriageClaimed(referralId(), now, actor.id())));
    }

    /**
     * A triage manager gives the referral to a worker (whoever held it before). Publishes {@code TriageClaimed}
     * for the new holder; giving it to its holder again changes nothing.
     */
    public Change reassign(Actor manager, String assignee, Instant now) {
        if (!manager.isManager()) {
            throw new ManagerDecisionRequired("Reassigning a referral needs a triage manager");
        }
        requireOpen();
        if (currentClaim().isHeldBy(assignee)) {
            return new Change(this, List.of());
        }
        return new Change(next().claim(new Claim(assignee, now)).build(),
                List.of(new TriageClaimed(referralId(), now, assignee)));
    }

    /**
     * The worker holding the referral gives it back to the queue (or a triage manager takes the claim off
     * them). Internal to triage: no event is published. Releasing an unclaimed, decided or withdrawn
     * referral is a conflict; a worker releasing someone else's claim is refused.
     */
    public Change release(Actor actor) {
        requireOpen();
        return new Change(next().claim(currentClaim().releasedBy(actor, referralId())).build(), List.of());
    }

    /** Flags (or unflags) the referral as needing a strategy discussion: it then comes right after immediate risk. */
    public Change flagStrategyDiscussion(boolean needed) {
        requireOpen();
        if (strategyDiscussion == needed) {
            return new Change(this, List.of());
        }
        return new Change(next().strategyDiscussion(needed).build(), List.of());
    }

    /** referral-service found an earlier referral of the same child within 12 months. Empty when already known. */
    public Optional<TriageItem> reReferralOf(String earlierReferralId) {
        if (earlierReferralIds.contains(earlierReferralId)) {
            return Optional.empty();
        }
        List<String> earlier = new ArrayList<>(earlierReferralIds);
        earlier.add(earlierReferralId);
        return Optional.of(next().earlierReferralIds(earlier).build());
    }

    /** A further contact about the same child joins this open item. Empty when it is already there. */
    public Optional<TriageItem> takeInFurtherContact(Referral contact) {
        return contacts().with(contact).map(more -> next().contacts(more).build());
    }

    /** This open referral is a further contact of {@code primaryReferralId}: it leaves the queue and is shown there. */
    public TriageItem linkInto(String primaryReferralId) {
        return next().status(TriageStatus.LINKED).linkedInto(primaryReferralId).claim(Claim.NONE)
                .linkNote(null).build();
    }

    /** Back in the queue on its own (the referral it was linked into could not take it), saying why. */
    public TriageItem keptOnItsOwn(String why) {
        TriageStatus nextStatus = status == TriageStatus.LINKED ? TriageStatus.OPEN : status;
        return next().status(nextStatus).linkedInto(null).linkNote(why).build();
    }

    /**
     * The one threshold decision on the referral (and on every further contact shown with it: one
     * {@code TriageDecisionMade} each, each with its own decision id). Level 4 needs a triage manager (a
     * worker proposes instead); an item claimed by someone else can only be decided by a manager; a referral
     * is decided once (revisions are explicit); the consent on each contact must allow the route.
     */
    public Change decide(Actor actor, ValidDecision proposal, String decisionId, Instant now, String requestKey) {
        if (proposal.level().needsManager() && !actor.isManager()) {
            throw new ManagerDecisionRequired(proposal.level());
        }
        if (submittedBefore(requestKey, actor, proposal).isPresent()) {
            return new Change(this, List.of());
        }
        requireOpen();
        currentClaim().requireHolderOrManager(actor, "decide", referralId());
        Optional<Level4Proposal> awaiting = proposalAwaitingApproval();
        if (awaiting.isPresent()) {
            throw new TriageConflict(TriageConflict.Reason.PROPOSAL_AWAITING_APPROVAL,
                    "Referral " + referralId() + " has level-4 proposal " + awaiting.get().proposalId()
                            + " awaiting approval; a triage manager approves or returns it first");
        }
        return decided(proposal, actor.id(), decisionId, now, requestKey, null, level4Proposals());
    }

    /**
     * A triage worker's level-4 decision becomes a proposal for a triage manager: nothing is published yet.
     * A retry with the same {@code Idempotency-Key} and content changes nothing.
     */
    public Change propose(Actor actor, ValidDecision proposal, String proposalId, Instant now, String requestKey) {
        if (level4Proposals().submittedBefore(requestKey, actor, proposal, referralId()).isPresent()) {
            return new Change(this, List.of());
        }
        requireOpen();
        currentClaim().requireHolderOrManager(actor, "propose a decision on", referralId());
        if (proposalAwaitingApproval().isPresent()) {
            throw new TriageConflict(TriageConflict.Reason.PROPOSAL_AWAITING_APPROVAL,
                    "Referral " + referralId() + " already has a level-4 proposal awaiting approval");
        }
        checkConsent(proposal);
        return new Change(next().proposals(level4Proposals().with(
                Level4Proposal.proposed(proposalId, proposal, actor.id(), now, requestKey))).build(), List.of());
    }

    /**
     * A triage manager approves a level-4 proposal: it becomes the decision, made by the manager at the time of
     * approval (the worker's name stays on the proposal), and {@code TriageDecisionMade} is published.
     * Approving it again changes nothing.
     */
    public Change approve(Actor manager, String proposalId, String decisionId, Instant now) {
        if (!manager.isManager()) {
            throw new ManagerDecisionRequired("Approving a level-4 proposal needs a triage manager");
        }
        Level4Proposal proposal = level4Proposals().get(proposalId, referralId());
        if (proposal.status() == Level4Proposal.Status.APPROVED) {
            return new Change(this, List.of());
        }
        Level4Proposals.requireAwaiting(proposal);
        requireOpen();
        Level4Proposals next = level4Proposals().replaced(proposal.approved(manager.id(), now, decisionId));
        return decided(proposal.decision(), manager.id(), decisionId, now, null, proposalId, next);
    }

    /** A triage manager returns a level-4 proposal to the worker who made it, with the reason; nothing is published. */
    public Change returnProposal(Actor manager, String proposalId, String reason, Instant now) {
        if (!manager.isManager()) {
            throw new ManagerDecisionRequired("Returning a level-4 proposal needs a triage manager");
        }
        Level4Proposal proposal = level4Proposals().get(proposalId, referralId());
        Level4Proposals.requireAwaiting(proposal);
        requireOpen();
        return new Change(next().proposals(level4Proposals().replaced(proposal.returned(manager.id(), now, reason)))
                .claim(new Claim(proposal.proposedBy(), now)).build(), List.of());
    }

    /**
     * A triage manager's explicit revision of the current decision, naming the decision it revises (so two
     * managers revising at once cannot overwrite each other unseen). The first decision stays on record. Further
     * contacts decided with it are revised with it (one {@code TriageDecisionRevised} each).
     */
    public Change revise(Actor actor, String revisesDecisionId, ValidDecision proposal, String decisionId,
                         Instant now, String requestKey) {
        if (!actor.isManager()) {
            throw new ManagerDecisionRequired("Revising a triage decision needs a triage manager");
        }
        if (submittedBefore(requestKey, actor, proposal).isPresent()) {
            return new Change(this, List.of());
        }
        if (!decisions().isDecided()) {
            throw new TriageConflict(TriageConflict.Reason.NOT_DECIDED,
                    "Referral " + referralId() + " has no decision to revise");
        }
        TriageDecision current = currentDecision();
        if (!current.decisionId().equals(revisesDecisionId)) {
            throw new TriageConflict(TriageConflict.Reason.NOT_THE_CURRENT_DECISION,
                    "Decision " + revisesDecisionId + " is not the current decision of referral " + referralId()
                            + " (the current one is " + current.decisionId() + ")");
        }
        checkConsent(proposal);
        List<ContactDecision> contactRevisions = new ArrayList<>();
        List<FrontDoorEvent> events = new ArrayList<>();
        for (ContactDecision contact : current.furtherContacts()) {
            contactRevisions.add(new ContactDecision(contact.referralId(), UUID.randomUUID().toString()));
        }
        TriageDecision revision = new TriageDecision(decisionId, proposal.level(), proposal.route(),
                proposal.earlyHelpOffered(), proposal.primaryNeed(), proposal.assessmentFactors(),
                proposal.rationale(), actor.id(), now, decision.withinWorkingDay(), current.decisionId(),
                requestKey, proposal.team(), contactRevisions, null);
        events.add(revisedEvent(referral, revision, current.decisionId()));
        for (int i = 0; i < contactRevisions.size(); i++) {
            events.add(revisedEvent(contacts().get(contactRevisions.get(i).referralId(), referralId()),
                    revision.forContact(contactRevisions.get(i).decisionId(), current.furtherContacts().get(i).decisionId()),
                    current.furtherContacts().get(i).decisionId()));
        }
        return new Change(next().decisions(decisions().revisedBy(revision)).build(), events);
    }

    /** A further contact's own record, once the referral it was linked into is decided: the same decision, its own id. */
    public Optional<TriageItem> decidedWith(TriageDecision contactDecision) {
        if (decisions().holds(contactDecision.decisionId())) {
            return Optional.empty();
        }
        if (!decisions().isDecided()) {
            return Optional.of(next().status(TriageStatus.DECIDED)
                    .decisions(new Decisions(contactDecision, revisions)).build());
        }
        return Optional.of(next().decisions(decisions().revisedBy(contactDecision)).build());
    }

    /**
     * A decision this service did not make, as the event log has it (imported history): recorded without a
     * rationale and marked as recorded from the log. A first decision on an undecided referral decides it (it
     * leaves the queue; a withdrawn referral stays withdrawn); a revision is added after the decision it revises.
     * Empty when it changes nothing: already recorded, a first decision for a referral already decided (it is
     * decided once), or a revision whose earlier decision is not here (see {@link #awaitsEarlierDecision}).
     */
    public Optional<TriageItem> recordFromEventLog(LoggedDecision logged) {
        if (holdsDecision(logged.decisionId()) || awaitsEarlierDecision(logged)) {
            return Optional.empty();
        }
        if (!logged.isRevision()) {
            if (decisions().isDecided()) {
                return Optional.empty();
            }
            TriageDecision recorded = fromEventLog(logged, logged.decidedAt().isBefore(deadline));
            TriageStatus nextStatus = status == TriageStatus.WITHDRAWN ? TriageStatus.WITHDRAWN : TriageStatus.DECIDED;
            return Optional.of(next().status(nextStatus).decisions(new Decisions(recorded, revisions)).build());
        }
        return Optional.of(next().decisions(decisions().revisedBy(fromEventLog(logged, decision.withinWorkingDay())))
                .build());
    }

    /** A revision from the event log whose earlier decision is not recorded here yet: it waits for it. */
    public boolean awaitsEarlierDecision(LoggedDecision logged) {
        return logged.isRevision() && !holdsDecision(logged.revisesDecisionId());
    }

    private boolean holdsDecision(String decisionId) {
        return decisions().holds(decisionId);
    }

    private static TriageDecision fromEventLog(LoggedDecision logged, boolean withinWorkingDay) {
        return TriageDecision.recordedFromEventLog(logged.decisionId(), logged.level(), logged.route(),
                logged.earlyHelpOffered(), logged.primaryNeed(), logged.assessmentFactors(), logged.team(),
                logged.decidedBy(), logged.decidedAt(), withinWorkingDay, logged.revisesDecisionId());
    }

    /** The decision in force: the latest revision, else the first decision; {@code null} while undecided. */
    public TriageDecision currentDecision() {
        return decisions().current();
    }

    /**
     * The decision already made with this {@code Idempotency-Key}, when the same person sends the same content
     * again (a retry). Empty without a key or when the key is new.
     *
     * @throws TriageConflict when the key was used for a different decision
     */
    public Optional<TriageDecision> submittedBefore(String requestKey, Actor actor, ValidDecision proposal) {
        return decisions().submittedBefore(requestKey, actor, proposal, referralId());
    }

    /** Every decision on the referral, the first one first. */
    public List<TriageDecision> decisionHistory() {
        return decisions().history();
    }

    public Optional<Level4Proposal> findProposal(String proposalId) {
        return level4Proposals().find(proposalId);
    }

    private Change decided(ValidDecision proposal, String decidedBy, String decisionId, Instant now, String requestKey,
                           String approvedProposalId, Level4Proposals nextProposals) {
        checkConsent(proposal);
        List<ContactDecision> contactDecisions = furtherContacts.stream()
                .map(contact -> new ContactDecision(contact.referralId(), UUID.randomUUID().toString())).toList();
        TriageDecision made = new TriageDecision(decisionId, proposal.level(), proposal.route(),
                proposal.earlyHelpOffered(), proposal.primaryNeed(), proposal.assessmentFactors(),
                proposal.rationale(), decidedBy, now, now.isBefore(deadline), null, requestKey, proposal.team(),
                contactDecisions, approvedProposalId);
        List<FrontDoorEvent> events = new ArrayList<>();
        events.add(madeEvent(referral, made));
        for (ContactDecision contact : contactDecisions) {
            events.add(madeEvent(contacts().get(contact.referralId(), referralId()),
                    made.forContact(contact.decisionId(), null)));
        }
        TriageItem decidedItem = next().status(TriageStatus.DECIDED).decisions(Decisions.madeAs(made))
                .proposals(nextProposals).build();
        return new Change(decidedItem, events);
    }

    private static TriageDecisionMade madeEvent(Referral about, TriageDecision made) {
        return new TriageDecisionMade(made.decisionId(), about.referralId(), made.decidedAt(), made.decidedBy(),
                made.level().number(), made.route().name(), made.earlyHelpOffered(), made.primaryNeed(),
                made.assessmentFactors(), about.pathway().name(), about.childIds(), about.familyId(), about.locality(),
                made.team());
    }

    private static TriageDecisionRevised revisedEvent(Referral about, TriageDecision revision, String revises) {
        return new TriageDecisionRevised(revision.decisionId(), about.referralId(), revises, revision.decidedAt(),
                revision.decidedBy(), revision.level().number(), revision.route().name(), revision.earlyHelpOffered(),
                revision.primaryNeed(), revision.assessmentFactors(), about.pathway().name(), about.childIds(),
                about.familyId(), about.locality(), revision.team());
    }

    private void checkConsent(ValidDecision proposal) {
        ConsentDoesNotAllowRoute.check(referralId(), referral.consent(), proposal.route());
        contacts().checkConsent(proposal.route());
    }

    private void requireOpen() {
        if (status == TriageStatus.DECIDED) {
            throw new TriageConflict(TriageConflict.Reason.ALREADY_DECIDED,
                    "Referral " + referralId() + " has already been decided; a referral is decided once (revisions are explicit)");
        }
        if (status == TriageStatus.WITHDRAWN) {
            throw new TriageConflict(TriageConflict.Reason.WITHDRAWN,
                    "Referral " + referralId() + " was withdrawn and is no longer in the triage queue");
        }
        if (status == TriageStatus.LINKED) {
            throw new TriageConflict(TriageConflict.Reason.LINKED,
                    "Referral " + referralId() + " is a further contact shown and decided with referral " + linkedInto);
        }
    }

    private Next next() {
        return new Next(this);
    }

    /** The next state: this item with some of its parts replaced. */
    private static final class Next {
        private Referral referral;
        private final Instant deadline;
        private TriageStatus status;
        private Claim claim;
        private Decisions decisions;
        private Instant withdrawnAt;
        private final List<String> seenEventIds;
        private final Long version;
        private boolean strategyDiscussion;
        private List<String> earlierReferralIds;
        private FurtherContacts contacts;
        private String linkedInto;
        private String linkNote;
        private Level4Proposals proposals;

        Next(TriageItem item) {
            referral = item.referral;
            deadline = item.deadline;
            status = item.status;
            claim = item.currentClaim();
            decisions = item.decisions();
            withdrawnAt = item.withdrawnAt;
            seenEventIds = new ArrayList<>(item.seenEventIds);
            version = item.version;
            strategyDiscussion = item.strategyDiscussion;
            earlierReferralIds = item.earlierReferralIds;
            contacts = item.contacts();
            linkedInto = item.linkedInto;
            linkNote = item.linkNote;
            proposals = item.level4Proposals();
        }

        Next referral(Referral value) { referral = value; return this; }
        Next status(TriageStatus value) { status = value; return this; }
        Next claim(Claim value) { claim = value; return this; }
        Next decisions(Decisions value) { decisions = value; return this; }
        Next withdrawnAt(Instant value) { withdrawnAt = value; return this; }
        Next seen(String eventId) { seenEventIds.add(eventId); return this; }
        Next strategyDiscussion(boolean value) { strategyDiscussion = value; return this; }
        Next earlierReferralIds(List<String> value) { earlierReferralIds = value; return this; }
        Next contacts(FurtherContacts value) { contacts = value; return this; }
        Next linkedInto(String value) { linkedInto = value; return this; }
        Next linkNote(String value) { linkNote = value; return this; }
        Next proposals(Level4Proposals value) { proposals = value; return this; }

        TriageItem build() {
            return new TriageItem(referral, deadline, status, claim.claimedBy(), claim.claimedAt(), decisions.first(),
                    decisions.revisions(), withdrawnAt, seenEventIds, version, strategyDiscussion, earlierReferralIds,
                    contacts.contacts(), linkedInto, linkNote, proposals.proposals());
        }
    }
}
