package org.frontdoor.outcomes.indicators.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * W1–W5, F1 and F2: progress on the Webstar between a person's first and final star.
 * <ul>
 *   <li>The cohort is the persons (CHILD / PARENT for the Individual Webstar, FAMILY with personId = familyId for the
 *       Family Webstar) with a CLOSURE star of the tool in the period. The <em>final</em> is the latest such star.</li>
 *   <li>The <em>first</em> is the person's earliest star of the same tool, of any type and from any case, dated
 *       before the final: a child in two families is one person.</li>
 *   <li>Improved: the sum of the final's scores exceeds the sum of the first's over the areas scored in both. A
 *       person with no first, or no area in common, is excluded. Per area (W1.area.X) and per group of family areas
 *       (F2.&lt;group&gt;) the same rule runs over those areas only.</li>
 *   <li>W3 / W4 / W5: the final scores happy / healthy / safe at or above the positive score; a final without
 *       that area leaves the denominator. {@code .parent} the same for parents.</li>
 * </ul>
 * A filter applies through the case of the final star ({@code caseInScope}); the first may come from any case.
 */
public final class WebstarProgress {

    private final WebstarTools tools;

    public WebstarProgress(WebstarTools tools) {
        this.tools = Objects.requireNonNull(tools, "tools");
    }

    /** A person's first and final star (the first empty when there is none before the final). */
    record Journey(String personId, Optional<WebstarAssessment> first, WebstarAssessment finalStar) {
    }

    public List<IndicatorResult> indicators(Collection<WebstarAssessment> stars, ReportPeriod period,
                                            Predicate<String> caseInScope) {
        return indicators(journeys(stars, tools.individual(), WebstarAssessment.CHILD, period, caseInScope),
                journeys(stars, tools.individual(), WebstarAssessment.PARENT, period, caseInScope),
                journeys(stars, tools.family(), WebstarAssessment.FAMILY, period, caseInScope));
    }

    /**
     * The same rule over indexed facts: the closure stars of the period found by binary search, each person's final
     * the last of theirs, the first looked up in the person's stars (sorted once), and each final star's outcome on
     * every measure worked out once (it depends on the star and the person's history only, not on the period).
     */
    List<IndicatorResult> indicators(IndexedFacts facts, ReportPeriod period, Predicate<String> caseInScope) {
        List<Journey> children = journeys(facts, tools.individual(), WebstarAssessment.CHILD, period, caseInScope);
        List<Journey> parents = journeys(facts, tools.individual(), WebstarAssessment.PARENT, period, caseInScope);
        List<Journey> families = journeys(facts, tools.family(), WebstarAssessment.FAMILY, period, caseInScope);
        List<IndicatorResult> results = new ArrayList<>();
        results.add(improved("W1", children, facts, 0));
        results.add(improved("W2", parents, facts, 0));
        int measure = 1;
        for (String area : tools.individual().areas()) {
            results.add(improved("W1.area." + area, children, facts, measure++));
        }
        measure = 1;
        for (String area : tools.individual().areas()) {
            results.add(improved("W2.area." + area, parents, facts, measure++));
        }
        results.add(feeling(Indicator.W3, children, WebstarTools.HAPPY));
        results.add(feeling(Indicator.W4, children, WebstarTools.HEALTHY));
        results.add(feeling(Indicator.W5, children, WebstarTools.SAFE));
        results.add(feeling(Indicator.W3_PARENT, parents, WebstarTools.HAPPY));
        results.add(feeling(Indicator.W4_PARENT, parents, WebstarTools.HEALTHY));
        results.add(feeling(Indicator.W5_PARENT, parents, WebstarTools.SAFE));
        results.add(improved("F1", families, facts, 0));
        measure = 1;
        for (String group : tools.familyGroups().keySet()) {
            results.add(improved("F2." + group, families, facts, measure++));
        }
        return results;
    }

    /** A journey's outcome on one measure (a set of areas), as {@link #improved(String, List, List)} counts it. */
    private static final byte NO_FIRST = 0;
    private static final byte NO_AREA_IN_COMMON = 1;
    private static final byte NOT_IMPROVED = 2;
    private static final byte IMPROVED = 3;

