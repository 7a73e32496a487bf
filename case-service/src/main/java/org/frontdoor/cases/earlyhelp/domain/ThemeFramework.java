package org.frontdoor.cases.earlyhelp.domain;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A family programme framework (versioned, chosen per authority): its theme codes, how many make a family eligible,
 * and which themes are about employment (whose outcome may be evidenced over 13 or 26 weeks of work instead of the
 * framework's default sustain window).
 */
public record ThemeFramework(String code, String version, int minThemes, List<String> themes,
                             List<String> employmentThemes) {

    /** The sustain windows, in weeks, that employment evidence may name (continuous employment). */
    public static final Set<Integer> EMPLOYMENT_WINDOWS_WEEKS = Set.of(13, 26);

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    /** Shropshire's Strengthening Families / Devon's 6 key themes: eligible with at least 2. The default. */
    public static final ThemeFramework STRENGTHENING_FAMILIES = new ThemeFramework("STRENGTHENING_FAMILIES",
            "2021.1", 2, List.of("CRIME_ASB", "EDUCATION", "CHILDREN_NEED_HELP", "WORK_FINANCES",
            "DOMESTIC_ABUSE_SAFETY", "HEALTH"), List.of("WORK_FINANCES"));

    /** The Supporting Families 2022-25 framework: 10 headline needs, eligible with at least 3. */
    public static final ThemeFramework SUPPORTING_FAMILIES_2022 = new ThemeFramework("SUPPORTING_FAMILIES_2022",
            "2022", 3, List.of("GETTING_A_GOOD_EDUCATION", "GOOD_EARLY_YEARS_DEVELOPMENT", "IMPROVED_MENTAL_AND_PHYSICAL_HEALTH",
            "SUBSTANCE_USE", "IMPROVED_FAMILY_RELATIONSHIPS", "SAFE_FROM_ABUSE_AND_EXPLOITATION", "DIVERTED_FROM_CRIME",
            "SAFE_FROM_DOMESTIC_ABUSE", "SECURE_HOUSING", "FINANCIAL_STABILITY"), List.of("FINANCIAL_STABILITY"));

    public ThemeFramework {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a framework code is upper case letters, digits and '_': " + code);
        }
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("framework " + code + " needs a version of 1 to 32 letters, digits, "
                    + "'.', '_' or '-'");
        }
        themes = List.copyOf(themes);
        employmentThemes = List.copyOf(employmentThemes);
        if (themes.isEmpty() || themes.stream().anyMatch(t -> !CODE.matcher(t).matches())
                || themes.stream().distinct().count() != themes.size()) {
            throw new IllegalArgumentException("framework " + code + " needs distinct upper case theme codes");
        }
        if (!themes.containsAll(employmentThemes)) {
            throw new IllegalArgumentException("framework " + code + ": employment themes must be among its themes");
        }
        if (minThemes < 1 || minThemes > themes.size()) {
            throw new IllegalArgumentException("framework " + code + ": minThemes must be 1 to the number of themes");
        }
    }

    public boolean hasTheme(String theme) {
        return themes.contains(theme);
    }

    public boolean isEmploymentTheme(String theme) {
        return employmentThemes.contains(theme);
    }
}
