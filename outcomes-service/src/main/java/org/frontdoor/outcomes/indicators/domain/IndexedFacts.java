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

        int firstAtOrAfter(Instant instant) {
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

    /**
     * Counts of keys over items in time order, kept as running totals every {@value #BLOCK} items: the counts of a
     * stretch of the order are the difference of two running totals, corrected by walking fewer than {@value #BLOCK}
     * items at each end. A rule that only counts (V1, A1) reads a period's counts this way instead of walking the
     * period's items.
     */
    static final class RunningCounts<T> {

        static final int BLOCK = 64;

        private final InTimeOrder<T> order;
        private final Function<T, List<String>> keys;
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private final int[][] itemKeys;
        private final long[][] before;

        RunningCounts(InTimeOrder<T> order, Function<T, List<String>> keys) {
            this.order = order;
            this.keys = keys;
            List<T> items = order.all();
            itemKeys = new int[items.size()][];
            for (int i = 0; i < itemKeys.length; i++) {
                List<String> itemsKeys = keys.apply(items.get(i));
                int[] idsOfItem = new int[itemsKeys.size()];
                for (int k = 0; k < idsOfItem.length; k++) {
                    idsOfItem[k] = ids.computeIfAbsent(itemsKeys.get(k), key -> {
                        names.add(key);
                        return names.size() - 1;
                    });
                }
                itemKeys[i] = idsOfItem;
            }
            int blocks = items.size() / BLOCK + 1;
            before = new long[blocks][];
            long[] running = new long[names.size()];
            for (int i = 0; i <= items.size(); i++) {
                if (i % BLOCK == 0) {
                    before[i / BLOCK] = running.clone();
                }
                if (i < items.size()) {
                    for (int id : itemKeys[i]) {
                        running[id]++;
                    }
                }
            }
        }

        /** How many items of the period (by the order's instant) have each key; keys counted 0 left out. */
        Map<String, Long> in(ReportPeriod period) {
            int from = order.firstAtOrAfter(period.start());
            int to = Math.max(from, order.firstAtOrAfter(period.end()));
            long[] counts = new long[names.size()];
            add(counts, to, 1);
            add(counts, from, -1);
            Map<String, Long> byKey = new HashMap<>();
            for (int id = 0; id < counts.length; id++) {
                if (counts[id] != 0) {
                    byKey.put(names.get(id), counts[id]);
                }
            }
            return byKey;
        }

        /** Adds {@code sign} × the counts of the items before {@code index}. */
        private void add(long[] counts, int index, int sign) {
            long[] block = before[index / BLOCK];
            for (int id = 0; id < counts.length; id++) {
                counts[id] += sign * block[id];
            }
            for (int i = (index / BLOCK) * BLOCK; i < index; i++) {
                for (int id : itemKeys[i]) {
                    counts[id] += sign;
                }
            }
        }
    }

    /** A closure of a case (its memberships' closures, each at its instant). */
    record MembershipClosure(CaseMembership membership, Instant closedAt) {
    }

    /**
     * Every case's open spells, filed under each 28-day stretch of time they overlap (those still open kept apart), so
     * that the cases open during a period are found from the period's stretches instead of from every case.
     */
    static final class SpellsByTime {

        private static final long STRETCH_SECONDS = java.time.Duration.ofDays(28).toSeconds();

        private record Filed(CaseMembership membership, CaseMembership.OpenSpell spell, long firstStretch) {
        }

        private final Map<Long, List<Filed>> byStretch = new HashMap<>();
        private final List<Filed> stillOpen = new ArrayList<>();

        void add(CaseMembership membership, CaseMembership.OpenSpell spell) {
            long first = stretchOf(spell.from());
            Filed filed = new Filed(membership, spell, first);
            if (spell.until() == null) {
                stillOpen.add(filed);
                return;
            }
            // an empty spell [t, t) still "overlaps" a period with t strictly inside it: filed under t's stretch
            Instant lastInstant = spell.until().isAfter(spell.from()) ? spell.until().minusNanos(1) : spell.from();
            for (long stretch = first; stretch <= stretchOf(lastInstant); stretch++) {
                byStretch.computeIfAbsent(stretch, key -> new ArrayList<>()).add(filed);
            }
        }

        /**
         * Each case with a spell overlapping [start, end), as {@link CaseMembership#isOpenDuring}: once per
         * overlapping spell (a case reopened within the period comes more than once; at one instant, once).
         */
        void forEachOpenDuring(Instant start, Instant end, java.util.function.Consumer<CaseMembership> action) {
            long firstStretch = stretchOf(start);
            long lastStretch = Math.max(firstStretch, stretchOf(end.minusNanos(1)));
            for (long stretch = firstStretch; stretch <= lastStretch; stretch++) {
                for (Filed filed : byStretch.getOrDefault(stretch, List.of())) {
                    // each spell once: at the first of the period's stretches it is filed under
                    if (stretch == Math.max(firstStretch, filed.firstStretch()) && filed.spell().overlaps(start, end)) {
                        action.accept(filed.membership());
                    }
                }
            }
            for (Filed filed : stillOpen) {
                if (filed.spell().overlaps(start, end)) {
                    action.accept(filed.membership());
                }
            }
        }

        private static long stretchOf(Instant instant) {
            return Math.floorDiv(instant.getEpochSecond(), STRETCH_SECONDS);
        }
    }

    private final IndicatorFacts facts;

    /** Each referral's T1 figures (by referral id), worked out the first time a report needs them. */
    final Map<String, Timeliness.DecisionTiming> decisionTimings = new java.util.concurrent.ConcurrentHashMap<>();
    /** Each case's T2 / T3 figures (by the case), worked out the first time a report needs them. */
    final Map<EarlyHelpCase, Timeliness.AllocationTiming> allocationTimings =
            java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    /** Each final (closure) Webstar's outcome on every W / F measure, worked out the first time a report needs it. */
    final Map<WebstarAssessment, byte[]> webstarOutcomes =
            java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    /** How many themes-identified records are of a framework other than the one asked (by framework code). */
    final Map<String, Long> themesOfOtherFrameworks = new java.util.concurrent.ConcurrentHashMap<>();

    // referrals
    final InTimeOrder<Referral> referralsByReceipt;
    final InTimeOrder<Referral> referralsByFirstDecision;
    /** V1.contacts' breakdown keys of the referrals, by receipt ({@link Volumes#contactKeys}). */
    final RunningCounts<Referral> contactCounts;
    /** V1.decisions' and A1's keys of the referrals, by first decision ({@link Volumes#decisionKeys}). */
    final RunningCounts<Referral> decisionCounts;
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
    /** Every closure of every case's membership, by the instant of the closure. */
    final InTimeOrder<MembershipClosure> membershipClosures;
    /** Every case's open spells by the stretches of time they overlap. */
    final SpellsByTime spells = new SpellsByTime();

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
        contactCounts = new RunningCounts<>(referralsByReceipt, Volumes::contactKeys);
        decisionCounts = new RunningCounts<>(referralsByFirstDecision, Volumes::decisionKeys);
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
        List<MembershipClosure> membershipClosureList = new ArrayList<>();
        for (CaseMembership membership : cases.memberships()) {
            List<CaseMembership.OpenSpell> spellsOfCase = membership.openSpells();
            openSpells.put(membership, spellsOfCase);
            spellsOfCase.forEach(spell -> spells.add(membership, spell));
            membership.closures().forEach(closedAt -> membershipClosureList.add(new MembershipClosure(membership,
                    closedAt)));
        }
        membershipClosures = new InTimeOrder<>(membershipClosureList, MembershipClosure::closedAt,
                Comparator.comparing(MembershipClosure::closedAt));
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
