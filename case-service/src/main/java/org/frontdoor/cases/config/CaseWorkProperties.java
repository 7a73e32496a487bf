package org.frontdoor.cases.config;

import java.util.List;

import org.frontdoor.cases.earlyhelp.domain.AssessmentTool;
import org.frontdoor.cases.earlyhelp.domain.AssessmentTools;
import org.frontdoor.cases.earlyhelp.domain.DriftRule;
import org.frontdoor.cases.earlyhelp.domain.ReviewInterval;
import org.frontdoor.cases.earlyhelp.domain.ThemeFramework;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The authority's reference data for case work ({@code frontdoor.case-work.*}): the assessment tools for the
 * family's star and for individual (child or parent) stars, the family programme framework, the review interval
 * and the drift thresholds. Anything left out falls back to the seeds' defaults (Family Webstar 10 areas, Individual
 * Webstar 7 areas, Strengthening Families 6 themes, reviews every 6 to 12 weeks, drifting after 12 months open or at
 * 3 reviews); a bad setting stops the service at start-up rather than letting bad codes through.
 */
@ConfigurationProperties("frontdoor.case-work")
record CaseWorkProperties(Tool familyTool, Tool individualTool, Framework framework, Reviews reviews, Drift drift) {

    /** How many whole weeks after a review the next one is due: from {@code minWeeks} to {@code maxWeeks}. */
    record Reviews(Integer minWeeks, Integer maxWeeks) {
    }

    /** An open case is drifting after {@code openMonths} months open, or at {@code reviews} reviews. */
    record Drift(Integer openMonths, Integer reviews) {
    }

    record Tool(String code, String version, List<String> areas, Integer scaleMin, Integer scaleMax) {
        AssessmentTool orDefault(AssessmentTool fallback) {
            return new AssessmentTool(code == null ? fallback.code() : code,
                    version == null ? fallback.version() : version,
                    areas == null || areas.isEmpty() ? fallback.areas() : areas,
                    scaleMin == null ? fallback.scaleMin() : scaleMin,
                    scaleMax == null ? fallback.scaleMax() : scaleMax);
        }
    }

    /** @param employmentThemes the themes whose evidence may name 13 or 26 weeks of continuous employment */
    record Framework(String code, String version, Integer minThemes, List<String> themes,
                     List<String> employmentThemes) {
        ThemeFramework orDefault() {
            if (code == null || code.equals(ThemeFramework.STRENGTHENING_FAMILIES.code()) && themes == null) {
                return ThemeFramework.STRENGTHENING_FAMILIES;
            }
            if (code.equals(ThemeFramework.SUPPORTING_FAMILIES_2022.code()) && themes == null) {
                return ThemeFramework.SUPPORTING_FAMILIES_2022;
            }
            return new ThemeFramework(code, version, minThemes == null ? 1 : minThemes,
                    themes == null ? List.of() : themes, employmentThemes == null ? List.of() : employmentThemes);
        }
    }

    AssessmentTools tools() {
        return new AssessmentTools(
                familyTool == null ? AssessmentTool.FAMILY_WEBSTAR : familyTool.orDefault(AssessmentTool.FAMILY_WEBSTAR),
                individualTool == null ? AssessmentTool.INDIVIDUAL_WEBSTAR
                        : individualTool.orDefault(AssessmentTool.INDIVIDUAL_WEBSTAR));
    }

    ReviewInterval reviewInterval() {
        ReviewInterval fallback = ReviewInterval.SHROPSHIRE;
        return reviews == null ? fallback : new ReviewInterval(
                reviews.minWeeks() == null ? fallback.minWeeks() : reviews.minWeeks(),
                reviews.maxWeeks() == null ? fallback.maxWeeks() : reviews.maxWeeks());
    }

    DriftRule driftRule() {
        DriftRule fallback = DriftRule.SHROPSHIRE;
        return drift == null ? fallback : new DriftRule(
                drift.openMonths() == null ? fallback.openMonths() : drift.openMonths(),
                drift.reviews() == null ? fallback.reviews() : drift.reviews());
    }

    ThemeFramework themeFramework() {
        return framework == null ? ThemeFramework.STRENGTHENING_FAMILIES : framework.orDefault();
    }
}
