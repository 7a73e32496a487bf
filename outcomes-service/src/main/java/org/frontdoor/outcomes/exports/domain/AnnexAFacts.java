package org.frontdoor.outcomes.exports.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.frontdoor.contracts.cases.CaseMember;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.cases.WebstarAssessed;
import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralAmended;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.referrals.ReferralWithdrawn;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;

/**
 * Folds the logged events into the contacts and early help assessments Annex A lists.
 *
 * <ul>
 *   <li>An event id counts once (the first occurrence wins); so does a decision id.</li>
 *   <li>A referral is dated by its first ReferralReceived; its source, pathway and children (with their
 *       demographics) come from the latest ReferralAmended (by {@code amendedAt}) when there is one.</li>
 *   <li>A referral withdrawn as {@code ENTERED_IN_ERROR} never was a contact and is left out of every list
 *       (withdrawn by the referrer, or as a duplicate, it still was one).</li>
 *   <li>The latest decision (max {@code decidedAt}, at the same instant a revision after the original) gives the
 *       route and the allocated team, as for the indicators.</li>
 *   <li>A case whose EarlyHelpCaseOpened is not in the log is left out (it cannot be dated). Its organisation is
 *       the agency of the latest lead professional allocated at or before the completion, else of the first
 *       one allocated; an assessment not yet complete names the current lead's agency.</li>
 * </ul>
 */
final class AnnexAFacts {

    static final Set<String> EVENT_TYPES = Set.of(ReferralReceived.TYPE, ReferralAmended.TYPE, ReferralWithdrawn.TYPE,
            TriageDecisionMade.TYPE, TriageDecisionRevised.TYPE, EarlyHelpCaseOpened.TYPE,
            LeadProfessionalAllocated.TYPE, WebstarAssessed.TYPE);

    static final String ENTERED_IN_ERROR = "ENTERED_IN_ERROR";
    static final String BASELINE = "BASELINE";
    static final String CHILD = "CHILD";

    private final List<ReferralRecord> referrals;
    private final List<EarlyHelpAssessment> assessments;

    private AnnexAFacts(List<ReferralRecord> referrals, List<EarlyHelpAssessment> assessments) {
        this.referrals = referrals.stream().sorted(ReferralRecord.IN_ORDER_RECEIVED).toList();
        this.assessments = assessments.stream().sorted(EarlyHelpAssessment.IN_ORDER_STARTED).toList();
    }

    /** Every contact in the log, earliest received first. */
    List<ReferralRecord> referrals() {
        return referrals;
    }

    /** Every early help assessment in the log, earliest started first. */
    List<EarlyHelpAssessment> assessments() {
        return assessments;
    }

    /**
     * The demographics Annex A shows for a child of an early help case (case events carry only person ids):
     * the child as named on the case's source referral; else on the latest referral naming them received at or
     * before the case opened; else on the earliest one received after; else none.
     */
    Optional<ChildOnReferral> childOfCase(String childId, EarlyHelpAssessment assessment) {
        Optional<ChildOnReferral> onSource = referrals.stream()
                .filter(referral -> referral.referralId().equals(assessment.sourceReferralId()))
                .findFirst()
                .flatMap(referral -> child(referral, childId));
        if (onSource.isPresent()) {
            return onSource;
        }
        List<ReferralRecord> naming = referrals.stream().filter(referral -> referral.names(childId)).toList();
        Optional<ReferralRecord> before = naming.stream()
                .filter(referral -> !referral.receivedAt().isAfter(assessment.openedAt()))
                .reduce((earlier, later) -> later);
        return before.or(() -> naming.stream().findFirst()).flatMap(referral -> child(referral, childId));
    }

    static Optional<ChildOnReferral> child(ReferralRecord referral, String childId) {
        return referral.children().stream().filter(child -> child.childId().equals(childId)).findFirst();
    }

