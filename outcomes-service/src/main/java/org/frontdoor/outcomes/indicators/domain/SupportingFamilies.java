package org.frontdoor.outcomes.indicators.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.frontdoor.outcomes.indicators.domain.FamilyProgrammeFacts.Evidence;
import org.frontdoor.outcomes.indicators.domain.FamilyProgrammeFacts.ThemesIdentified;
import org.frontdoor.workingdays.LondonDates;

/**
 * S1, the family programme (payment by results), in the configured framework only (records of another framework are
 * counted in {@code extra.other_framework_records} and otherwise left out; so are theme codes the framework does not
 * have).
 * <ul>
 *   <li><b>S1.eligible</b>: the families with themes identified in the period; the numerator is those with at least
 *       {@code minThemes} distinct themes identified before {@code to}.</li>
 *   <li><b>S1.claimable</b>: of the eligible families, those where every theme identified before {@code to} has
 *       evidence with {@code sustainedFrom + window <= london_date(evidencedAt)} (window: {@code windowWeeks}, else the
 *       theme's weeks, else the framework's months), taking the earliest such evidence per theme (by
 *       {@code evidencedAt}), and no SOCIAL_CARE referral carrying the family's id was received on or after the
 *       earliest {@code sustainedFrom} of that evidence.</li>
 * </ul>
 * A filter applies through the case of the family's themes identified in the period.
 */
public final class SupportingFamilies {

    private static final Comparator<Evidence> EARLIEST =
            Comparator.comparing(Evidence::evidencedAt).thenComparing(Evidence::sustainedFrom);

    private final FamilyProgrammeFramework framework;

    public SupportingFamilies(FamilyProgrammeFramework framework) {
        this.framework = Objects.requireNonNull(framework, "framework");
    }

    public List<IndicatorResult> indicators(FamilyProgrammeFacts facts, Collection<Referral> referrals,
                                            ReportPeriod period, Predicate<String> caseInScope) {
        long otherFramework = facts.themes().stream().filter(record -> !framework.code().equals(record.framework())).count();
        Set<String> cohort = new TreeSet<>();
        Map<String, Set<String>> themesBeforeTo = new HashMap<>();
        for (ThemesIdentified record : facts.themes()) {
            if (!framework.code().equals(record.framework())) {
                continue;
            }
            if (period.contains(record.identifiedAt()) && caseInScope.test(record.caseId())) {
                cohort.add(record.familyId());
            }
            if (record.identifiedAt().isBefore(period.end())) {
                record.themes().stream().filter(framework.themes()::contains).forEach(theme ->
                        themesBeforeTo.computeIfAbsent(record.familyId(), id -> new TreeSet<>()).add(theme));
            }
        }
        Map<String, List<Evidence>> evidenceByFamily = new HashMap<>();
        facts.evidence().forEach(evidence ->
                evidenceByFamily.computeIfAbsent(evidence.familyId(), id -> new ArrayList<>()).add(evidence));
        Map<String, List<Referral>> socialCareByFamily = new HashMap<>();
        referrals.stream().filter(Referral::isSocialCare).filter(referral -> referral.familyId() != null)
                .forEach(referral -> socialCareByFamily.computeIfAbsent(referral.familyId(), id -> new ArrayList<>())
                        .add(referral));

        List<String> eligible = cohort.stream()
                .filter(family -> themesBeforeTo.getOrDefault(family, Set.of()).size() >= framework.minThemes())
                .toList();
        long claimable = eligible.stream()
                .filter(family -> isClaimable(themesBeforeTo.get(family), evidenceByFamily.getOrDefault(family, List.of()),
                        socialCareByFamily.getOrDefault(family, List.of())))
                .count();

        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("framework", framework.code());
        extra.put("min_themes", framework.minThemes());
        extra.put("other_framework_records", otherFramework);
        Map<String, Object> claimableExtra = new LinkedHashMap<>(extra);
        claimableExtra.put("by_theme_count", byThemeCount(eligible, themesBeforeTo));
        return List.of(IndicatorResult.share(Indicator.S1_ELIGIBLE, eligible.size(), cohort.size(), extra),
                IndicatorResult.share(Indicator.S1_CLAIMABLE, claimable, eligible.size(), claimableExtra));
    }

