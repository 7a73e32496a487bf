package org.frontdoor.cases.earlyhelp.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A family's targeted early help case: who is in it, who leads it, and whether it is open or closed.
 *
 * <p>Immutable. Each change returns the new state and the events it caused ({@link CaseChange}); the store saves
 * both in one write. Rules:
 * <ul>
 *   <li>a case opens from a triage decision routed to targeted early help, with the decision's children and family;</li>
 *   <li>an open case may be (re)allocated to a lead professional (allocating the same one again is no change);
 *       a closed case may not;</li>
 *   <li>a case is led before it closes: an unallocated case cannot be closed;</li>
 *   <li>closing for outcomes achieved or a step-down to universal services needs the lead professional's judgement,
 *       and "outcomes achieved" cannot be judged "not achieved";</li>
 *   <li>only a closed case can be reopened; it reopens with its lead professional, and keeps its earlier closures.</li>
 * </ul>
 */
public final class EarlyHelpCase {

    /** Longest closing summary kept (free text; stays in this service). */
    public static final int SUMMARY_MAX_LENGTH = 4000;

    private final String caseId;
    private final long revision;
    private final CaseStatus status;
    private final String familyId;
    private final List<FamilyMember> members;
    private final String sourceReferralId;
    private final String locality;
    private final Instant openedAt;
    private final LeadProfessional leadProfessional;
    private final Closure closure;
    private final List<Closure> earlierClosures;
    private final Instant reopenedAt;

    private EarlyHelpCase(String caseId, long revision, CaseStatus status, String familyId, List<FamilyMember> members,
                          String sourceReferralId, String locality, Instant openedAt,
                          LeadProfessional leadProfessional, Closure closure, List<Closure> earlierClosures,
                          Instant reopenedAt) {
        this.caseId = requireText(caseId, "caseId");
        this.revision = revision;
        this.status = Objects.requireNonNull(status, "status");
        this.familyId = requireText(familyId, "familyId");
        this.members = List.copyOf(members);
        if (this.members.stream().noneMatch(FamilyMember::isChild)) {
            throw new IllegalArgumentException("an early help case needs at least one child");
        }
        this.sourceReferralId = sourceReferralId;
        this.locality = locality;
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.leadProfessional = leadProfessional;
        this.closure = closure;
        this.earlierClosures = List.copyOf(earlierClosures);
        this.reopenedAt = reopenedAt;
        if ((status == CaseStatus.CLOSED) != (closure != null)) {
            throw new IllegalArgumentException("a case has a closure exactly when it is closed");
        }
    }