    static AnnexAFacts from(Collection<LoggedEvent> events) {
        Set<String> seenEvents = new HashSet<>();
        Set<String> seenDecisions = new HashSet<>();
        Map<String, ReferralReceived> received = new LinkedHashMap<>();
        Map<String, ReferralAmended> latestAmendment = new HashMap<>();
        Set<String> enteredInError = new HashSet<>();
        Map<String, LatestDecision> latestDecision = new HashMap<>();
        Map<String, EarlyHelpCaseOpened> opened = new LinkedHashMap<>();
        Map<String, List<LeadProfessionalAllocated>> allocations = new HashMap<>();
        Map<String, Instant> firstBaseline = new HashMap<>();

        for (LoggedEvent event : events) {
            if (!seenEvents.add(event.id())) {
                continue;
            }
            Object payload = event.payload();
            if (payload instanceof ReferralReceived referral) {
                received.putIfAbsent(referral.referralId(), referral);
            } else if (payload instanceof ReferralAmended amendment) {
                latestAmendment.merge(amendment.referralId(), amendment,
                        (earlier, later) -> later.amendedAt().isBefore(earlier.amendedAt()) ? earlier : later);
            } else if (payload instanceof ReferralWithdrawn withdrawn) {
                if (ENTERED_IN_ERROR.equals(withdrawn.reason())) {
                    enteredInError.add(withdrawn.referralId());
                }
            } else if (payload instanceof TriageDecisionMade made) {
                if (seenDecisions.add(made.decisionId())) {
                    latestDecision.merge(made.referralId(), new LatestDecision(made.decisionId(), made.decidedAt(),
                            false, made.route(), made.team()), LatestDecision::later);
                }
            } else if (payload instanceof TriageDecisionRevised revised) {
                if (seenDecisions.add(revised.decisionId())) {
                    latestDecision.merge(revised.referralId(), new LatestDecision(revised.decisionId(),
                            revised.decidedAt(), true, revised.route(), revised.team()), LatestDecision::later);
                }
            } else if (payload instanceof EarlyHelpCaseOpened caseOpened) {
                opened.putIfAbsent(caseOpened.caseId(), caseOpened);
            } else if (payload instanceof LeadProfessionalAllocated allocated) {
                allocations.computeIfAbsent(allocated.caseId(), id -> new ArrayList<>()).add(allocated);
            } else if (payload instanceof WebstarAssessed webstar && BASELINE.equals(webstar.assessmentType())) {
                firstBaseline.merge(webstar.caseId(), webstar.assessedAt(),
                        (earlier, later) -> later.isBefore(earlier) ? later : earlier);
            }
        }

        List<ReferralRecord> referrals = new ArrayList<>();
        for (ReferralReceived referral : received.values()) {
            if (enteredInError.contains(referral.referralId())) {
                continue;
            }
            ReferralAmended amendment = latestAmendment.get(referral.referralId());
            LatestDecision decision = latestDecision.get(referral.referralId());
            referrals.add(new ReferralRecord(referral.referralId(), referral.receivedAt(),
                    amendment == null ? referral.sourceCode() : amendment.sourceCode(),
                    amendment == null ? referral.pathway() : amendment.pathway(),
                    distinctChildren(amendment == null ? referral.children() : amendment.children()),
                    decision == null ? null : decision.route(),
                    decision == null ? null : decision.team()));
        }

        List<EarlyHelpAssessment> assessments = new ArrayList<>();
        for (EarlyHelpCaseOpened caseOpened : opened.values()) {
            Instant completedAt = firstBaseline.get(caseOpened.caseId());
            List<LeadProfessionalAllocated> leads = allocations.getOrDefault(caseOpened.caseId(), List.of()).stream()
                    .sorted(Comparator.comparing(LeadProfessionalAllocated::allocatedAt)
                            .thenComparing(LeadProfessionalAllocated::leadProfessionalId))
                    .toList();
            assessments.add(new EarlyHelpAssessment(caseOpened.caseId(), caseOpened.openedAt(),
                    caseOpened.sourceReferralId(),
                    caseOpened.members().stream().filter(member -> CHILD.equals(member.role()))
                            .map(CaseMember::personId).toList(),
                    completedAt, organisation(leads, completedAt)));
        }
        return new AnnexAFacts(referrals, assessments);
    }

    private static String organisation(List<LeadProfessionalAllocated> leads, Instant completedAt) {
        if (leads.isEmpty()) {
            return null;
        }
        if (completedAt == null) {
            return leads.get(leads.size() - 1).agency();
        }
        return leads.stream().filter(lead -> !lead.allocatedAt().isAfter(completedAt))
                .reduce((earlier, later) -> later)
                .orElse(leads.get(0))
                .agency();
    }

    private static List<ChildOnReferral> distinctChildren(List<ChildOnReferral> children) {
        Set<String> seen = new HashSet<>();
        return children.stream().filter(child -> seen.add(child.childId())).toList();
    }

    /** At the same instant a revision supersedes the original, then the higher decision id wins (a fixed order). */
    private record LatestDecision(String decisionId, Instant decidedAt, boolean revision, String route, String team) {

        private static final Comparator<LatestDecision> IN_ORDER_MADE = Comparator.comparing(LatestDecision::decidedAt)
                .thenComparing(LatestDecision::revision)
                .thenComparing(LatestDecision::decisionId);

        static LatestDecision later(LatestDecision one, LatestDecision other) {
            return IN_ORDER_MADE.compare(one, other) >= 0 ? one : other;
        }
    }
}