    /**
     * The same rule over indexed facts: the cohort from the themes identified in the period (by binary search), the
     * themes before {@code to}, the evidence and the SOCIAL_CARE referrals looked up for the cohort's families only.
     */
    List<IndicatorResult> indicators(IndexedFacts facts, ReportPeriod period, Predicate<String> caseInScope) {
        FamilyProgrammeFacts programme = facts.facts().familyProgramme();
        long otherFramework = facts.themesOfOtherFrameworks.computeIfAbsent(framework.code(), code ->
                programme.themes().stream().filter(record -> !code.equals(record.framework())).count());
        Set<String> cohort = new TreeSet<>();
        for (ThemesIdentified record : facts.themesByIdentified.in(period)) {
            if (framework.code().equals(record.framework()) && caseInScope.test(record.caseId())) {
                cohort.add(record.familyId());
            }
        }
        java.time.Instant end = period.end();
        Map<String, Set<String>> themesBeforeTo = new HashMap<>();
        for (String family : cohort) {
            for (ThemesIdentified record : facts.themesByFamily.getOrDefault(family, List.of())) {
                if (framework.code().equals(record.framework()) && record.identifiedAt().isBefore(end)) {
                    record.themes().stream().filter(framework.themes()::contains).forEach(theme ->
                            themesBeforeTo.computeIfAbsent(record.familyId(), id -> new TreeSet<>()).add(theme));
                }
            }
        }
        List<String> eligible = cohort.stream()
                .filter(family -> themesBeforeTo.getOrDefault(family, Set.of()).size() >= framework.minThemes())
                .toList();
        long claimable = eligible.stream()
                .filter(family -> isClaimable(themesBeforeTo.get(family),
                        facts.evidenceByFamily.getOrDefault(family, List.of()),
                        facts.socialCareByFamily.getOrDefault(family, List.of())))
                .count();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("framework", framework.code());
        extra.put("min_themes", framework.minThemes());
        extra.put("other_framework_records", otherFramework);
        Map<String, Object> claimableExtra = new LinkedHashMap<>(extra);
        claimableExtra.put("by_theme_count", byThemeCount(eligible, themesBeforeTo));
        return List.of(IndicatorResult.share(Indicator.S1_ELIGIBLE, eligible.size(), cohort.size(), extra),
                IndicatorResult.share(Indicator.S1_CLAIMABLE, claimable, eligible.size(), claimableExtra));
    }

    private boolean isClaimable(Set<String> themes, List<Evidence> evidence, List<Referral> socialCareReferrals) {
        LocalDate earliestSustainedFrom = null;
        for (String theme : themes) {
            Optional<Evidence> qualifying = evidence.stream()
                    .filter(candidate -> theme.equals(candidate.theme()))
                    .filter(this::isSustained)
                    .min(EARLIEST);
            if (qualifying.isEmpty()) {
                return false;
            }
            LocalDate from = qualifying.get().sustainedFrom();
            earliestSustainedFrom = earliestSustainedFrom == null || from.isBefore(earliestSustainedFrom) ? from
                    : earliestSustainedFrom;
        }
        LocalDate since = earliestSustainedFrom;
        return socialCareReferrals.stream()
                .noneMatch(referral -> !LondonDates.londonDate(referral.receivedAt()).isBefore(since));
    }

    private boolean isSustained(Evidence evidence) {
        LocalDate until = framework.sustainedUntil(evidence.theme(), evidence.sustainedFrom(), evidence.windowWeeks());
        return !until.isAfter(LondonDates.londonDate(evidence.evidencedAt()));
    }

    private static Map<String, Long> byThemeCount(List<String> families, Map<String, Set<String>> themes) {
        Map<String, Long> counts = new TreeMap<>();
        families.forEach(family -> counts.merge(String.valueOf(themes.get(family).size()), 1L, Long::sum));
        return counts;
    }
}
