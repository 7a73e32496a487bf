package org.frontdoor.console.cases;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Webstar tools the entry forms offer: the Family Webstar (the whole family, 10 areas) and the Individual
 * Webstar (a child or a parent, 7 areas), each scored 1 to 10.
 *
 * <p>case-service configures its tools ({@code frontdoor.case-work.family-tool} / {@code individual-tool}) but no
 * endpoint serves them, so the console holds the defaults of docs/codes.md ("Assessment tools: the Webstar"). An
 * authority that configures its own Outcomes Star in case-service must set the same areas here; the API checks every
 * score against its own configuration anyway, and its refusal is shown on the form. The charts draw whatever areas
 * the readings hold.
 */
record WebstarTools(Tool family, Tool individual) {

    /** A tool: its code, its area codes in the tool's order, its scale. */
    record Tool(String code, List<String> areas, int scaleMin, int scaleMax) {

        public String hint() {
            return "Whole numbers from " + scaleMin + " to " + scaleMax + ". Leave an area blank if it was not scored";
        }
    }

    static final WebstarTools DEFAULTS = new WebstarTools(
            new Tool("FAMILY_WEBSTAR", List.of("offending_behaviour", "community", "school_attendance",
                    "family_and_friendships", "parenting_and_childrens_behaviour", "housing", "money_and_employment",
                    "healthy_relationships", "emotional_and_mental_wellbeing", "physical_health"), 1, 10),
            new Tool("INDIVIDUAL_WEBSTAR", List.of("happy", "healthy", "safe", "valued_and_accepted",
                    "responsible_for_actions", "engaged_in_community", "achieving_goals"), 1, 10));

    private static final Map<String, String> AREA_NAMES = Map.ofEntries(
            Map.entry("community", "The community where you live"),
            Map.entry("parenting_and_childrens_behaviour", "Parenting and children's behaviour"));

    /** The tool for a Webstar role: {@code FAMILY} the family's, else the individual one. */
    Tool forRole(String role) {
        return "FAMILY".equals(role) ? family : individual;
    }

    /** The tool a reading was taken with, when the console knows it. */
    Tool byCode(String code) {
        if (family.code().equals(code)) {
            return family;
        }
        return individual.code().equals(code) ? individual : null;
    }

    /** "Emotional and mental wellbeing" for {@code emotional_and_mental_wellbeing}. */
    static String areaName(String area) {
        if (area == null || area.isBlank()) {
            return "";
        }
        String named = AREA_NAMES.get(area);
        if (named != null) {
            return named;
        }
        String words = area.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
