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
            record Timed<T>(Instant time, T item) {
            }
            List<Timed<T>> timed = new ArrayList<>(all.size());
            for (T item : all) {
                Instant at = time.apply(item);
                if (at != null) {
                    timed.add(new Timed<>(at, item));
                }
            }
            // by the instant worked out once; the order's own comparison only between items of the same instant
            timed.sort((one, other) -> {
                int byTime = one.time().compareTo(other.time());
                return byTime != 0 ? byTime : order.compare(one.item(), other.item());
            });
            List<T> sorted = new ArrayList<>(timed.size());
            this.times = new Instant[timed.size()];
            for (int i = 0; i < times.length; i++) {
                sorted.add(timed.get(i).item());
                times[i] = timed.get(i).time();
            }
            this.items = java.util.Collections.unmodifiableList(sorted);
        }

        /** Those of {@code sorted} (in time order already: a part of another's) the filter keeps, in the same order. */
        InTimeOrder(InTimeOrder<T> sorted, java.util.function.Predicate<T> keep) {
            List<T> kept = new ArrayList<>();
            List<Instant> keptTimes = new ArrayList<>();
            for (int i = 0; i < sorted.items.size(); i++) {
                if (keep.test(sorted.items.get(i))) {
                    kept.add(sorted.items.get(i));
                    keptTimes.add(sorted.times[i]);
                }
            }
            this.items = java.util.Collections.unmodifiableList(kept);
            this.times = keptTimes.toArray(new Instant[0]);
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
     * Counts over items in time order, kept as running totals every {@value #BLOCK} items: each item has one value (or
     * none) in each of a few breakdowns, and the counts of a stretch of the order are the difference of two running
     * totals, corrected by walking fewer than {@value #BLOCK} items at each end. A rule that only counts (V1, A1) reads
     * a period's counts this way instead of walking the period's items.
     */
    static final class RunningCounts<T> {

        static final int BLOCK = 64;

        private final InTimeOrder<T> order;
        private final int breakdowns;
        /** Per breakdown, each value's column. */
        private final List<Map<String, Integer>> columns = new ArrayList<>();
        private final List<String> valueOfColumn = new ArrayList<>();
        private final List<Integer> breakdownOfColumn = new ArrayList<>();
        private final int[][] itemColumns;
        private final long[][] before;

        /** {@code values} gives an item's value in each of the {@code breakdowns} (null: not counted in that one). */
        RunningCounts(InTimeOrder<T> order, int breakdowns, Function<T, String[]> values) {
            this.order = order;
            this.breakdowns = breakdowns;
            for (int i = 0; i < breakdowns; i++) {
                columns.add(new HashMap<>());
            }
            List<T> items = order.all();
            itemColumns = new int[items.size()][];
            for (int i = 0; i < itemColumns.length; i++) {
                String[] itemValues = values.apply(items.get(i));
                int[] itemsColumns = new int[breakdowns];
                for (int breakdown = 0; breakdown < breakdowns; breakdown++) {
                    String value = itemValues[breakdown];
                    if (value == null) {
                        itemsColumns[breakdown] = -1;
                        continue;
                    }
                    final int ofBreakdown = breakdown;
                    itemsColumns[breakdown] = columns.get(breakdown).computeIfAbsent(value, key -> {
                        valueOfColumn.add(key);
                        breakdownOfColumn.add(ofBreakdown);
                        return valueOfColumn.size() - 1;
                    });
                }
                itemColumns[i] = itemsColumns;
            }
            before = new long[items.size() / BLOCK + 1][];
            long[] running = new long[valueOfColumn.size()];
            for (int i = 0; i <= items.size(); i++) {
                if (i % BLOCK == 0) {
                    before[i / BLOCK] = running.clone();
                }
                if (i < items.size()) {
                    for (int column : itemColumns[i]) {
                        if (column >= 0) {
                            running[column]++;
                        }
                    }
                }
            }
        }

        /**
         * For each breakdown, how many items of the period (by the order's instant) have each value, in the order of
         * the values; values counted 0 left out.
         */
        List<java.util.SortedMap<String, Long>> in(ReportPeriod period) {
            int from = order.firstAtOrAfter(period.start());
            int to = Math.max(from, order.firstAtOrAfter(period.end()));
            long[] counts = new long[valueOfColumn.size()];
            add(counts, to, 1);
            add(counts, from, -1);
            List<java.util.SortedMap<String, Long>> byBreakdown = new ArrayList<>(breakdowns);
            for (int breakdown = 0; breakdown < breakdowns; breakdown++) {
                byBreakdown.add(new java.util.TreeMap<>());
            }
            for (int column = 0; column < counts.length; column++) {
                if (counts[column] != 0) {
                    byBreakdown.get(breakdownOfColumn.get(column)).put(valueOfColumn.get(column), counts[column]);
                }
            }
            return byBreakdown;
        }

        /** Adds {@code sign} × the counts of the items before {@code index}. */
        private void add(long[] counts, int index, int sign) {
            long[] block = before[index / BLOCK];
            for (int column = 0; column < counts.length; column++) {
                counts[column] += sign * block[column];
            }
            for (int i = (index / BLOCK) * BLOCK; i < index; i++) {
                for (int column : itemColumns[i]) {
                    if (column >= 0) {
                        counts[column] += sign;
                    }
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
    /** The SOCIAL_CARE referrals alone, by receipt (E2, E5, E6 read them). */
    final InTimeOrder<Referral> socialCareByReceipt;
    /** The referrals whose latest route is SOCIAL_WORK_ASSESSMENT, by first decision (E3's cohort). */
    final InTimeOrder<Referral> toAssessmentByFirstDecision;
    /** V1.contacts' breakdown keys of the referrals, by receipt ({@link Volumes#contactValues}). */
    final RunningCounts<Referral> contactCounts;
    /** V1.decisions' and A1's keys of the referrals, by first decision ({@link Volumes#decisionValues}). */
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
    /** The social care episodes' closures in order of their closure date. */
    private final List<SocialCareFeed.EpisodeClosure> episodeClosures;

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
        socialCareByReceipt = new InTimeOrder<>(referralsByReceipt, Referral::isSocialCare);
        toAssessmentByFirstDecision = new InTimeOrder<>(referralsByFirstDecision,
                referral -> SocialWorkAssessments.SOCIAL_WORK_ASSESSMENT.equals(referral.latestRoute()));
        contactCounts = new RunningCounts<>(referralsByReceipt, Volumes.CONTACT_BREAKDOWNS.size(),
                Volumes::contactValues);
        decisionCounts = new RunningCounts<>(referralsByFirstDecision,
                Volumes.DECISION_BREAKDOWNS.size() + NoFurtherAction.FLAGS,
                Volumes::decisionValues);
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

        List<SocialCareFeed.EpisodeClosure> byDate = new ArrayList<>(facts.socialCare().closures());
        byDate.sort(Comparator.comparing(SocialCareFeed.EpisodeClosure::closedOn));
        episodeClosures = List.copyOf(byDate);
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

    /** The social care episodes closed on a date of the period (by binary search on the closure date). */
    List<SocialCareFeed.EpisodeClosure> episodeClosuresIn(ReportPeriod period) {
        int from = firstClosedOnOrAfter(period.from());
        int to = Math.max(from, firstClosedOnOrAfter(period.to()));
        return episodeClosures.subList(from, to);
    }

    private int firstClosedOnOrAfter(LocalDate date) {
        int low = 0;
        int high = episodeClosures.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (episodeClosures.get(middle).closedOn().isBefore(date)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
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
