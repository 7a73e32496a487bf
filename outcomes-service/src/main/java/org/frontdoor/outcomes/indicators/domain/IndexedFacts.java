package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.frontdoor.outcomes.indicators.domain.FamilyProgrammeFacts.Evidence;
import org.frontdoor.outcomes.indicators.domain.FamilyProgrammeFacts.ThemesIdentified;
import org.frontdoor.workingdays.LondonDates;

/**
 * One snapshot of the facts, indexed once so that a report of any period reads only what is dated in it: every list a
 * cohort is chosen from is kept in time order (a period's part found by binary search), and every look-up the rules
 * make across the whole history (a child's social care referrals and cases, a case's open spells and reviews, a
 * person's Webstars, a family's evidence, ...) is a map built once. Nothing here is a rule: the indicators read these
 * exactly as they read the plain facts, and give the same answers (IndexedFactsTest holds them to it).
 * <p>Built for a snapshot of the read model the first time a report asks after a change, and kept with it.
 */
final class IndexedFacts {

    /** Items in time order; the ones of a period are found by binary search on their instant. */
    static final class InTimeOrder<T> {

        private final List<T> items;
        private final Instant[] times;

        /** {@code order} must order by {@code time} first; items without a time are left out. */
        InTimeOrder(Collection<T> all, Function<T, Instant> time, Comparator<T> order) {
            List<T> timed = new ArrayList<>(all.size());
            for (T item : all) {
                if (time.apply(item) != null) {
                    timed.add(item);
                }
            }
            timed.sort(order);
            this.items = List.copyOf(timed);
            this.times = new Instant[items.size()];
            for (int i = 0; i < times.length; i++) {
                times[i] = time.apply(items.get(i));
            }
        }

        /** Those whose instant is in the period (from 00:00 London time on {@code from} to that on {@code to}). */
        List<T> in(ReportPeriod period) {
            return between(period.start(), period.end());
        }

        /** Those whose instant is in [start, end). */
        List<T> between(Instant start, Instant end) {
            int from = firstAtOrAfter(start);
            int to = Math.max(from, firstAtOrAfter(end));
            return items.subList(from, to);
        }

        List<T> all() {
            return items;
        }