    /** The measures of a journey of the tool's role: the whole tool first, then each area (or each family group). */
    private List<List<String>> measures(Journey journey) {
        List<List<String>> measures = new ArrayList<>();
        if (WebstarAssessment.FAMILY.equals(journey.finalStar().personRole())
                && tools.family().code().equals(journey.finalStar().toolCode())) {
            measures.add(tools.family().areas());
            measures.addAll(tools.familyGroups().values());
        } else {
            measures.add(tools.individual().areas());
            tools.individual().areas().forEach(area -> measures.add(List.of(area)));
        }
        return measures;
    }

    private byte[] outcomes(Journey journey, IndexedFacts facts) {
        byte[] outcomes = facts.webstarOutcomes.get(journey.finalStar());
        if (outcomes == null) {
            List<List<String>> measures = measures(journey);
            outcomes = new byte[measures.size()];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = outcome(journey, measures.get(i));
            }
            facts.webstarOutcomes.put(journey.finalStar(), outcomes);
        }
        return outcomes;
    }

    private static byte outcome(Journey journey, List<String> areas) {
        if (journey.first().isEmpty()) {
            return NO_FIRST;
        }
        Map<String, Integer> firstScores = journey.first().get().scores();
        Map<String, Integer> finalScores = journey.finalStar().scores();
        long firstSum = 0;
        long finalSum = 0;
        boolean anyInBoth = false;
        for (String area : areas) {
            Integer before = firstScores.get(area);
            Integer after = before == null ? null : finalScores.get(area);
            if (after != null) {
                anyInBoth = true;
                firstSum += before;
                finalSum += after;
            }
        }
        if (!anyInBoth) {
            return NO_AREA_IN_COMMON;
        }
        return finalSum > firstSum ? IMPROVED : NOT_IMPROVED;
    }

    private IndicatorResult improved(String id, List<Journey> journeys, IndexedFacts facts, int measure) {
        long[] counts = new long[4];
        for (Journey journey : journeys) {
            counts[outcomes(journey, facts)[measure]]++;
        }
        long improved = counts[IMPROVED];
        long compared = counts[IMPROVED] + counts[NOT_IMPROVED];
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("cohort", (long) journeys.size());
        extra.put("excluded_no_first", counts[NO_FIRST]);
        extra.put("excluded_no_area_in_common", counts[NO_AREA_IN_COMMON]);
        return new IndicatorResult(id, improved, compared, Percentage.of(improved, compared), extra);
    }

    private List<IndicatorResult> indicators(List<Journey> children, List<Journey> parents, List<Journey> families) {
        List<IndicatorResult> results = new ArrayList<>();
        results.add(improved("W1", children, tools.individual().areas()));
        results.add(improved("W2", parents, tools.individual().areas()));
        for (String area : tools.individual().areas()) {
            results.add(improved("W1.area." + area, children, List.of(area)));
        }
        for (String area : tools.individual().areas()) {
            results.add(improved("W2.area." + area, parents, List.of(area)));
        }
        results.add(feeling(Indicator.W3, children, WebstarTools.HAPPY));
        results.add(feeling(Indicator.W4, children, WebstarTools.HEALTHY));
        results.add(feeling(Indicator.W5, children, WebstarTools.SAFE));
        results.add(feeling(Indicator.W3_PARENT, parents, WebstarTools.HAPPY));
        results.add(feeling(Indicator.W4_PARENT, parents, WebstarTools.HEALTHY));
        results.add(feeling(Indicator.W5_PARENT, parents, WebstarTools.SAFE));
        results.add(improved("F1", families, tools.family().areas()));
        tools.familyGroups().forEach((group, areas) ->
                results.add(improved("F2." + group, families, areas)));
        return results;
    }

    static List<Journey> journeys(Collection<WebstarAssessment> stars, AssessmentTool tool, String role,
                                  ReportPeriod period, Predicate<String> caseInScope) {
        Map<String, List<WebstarAssessment>> byPerson = new HashMap<>();
        for (WebstarAssessment star : stars) {
            if (tool.code().equals(star.toolCode()) && role.equals(star.personRole())) {
                byPerson.computeIfAbsent(star.personId(), id -> new ArrayList<>()).add(star);
            }
        }
        List<Journey> journeys = new ArrayList<>();
        byPerson.keySet().stream().sorted().forEach(personId -> {
            List<WebstarAssessment> history = byPerson.get(personId);
            history.sort(WebstarAssessment.IN_ORDER_ASSESSED);
            Optional<WebstarAssessment> finalStar = history.stream()
                    .filter(WebstarAssessment::isClosure)
                    .filter(star -> period.contains(star.assessedAt()))
                    .max(WebstarAssessment.IN_ORDER_ASSESSED);
            if (finalStar.isEmpty() || !caseInScope.test(finalStar.get().caseId())) {
                return;
            }
            Optional<WebstarAssessment> first = history.stream()
                    .filter(star -> star.assessedAt().isBefore(finalStar.get().assessedAt()))
                    .findFirst();
            journeys.add(new Journey(personId, first, finalStar.get()));
        });
        return journeys;
    }

    /**
     * The persons with a closure star in the period (from the indexed closure stars), each journey worked out from the
     * person's history exactly as {@link #journeys(Collection, AssessmentTool, String, ReportPeriod, Predicate)} does.
     */
    static List<Journey> journeys(IndexedFacts facts, AssessmentTool tool, String role, ReportPeriod period,
                                  Predicate<String> caseInScope) {
        Map<String, List<WebstarAssessment>> byPerson = facts.webstarHistories(tool.code(), role);
        // the closure stars of the period in the order assessed: each person's last one is their final
        Map<String, WebstarAssessment> finals = new HashMap<>();
        facts.closureStars(tool.code(), role).in(period).forEach(star -> finals.put(star.personId(), star));
        List<Journey> journeys = new ArrayList<>(finals.size());
        for (WebstarAssessment finalStar : finals.values()) {
            if (!caseInScope.test(finalStar.caseId())) {
                continue;
            }
            // the person's earliest star, if it is before the final (their stars are in the order assessed)
            WebstarAssessment earliest = byPerson.get(finalStar.personId()).get(0);
            Optional<WebstarAssessment> first = earliest.assessedAt().isBefore(finalStar.assessedAt())
                    ? Optional.of(earliest) : Optional.empty();
            journeys.add(new Journey(finalStar.personId(), first, finalStar));
        }
        return journeys;
    }

    private static IndicatorResult improved(String id, List<Journey> journeys, List<String> areas) {
        long improved = 0;
        long compared = 0;
        long noFirst = 0;
        long noAreaInCommon = 0;
        for (Journey journey : journeys) {
            if (journey.first().isEmpty()) {
                noFirst++;
                continue;
            }
            // over the areas scored in both: one look-up per area and star
            Map<String, Integer> firstScores = journey.first().get().scores();
            Map<String, Integer> finalScores = journey.finalStar().scores();
            long firstSum = 0;
            long finalSum = 0;
            boolean anyInBoth = false;
            for (String area : areas) {
                Integer before = firstScores.get(area);
                Integer after = before == null ? null : finalScores.get(area);
                if (after != null) {
                    anyInBoth = true;
                    firstSum += before;
                    finalSum += after;
                }
            }
            if (!anyInBoth) {
                noAreaInCommon++;
                continue;
            }
            compared++;
            if (finalSum > firstSum) {
                improved++;
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("cohort", (long) journeys.size());
        extra.put("excluded_no_first", noFirst);
        extra.put("excluded_no_area_in_common", noAreaInCommon);
        return new IndicatorResult(id, improved, compared, Percentage.of(improved, compared), extra);
    }

    private IndicatorResult feeling(Indicator indicator, List<Journey> journeys, String area) {
        long scored = 0;
        long positive = 0;
        for (Journey journey : journeys) {
            Integer score = journey.finalStar().scores().get(area);
            if (score == null) {
                continue;
            }
            scored++;
            if (score >= tools.positiveScore()) {
                positive++;
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("cohort", (long) journeys.size());
        extra.put("final_without_area", journeys.size() - scored);
        return IndicatorResult.share(indicator, positive, scored, extra);
    }
}
