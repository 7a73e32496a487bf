package org.frontdoor.console.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The family programme frameworks whose themes the themes form offers (docs/codes.md, "Family themes").
 *
 * <p>case-service configures its framework ({@code frontdoor.case-work.framework}) but no endpoint serves it. The
 * form offers the framework the case's themes were identified in when the console knows it, else the default
 * (Strengthening Families); the API refuses a theme that is not its framework's, and the refusal is shown on the
 * form.
 */
final class FamilyThemes {

    record Framework(String code, int eligibleWith, Map<String, String> themes) {

        public List<CaseWords.Choice> choices() {
            return themes.entrySet().stream().map(e -> new CaseWords.Choice(e.getKey(), e.getValue())).toList();
        }
    }

    static final Framework STRENGTHENING_FAMILIES = new Framework("STRENGTHENING_FAMILIES", 2, ordered(
            "CRIME_ASB", "Crime or anti-social behaviour",
            "EDUCATION", "Children not attending school regularly",
            "CHILDREN_NEED_HELP", "Children in need or on a protection plan",
            "WORK_FINANCES", "Worklessness or financial exclusion",
            "DOMESTIC_ABUSE_SAFETY", "Domestic violence and abuse",
            "HEALTH", "Physical and mental health"));

    static final Framework SUPPORTING_FAMILIES_2022 = new Framework("SUPPORTING_FAMILIES_2022", 3, ordered(
            "GETTING_A_GOOD_EDUCATION", "Getting a good education",
            "GOOD_EARLY_YEARS_DEVELOPMENT", "Good early years development",
            "IMPROVED_MENTAL_AND_PHYSICAL_HEALTH", "Improved mental and physical health",
            "SUBSTANCE_USE", "Promoting recovery and reducing harm from substance use",
            "IMPROVED_FAMILY_RELATIONSHIPS", "Improved family relationships",
            "SAFE_FROM_ABUSE_AND_EXPLOITATION", "Children safe from abuse and exploitation",
            "DIVERTED_FROM_CRIME", "Crime prevention and tackling crime",
            "SAFE_FROM_DOMESTIC_ABUSE", "Safe from domestic abuse",
            "SECURE_HOUSING", "Secure housing",
            "FINANCIAL_STABILITY", "Financial stability"));

    private FamilyThemes() {
    }

    /** The framework of the case's themes when known, else the default. */
    static Framework of(CaseRecord.Themes identified) {
        if (identified != null && SUPPORTING_FAMILIES_2022.code().equals(identified.framework())) {
            return SUPPORTING_FAMILIES_2022;
        }
        return STRENGTHENING_FAMILIES;
    }

    /** A theme in words, in whichever framework has it; else the code. */
    static String words(String theme) {
        String words = STRENGTHENING_FAMILIES.themes().get(theme);
        if (words == null) {
            words = SUPPORTING_FAMILIES_2022.themes().get(theme);
        }
        return words == null ? theme : words;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
