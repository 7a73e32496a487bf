package org.frontdoor.outcomes.indicators.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.frontdoor.workingdays.LondonDates;

/**
 * A versioned family programme framework (S1): its theme codes, how many make a family eligible, and how long an
 * outcome must be sustained. Configuration; the default is the seeds' (Shropshire Strengthening Families, Devon's
 * 6 key themes: eligible with 2), the other the Supporting Families 2022 framework (10 headlines: eligible with 3).
 *
 * @param themeWindowWeeks     themes with their own sustain window in weeks (WORK_FINANCES: 26, continuous employment)
 * @param defaultWindowMonths  every other theme: calendar months
 */
public record FamilyProgrammeFramework(String code, List<String> themes, int minThemes, int defaultWindowMonths,
                                       Map<String, Integer> themeWindowWeeks) {

    public static final FamilyProgrammeFramework STRENGTHENING_FAMILIES = new FamilyProgrammeFramework(
            "STRENGTHENING_FAMILIES",
            List.of("CRIME_ASB", "EDUCATION", "CHILDREN_NEED_HELP", "WORK_FINANCES", "DOMESTIC_ABUSE_SAFETY", "HEALTH"),
            2, 6, Map.of("WORK_FINANCES", 26));

    public static final FamilyProgrammeFramework SUPPORTING_FAMILIES_2022 = new FamilyProgrammeFramework(
            "SUPPORTING_FAMILIES_2022",
            List.of("GETTING_A_GOOD_EDUCATION", "GOOD_EARLY_YEARS_DEVELOPMENT", "IMPROVED_MENTAL_AND_PHYSICAL_HEALTH",
                    "SUBSTANCE_USE", "IMPROVED_FAMILY_RELATIONSHIPS", "SAFE_FROM_ABUSE_AND_EXPLOITATION",
                    "DIVERTED_FROM_CRIME", "SAFE_FROM_DOMESTIC_ABUSE", "SECURE_HOUSING", "FINANCIAL_STABILITY"),
            3, 6, Map.of("FINANCIAL_STABILITY", 26));

    public FamilyProgrammeFramework {
        Objects.requireNonNull(code, "code");
        themes = List.copyOf(themes);
        themeWindowWeeks = Map.copyOf(new LinkedHashMap<>(themeWindowWeeks));
        if (minThemes < 1) {
            throw new IllegalArgumentException("minThemes must be at least 1");
        }
        if (defaultWindowMonths < 1) {
            throw new IllegalArgumentException("defaultWindowMonths must be at least 1");
        }
    }

    public static FamilyProgrammeFramework byCode(String code) {
        return switch (code) {
            case "STRENGTHENING_FAMILIES" -> STRENGTHENING_FAMILIES;
            case "SUPPORTING_FAMILIES_2022" -> SUPPORTING_FAMILIES_2022;
            default -> throw new IllegalArgumentException("Unknown family programme framework " + code
                    + " (define its themes, minThemes and windows in configuration)");
        };
    }

    /**
     * The last day of the sustain window: {@code windowWeeks} if the evidence sets it, else the theme's own weeks,
     * else the framework's calendar months.
     */
    public LocalDate sustainedUntil(String theme, LocalDate sustainedFrom, Integer windowWeeks) {
        if (windowWeeks != null) {
            return sustainedFrom.plusWeeks(windowWeeks);
        }
        Integer themeWeeks = themeWindowWeeks.get(theme);
        if (themeWeeks != null) {
            return sustainedFrom.plusWeeks(themeWeeks);
        }
        return LondonDates.addMonths(sustainedFrom, defaultWindowMonths);
    }
}