    /** The case a referral's decision opens always has the same id, so a decision delivered twice opens one case. */
    public static String idForReferral(String referralId) {
        return UUID.nameUUIDFromBytes(("case:" + referralId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Opens the case a targeted early help decision calls for, dated at the decision.
     *
     * @throws IllegalArgumentException if the decision is not routed to targeted early help or names no family
     */
    public static CaseChange openFrom(TriageRouting decision) {
        if (!decision.route().opensEarlyHelpCase()) {
            throw new IllegalArgumentException("route " + decision.route() + " does not open an early help case");
        }
        if (decision.familyId() == null || decision.familyId().isBlank()) {
            throw new IllegalArgumentException("decision on referral " + decision.referralId()
                    + " is routed to targeted early help but names no family");
        }
        if (decision.childIds().isEmpty()) {
            throw new IllegalArgumentException("decision on referral " + decision.referralId() + " names no child");
        }
        List<FamilyMember> members = decision.childIds().stream().distinct().map(FamilyMember::child).toList();
        EarlyHelpCase opened = new EarlyHelpCase(idForReferral(decision.referralId()), 0, CaseStatus.OPEN,
                decision.familyId(), members, decision.referralId(), decision.locality(), decision.decidedAt(),
                null, null, List.of(), null);
        return new CaseChange(opened, List.of(new CaseEvent.Opened(opened.caseId, opened.openedAt, opened.familyId,
                opened.members, opened.sourceReferralId, opened.locality)));
    }

    /** A case as it was stored. */
    public static EarlyHelpCase restore(String caseId, long revision, CaseStatus status, String familyId,
                                        List<FamilyMember> members, String sourceReferralId, String locality,
                                        Instant openedAt, LeadProfessional leadProfessional, Closure closure,
                                        List<Closure> earlierClosures, Instant reopenedAt) {
        return new EarlyHelpCase(caseId, revision, status, familyId, members, sourceReferralId, locality, openedAt,
                leadProfessional, closure, earlierClosures, reopenedAt);
    }

    /**
     * Makes {@code lead} the case's lead professional, first time or instead of the present one. Allocating the
     * present lead professional again, with the same agency, changes nothing and causes no event (a retried request).
     */
    public CaseChange allocate(LeadProfessional lead) {
        Objects.requireNonNull(lead, "lead");
        if (isClosed()) {
            throw new CaseStateConflict("Early help case " + caseId + " is closed: reopen it before allocating");
        }
        if (leadProfessional != null && leadProfessional.is(lead.professionalId())
                && leadProfessional.agency() == lead.agency()) {
            return new CaseChange(this, List.of());
        }
        EarlyHelpCase allocated = new EarlyHelpCase(caseId, revision, status, familyId, members, sourceReferralId,
                locality, openedAt, lead, null, earlierClosures, reopenedAt);
        return new CaseChange(allocated, List.of(new CaseEvent.LeadAllocated(caseId, lead.allocatedAt(),
                lead.professionalId(), lead.agency())));
    }

    /** Closes the case for {@code reason}, with the lead professional's judgement where the reason needs one. */
    public CaseChange close(ClosureReason reason, ClosureJudgement judgement, String summary, String closedBy,
                            Instant closedAt) {
        if (reason == null) {
            throw new InvalidCaseChange("reason", "a closure needs a reason");
        }
        if (reason.requiresJudgement() && judgement == null) {
            throw new InvalidCaseChange("judgement", "closing for " + reason
                    + " needs the lead professional's judgement of how far outcomes were achieved");
        }
        if (reason == ClosureReason.OUTCOMES_ACHIEVED && judgement == ClosureJudgement.NOT_ACHIEVED) {
            throw new InvalidCaseChange("judgement", "a case closed for outcomes achieved cannot be judged NOT_ACHIEVED");
        }
        if (summary != null && summary.length() > SUMMARY_MAX_LENGTH) {
            throw new InvalidCaseChange("summary", "the summary is longer than " + SUMMARY_MAX_LENGTH + " characters");
        }
        if (isClosed()) {
            throw new CaseStateConflict("Early help case " + caseId + " is already closed");
        }
        if (leadProfessional == null) {
            throw new CaseStateConflict("Early help case " + caseId
                    + " has no lead professional: a case is led before it closes");
        }
        String keptSummary = summary == null || summary.isBlank() ? null : summary.strip();
        Closure closing = new Closure(reason, judgement, keptSummary, closedAt, closedBy);
        EarlyHelpCase closed = new EarlyHelpCase(caseId, revision, CaseStatus.CLOSED, familyId, members,
                sourceReferralId, locality, openedAt, leadProfessional, closing, earlierClosures, reopenedAt);
        return new CaseChange(closed, List.of(new CaseEvent.Closed(caseId, closedAt, reason, judgement, familyId,
                childIds())));
    }

    /** Reopens a closed case with its lead professional; its closure joins the earlier closures. */
    public CaseChange reopen(Instant at) {
        if (!isClosed()) {
            throw new CaseStateConflict("Early help case " + caseId + " is open: only a closed case can be reopened");
        }
        List<Closure> closures = new ArrayList<>(earlierClosures);
        closures.add(closure);
        EarlyHelpCase reopened = new EarlyHelpCase(caseId, revision, CaseStatus.OPEN, familyId, members,
                sourceReferralId, locality, openedAt, leadProfessional, null, closures, at);
        return new CaseChange(reopened, List.of(new CaseEvent.Reopened(caseId, at, familyId, childIds())));
    }

    public boolean isClosed() {
        return status == CaseStatus.CLOSED;
    }

    public boolean isAllocated() {
        return leadProfessional != null;
    }

    public boolean isLedBy(String personId) {
        return leadProfessional != null && leadProfessional.is(personId);
    }

    public List<String> childIds() {
        return members.stream().filter(FamilyMember::isChild).map(FamilyMember::personId).toList();
    }

    public String caseId() {
        return caseId;
    }

    /** The stored version this state was read at (optimistic locking); 0 for a case not yet stored. */
    public long revision() {
        return revision;
    }

    public CaseStatus status() {
        return status;
    }

    public String familyId() {
        return familyId;
    }

    public List<FamilyMember> members() {
        return members;
    }

    public Optional<String> sourceReferralId() {
        return Optional.ofNullable(sourceReferralId);
    }

    public Optional<String> locality() {
        return Optional.ofNullable(locality);
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Optional<LeadProfessional> leadProfessional() {
        return Optional.ofNullable(leadProfessional);
    }

    public Optional<Closure> closure() {
        return Optional.ofNullable(closure);
    }

    public List<Closure> earlierClosures() {
        return earlierClosures;
    }

    public Optional<Instant> reopenedAt() {
        return Optional.ofNullable(reopenedAt);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
