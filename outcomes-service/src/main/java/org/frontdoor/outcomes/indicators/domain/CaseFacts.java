package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.frontdoor.contracts.cases.EarlyHelpCaseClosed;
import org.frontdoor.contracts.cases.CaseMember;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.EarlyHelpCaseReopened;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.cases.PlanReviewed;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;

/**
 * Folds the case events of the log into early help cases and their closures. An event id counts once,
 * the first occurrence wins. The first allocation is the earliest {@code allocatedAt}; a case whose
 * EarlyHelpCaseOpened is not (yet) in the log is left out of the cases (its source referral is unknown),
 * but its closures still count. Membership ({@link CaseMembership}) is the opening's members with role CHILD;
 * a case whose opening is not in the log has no membership. Plan reviews ({@link PlanReview}) are kept as logged, one
 * per event id, whether or not the case's opening is in the log.
 */
public final class CaseFacts {

    /** The event types these facts are built from. */
    public static final Set<String> EVENT_TYPES =
            Set.of(EarlyHelpCaseOpened.TYPE, LeadProfessionalAllocated.TYPE, EarlyHelpCaseClosed.TYPE,
                    EarlyHelpCaseReopened.TYPE, PlanReviewed.TYPE);

    private static final String CHILD = "CHILD";

    private final List<EarlyHelpCase> cases;
    private final List<CaseClosure> closures;
    private final List<CaseMembership> memberships;
    private final Map<String, String> localities;
    private final List<PlanReview> reviews;

    private CaseFacts(List<EarlyHelpCase> cases, List<CaseClosure> closures, List<CaseMembership> memberships,
                      Map<String, String> localities, List<PlanReview> reviews) {
        this.cases = List.copyOf(cases);
        this.closures = List.copyOf(closures);
        this.memberships = List.copyOf(memberships);
        this.localities = Map.copyOf(localities);
        this.reviews = List.copyOf(reviews);
    }

    /** The facts of several sets of cases together (each case's events in exactly one of them). */
    public static CaseFacts merge(Collection<CaseFacts> parts) {
        List<EarlyHelpCase> cases = new ArrayList<>();
        List<CaseClosure> closures = new ArrayList<>();
        List<CaseMembership> memberships = new ArrayList<>();
        Map<String, String> localities = new HashMap<>();
        List<PlanReview> reviews = new ArrayList<>();
        for (CaseFacts part : parts) {
            cases.addAll(part.cases);
            closures.addAll(part.closures);
            memberships.addAll(part.memberships);
            localities.putAll(part.localities);
            reviews.addAll(part.reviews);
        }
        return new CaseFacts(cases, closures, memberships, localities, reviews);
    }

    /** The locality recorded when the case was opened, or {@code null} (none recorded, or the opening not logged). */
    public String localityOf(String caseId) {
        return localities.get(caseId);
    }

    public static CaseFacts from(Collection<LoggedEvent> events) {
        Set<String> seenEvents = new HashSet<>();
        Map<String, EarlyHelpCaseOpened> opened = new LinkedHashMap<>();
        Map<String, Instant> firstAllocation = new HashMap<>();
        List<CaseClosure> closures = new ArrayList<>();
        Map<String, List<Instant>> reopenings = new HashMap<>();
        List<PlanReview> reviews = new ArrayList<>();
        for (LoggedEvent event : events) {
            if (!seenEvents.add(event.id())) {
                continue;
            }
            if (event.payload() instanceof EarlyHelpCaseOpened caseOpened) {
                opened.putIfAbsent(caseOpened.caseId(), caseOpened);
            } else if (event.payload() instanceof LeadProfessionalAllocated allocated) {
                firstAllocation.merge(allocated.caseId(), allocated.allocatedAt(),
                        (earlier, later) -> later.isBefore(earlier) ? later : earlier);
            } else if (event.payload() instanceof EarlyHelpCaseClosed closed) {
                closures.add(new CaseClosure(closed.caseId(), closed.closedAt(), closed.judgement()));
            } else if (event.payload() instanceof EarlyHelpCaseReopened reopened) {
                reopenings.computeIfAbsent(reopened.caseId(), id -> new ArrayList<>()).add(reopened.reopenedAt());
            } else if (event.payload() instanceof PlanReviewed reviewed) {
                reviews.add(new PlanReview(reviewed.caseId(), reviewed.reviewedAt(), reviewed.reviewNumber()));
            }
        }
        List<EarlyHelpCase> cases = opened.values().stream()
                .map(caseOpened -> new EarlyHelpCase(caseOpened.caseId(), caseOpened.openedAt(),
                        caseOpened.sourceReferralId(), firstAllocation.get(caseOpened.caseId())))
                .toList();
        List<CaseMembership> memberships = opened.values().stream()
                .map(caseOpened -> new CaseMembership(caseOpened.caseId(), caseOpened.familyId(),
                        caseOpened.members().stream().filter(member -> CHILD.equals(member.role()))
                                .map(CaseMember::personId).toList(),
                        caseOpened.openedAt(),
                        closures.stream().filter(closure -> closure.caseId().equals(caseOpened.caseId()))
                                .map(CaseClosure::closedAt).toList(),
                        reopenings.getOrDefault(caseOpened.caseId(), List.of())))
                .toList();
        Map<String, String> localities = new HashMap<>();
        opened.values().stream().filter(caseOpened -> caseOpened.locality() != null)
                .forEach(caseOpened -> localities.put(caseOpened.caseId(), caseOpened.locality()));
        return new CaseFacts(cases, closures, memberships, localities, reviews);
    }

    public static CaseFacts of(List<EarlyHelpCase> cases, List<CaseClosure> closures) {
        return new CaseFacts(cases, closures, List.of(), Map.of(), List.of());
    }

    public static CaseFacts none() {
        return new CaseFacts(List.of(), List.of(), List.of(), Map.of(), List.of());
    }

    public List<CaseMembership> memberships() {
        return memberships;
    }

    public List<EarlyHelpCase> cases() {
        return cases;
    }

    public List<CaseClosure> closures() {
        return closures;
    }

    /** Every plan review logged, of any case. */
    public List<PlanReview> reviews() {
        return reviews;
    }
}