        private int firstAtOrAfter(Instant instant) {
            int low = 0;
            int high = times.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (times[middle].isBefore(instant)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    private final IndicatorFacts facts;

    /** Each referral's T1 figures (by referral id), worked out the first time a report needs them. */
    final Map<String, Timeliness.DecisionTiming> decisionTimings = new java.util.concurrent.ConcurrentHashMap<>();

    // referrals
    final InTimeOrder<Referral> referralsByReceipt;
    final InTimeOrder<Referral> referralsByFirstDecision;
    final Map<String, Referral> referralsById = new HashMap<>();
    /** Each child's SOCIAL_CARE referrals, in the order received. */
    final Map<String, List<Referral>> socialCareByChild = new HashMap<>();
    /** Each family's SOCIAL_CARE referrals (by the family id the referral carries). */
    final Map<String, List<Referral>> socialCareByFamily = new HashMap<>();

    // cases
    final Map<String, EarlyHelpCase> casesById = new HashMap<>();
    final InTimeOrder<EarlyHelpCase> casesByFirstAllocation;
    /** Every case's memberships by child (a child in two families' cases has both). */
    final Map<String, List<CaseMembership>> casesByChild;
    private final Map<CaseMembership, List<CaseMembership.OpenSpell>> openSpells = new IdentityHashMap<>();
    final Map<String, List<PlanReview>> reviewsByCase = new HashMap<>();
    final InTimeOrder<CaseClosure> closures;

    // consultations
    final InTimeOrder<Consultation> consultationsByRequest;
    final InTimeOrder<Consultation> camhsReferralsByHeld;
    /** Each child's earliest consultation held with a primary mental health worker. */
    final Map<String, Instant> firstPmhwConsultation = new HashMap<>();

    // social care feed
    final Map<String, List<LocalDate>> stepDownDatesByChild = new HashMap<>();

    // Webstars: (tool code, role) → person → their stars in the order assessed; and the closure stars by time
    private final Map<String, Map<String, List<WebstarAssessment>>> webstarHistories = new HashMap<>();
    private final Map<String, InTimeOrder<WebstarAssessment>> closureStars = new HashMap<>();

    // family programme
    final InTimeOrder<ThemesIdentified> themesByIdentified;
    final Map<String, List<ThemesIdentified>> themesByFamily = new HashMap<>();
    final Map<String, List<Evidence>> evidenceByFamily = new HashMap<>();

    IndexedFacts(IndicatorFacts facts) {
        this.facts = facts;
        List<Referral> referrals = facts.referrals();
        referralsByReceipt = new InTimeOrder<>(referrals, Referral::receivedAt, Referral.IN_ORDER_RECEIVED);
        referralsByFirstDecision = new InTimeOrder<>(referrals,
                referral -> referral.decisions().isEmpty() ? null : referral.decisions().get(0).decidedAt(),
                Comparator.comparing((Referral referral) -> referral.decisions().get(0).decidedAt())
                        .thenComparing(Referral.IN_ORDER_RECEIVED));
        referrals.forEach(referral -> referralsById.putIfAbsent(referral.referralId(), referral));
        for (Referral referral : referralsByReceipt.all()) {
            if (!referral.isSocialCare()) {
                continue;
            }
            referral.childIds().forEach(childId ->
                    socialCareByChild.computeIfAbsent(childId, id -> new ArrayList<>()).add(referral));
        }
        for (Referral referral : referrals) {
            if (referral.isSocialCare() && referral.familyId() != null) {
                socialCareByFamily.computeIfAbsent(referral.familyId(), id -> new ArrayList<>()).add(referral);
            }
        }

        CaseFacts cases = facts.cases();
        cases.cases().forEach(earlyHelpCase -> casesById.putIfAbsent(earlyHelpCase.caseId(), earlyHelpCase));
        casesByFirstAllocation = new InTimeOrder<>(cases.cases(), EarlyHelpCase::firstAllocatedAt,
                Comparator.comparing(EarlyHelpCase::firstAllocatedAt));
        casesByChild = CaseMembership.byChild(cases.memberships());
        cases.memberships().forEach(membership -> openSpells.put(membership, membership.openSpells()));
        cases.reviews().forEach(review ->
                reviewsByCase.computeIfAbsent(review.caseId(), id -> new ArrayList<>()).add(review));
        closures = new InTimeOrder<>(cases.closures(), CaseClosure::closedAt, Comparator.comparing(CaseClosure::closedAt));

        consultationsByRequest = new InTimeOrder<>(facts.consultations(), Consultation::requestedAt,
                Comparator.comparing(Consultation::requestedAt));
        camhsReferralsByHeld = new InTimeOrder<>(
                facts.consultations().stream().filter(Consultation::referredToCamhs).toList(), Consultation::heldAt,
                Comparator.comparing(Consultation::heldAt));
        for (Consultation consultation : facts.consultations()) {
            if (consultation.isHeld() && consultation.isWithPrimaryMentalHealthWorker()
                    && consultation.childId() != null) {
                firstPmhwConsultation.merge(consultation.childId(), consultation.heldAt(),
                        (earlier, later) -> later.isBefore(earlier) ? later : earlier);
            }
        }

        for (SocialCareFeed.StepDown stepDown : facts.socialCare().stepDowns()) {
            stepDownDatesByChild.computeIfAbsent(stepDown.childId(), id -> new ArrayList<>())
                    .add(LondonDates.londonDate(stepDown.receivedAt()));
        }

        for (WebstarAssessment star : facts.webstars()) {
            webstarHistories.computeIfAbsent(star.toolCode() + '|' + star.personRole(), key -> new HashMap<>())
                    .computeIfAbsent(star.personId(), id -> new ArrayList<>()).add(star);
        }
        webstarHistories.values().forEach(byPerson ->
                byPerson.values().forEach(history -> history.sort(WebstarAssessment.IN_ORDER_ASSESSED)));
        webstarHistories.forEach((key, byPerson) -> closureStars.put(key, new InTimeOrder<>(
                byPerson.values().stream().flatMap(List::stream).filter(WebstarAssessment::isClosure).toList(),
                WebstarAssessment::assessedAt, WebstarAssessment.IN_ORDER_ASSESSED)));

        FamilyProgrammeFacts programme = facts.familyProgramme();
        themesByIdentified = new InTimeOrder<>(programme.themes(), ThemesIdentified::identifiedAt,
                Comparator.comparing(ThemesIdentified::identifiedAt));
        programme.themes().forEach(record ->
                themesByFamily.computeIfAbsent(record.familyId(), id -> new ArrayList<>()).add(record));
        programme.evidence().forEach(evidence ->
                evidenceByFamily.computeIfAbsent(evidence.familyId(), id -> new ArrayList<>()).add(evidence));
    }

    IndicatorFacts facts() {
        return facts;
    }

    /** The case's open spells, worked out once ({@link CaseMembership#openSpells}). */
    List<CaseMembership.OpenSpell> openSpells(CaseMembership membership) {
        List<CaseMembership.OpenSpell> spells = openSpells.get(membership);
        return spells != null ? spells : membership.openSpells();
    }

    /** Open at some instant of [start, end), as {@link CaseMembership#isOpenDuring}. */
    boolean isOpenDuring(CaseMembership membership, Instant start, Instant end) {
        for (CaseMembership.OpenSpell spell : openSpells(membership)) {
            if (spell.from().isBefore(end) && (spell.until() == null || spell.until().isAfter(start))) {
                return true;
            }
        }
        return false;
    }

    /** Open at the instant itself, as {@link CaseMembership#isOpenAt}. */
    boolean isOpenAt(CaseMembership membership, Instant instant) {
        return isOpenDuring(membership, instant, instant.plusNanos(1));
    }

    /** Each person's stars of the tool and role, in the order assessed (persons in no particular order). */
    Map<String, List<WebstarAssessment>> webstarHistories(String toolCode, String role) {
        return webstarHistories.getOrDefault(toolCode + '|' + role, Map.of());
    }

    /** The CLOSURE stars of the tool and role, in the order assessed. */
    InTimeOrder<WebstarAssessment> closureStars(String toolCode, String role) {
        InTimeOrder<WebstarAssessment> stars = closureStars.get(toolCode + '|' + role);
        return stars != null ? stars : new InTimeOrder<>(List.of(), WebstarAssessment::assessedAt,
                WebstarAssessment.IN_ORDER_ASSESSED);
    }
}
