package org.frontdoor.outcomes.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.frontdoor.outcomes.indicators.domain.AssessmentTool;
import org.frontdoor.outcomes.indicators.domain.DriftRule;
import org.frontdoor.outcomes.indicators.domain.FamilyProgrammeFramework;
import org.frontdoor.outcomes.indicators.domain.WebstarTools;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code outcomes.*}: the family programme framework (S1), the Webstar tools and area groups (W, F) and when an early
 * help case is drifting (E8). Anything not set falls back to the seeds' versions (docs/codes.md, "Family themes" and
 * "Assessment tools") and the audit rule's 12 months and 3 reviews, so the defaults hold even without the yml.
 */
@ConfigurationProperties("outcomes")
record OutcomesProperties(Framework framework, Webstar webstar, Drift drift) {

    /**
     * @param code                 {@code STRENGTHENING_FAMILIES} (default) or {@code SUPPORTING_FAMILIES_2022}, or an
     *                             authority's own code with its themes
     * @param themes               the theme codes; empty: the known framework's
     * @param minThemes            themes that make a family eligible
     * @param defaultWindowMonths  sustain window of a theme without its own, in calendar months
     * @param themeWindowWeeks     theme → sustain window in weeks
     */
    record Framework(String code, List<String> themes, Integer minThemes, Integer defaultWindowMonths,
                     Map<String, Integer> themeWindowWeeks) {

        FamilyProgrammeFramework toFramework() {
            FamilyProgrammeFramework known = code == null || code.isBlank()
                    ? FamilyProgrammeFramework.STRENGTHENING_FAMILIES
                    : themes == null || themes.isEmpty() ? FamilyProgrammeFramework.byCode(code) : null;
            return new FamilyProgrammeFramework(
                    known != null ? known.code() : code,
                    themes == null || themes.isEmpty() ? known.themes() : themes,
                    minThemes != null ? minThemes : known != null ? known.minThemes() : 2,
                    defaultWindowMonths != null ? defaultWindowMonths : known != null ? known.defaultWindowMonths() : 6,
                    themeWindowWeeks != null ? themeWindowWeeks : known != null ? known.themeWindowWeeks() : Map.of());
        }
    }

    /** @param positiveScore W3–W5: a final score at or above it counts (default 5) */
    record Webstar(Tool individual, Tool family, Map<String, List<String>> familyGroups, Integer positiveScore) {

        WebstarTools toTools() {
            WebstarTools defaults = WebstarTools.defaults();
            return new WebstarTools(
                    individual == null ? defaults.individual() : individual.toTool(defaults.individual()),
                    family == null ? defaults.family() : family.toTool(defaults.family()),
                    familyGroups == null || familyGroups.isEmpty() ? defaults.familyGroups()
                            : new LinkedHashMap<>(familyGroups),
                    positiveScore == null ? defaults.positiveScore() : positiveScore);
        }
    }

    /** An assessment tool as reference data: code, areas, scale. */
    record Tool(String code, List<String> areas, Integer scaleMin, Integer scaleMax) {

        AssessmentTool toTool(AssessmentTool defaults) {
            return new AssessmentTool(code == null ? defaults.code() : code,
                    areas == null || areas.isEmpty() ? defaults.areas() : areas,
                    scaleMin == null ? defaults.scaleMin() : scaleMin,
                    scaleMax == null ? defaults.scaleMax() : scaleMax);
        }
    }

    /**
     * {@code outcomes.drift.*}, named and shaped as case-service's {@code frontdoor.case-work.drift.*} and meant to be
     * set the same.
     *
     * @param openMonths months; a case opened on D drifts on dates after D + this many months
     * @param reviews    reviews (since the case opened, across reopenings) that make a case drift
     */
    record Drift(Integer openMonths, Integer reviews) {

        DriftRule toRule() {
            return new DriftRule(openMonths == null ? DriftRule.DEFAULT.openMonths() : openMonths,
                    reviews == null ? DriftRule.DEFAULT.reviews() : reviews);
        }
    }

    FamilyProgrammeFramework programmeFramework() {
        return framework == null ? FamilyProgrammeFramework.STRENGTHENING_FAMILIES : framework.toFramework();
    }

    WebstarTools webstarTools() {
        return webstar == null ? WebstarTools.defaults() : webstar.toTools();
    }

    DriftRule driftRule() {
        return drift == null ? DriftRule.DEFAULT : drift.toRule();
    }
}
