package org.frontdoor.outcomes.indicators.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Webstar tools the W and F indicators read, and the grouping of the family star's areas into the
 * framework's "positive family life" indicators (F2). Configuration; the defaults are in docs/codes.md,
 * "Assessment tools".
 *
 * @param individual    the tool of W1–W5 (children and parents)
 * @param family        the tool of F1–F2 (the whole family)
 * @param familyGroups  F2 group name → the family areas it sums
 * @param positiveScore W3–W5: a final score at or above it counts as feeling happy / healthy / safe
 */
public record WebstarTools(AssessmentTool individual, AssessmentTool family, Map<String, List<String>> familyGroups,
                           int positiveScore) {

    public static final String HAPPY = "happy";
    public static final String HEALTHY = "healthy";
    public static final String SAFE = "safe";

    /** The default grouping of the Family Webstar's areas (docs/codes.md, "Family Webstar groups"). */
    public static final Map<String, List<String>> DEFAULT_FAMILY_GROUPS = defaultGroups();

    public WebstarTools {
        Objects.requireNonNull(individual, "individual");
        Objects.requireNonNull(family, "family");
        Map<String, List<String>> groups = new LinkedHashMap<>();
        familyGroups.forEach((group, areas) -> {
            for (String area : areas) {
                if (!family.scores(area)) {
                    throw new IllegalArgumentException("group " + group + " names " + area + ", which the "
                            + family.code() + " does not score");
                }
            }
            groups.put(group, List.copyOf(areas));
        });
        familyGroups = java.util.Collections.unmodifiableMap(groups);
    }

    public static WebstarTools defaults() {
        return new WebstarTools(AssessmentTool.INDIVIDUAL_WEBSTAR, AssessmentTool.FAMILY_WEBSTAR, DEFAULT_FAMILY_GROUPS, 5);
    }

    private static Map<String, List<String>> defaultGroups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put("healthy_lifestyles", List.of("physical_health", "emotional_and_mental_wellbeing"));
        groups.put("relationships", List.of("family_and_friendships", "healthy_relationships",
                "parenting_and_childrens_behaviour"));
        groups.put("learning_and_development", List.of("school_attendance", "money_and_employment"));
        groups.put("community_engagement", List.of("community", "offending_behaviour"));
        groups.put("safeguarding", List.of("healthy_relationships", "parenting_and_childrens_behaviour", "housing"));
        return java.util.Collections.unmodifiableMap(groups);
    }
}
