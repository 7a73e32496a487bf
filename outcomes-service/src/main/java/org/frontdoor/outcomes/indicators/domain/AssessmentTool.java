package org.frontdoor.outcomes.indicators.domain;

import java.util.List;
import java.util.Objects;

/**
 * An assessment tool as reference data (docs/codes.md, "Assessment tools"): its code, the areas it scores and its
 * scale. Only scores are stored, never the tool's descriptors. Webstars of another tool code are not read by the
 * indicators.
 */
public record AssessmentTool(String code, List<String> areas, int scaleMin, int scaleMax) {

    /** The Individual Webstar: a child or a parent, 7 areas, 1–10. */
    public static final AssessmentTool INDIVIDUAL_WEBSTAR = new AssessmentTool("INDIVIDUAL_WEBSTAR",
            List.of("happy", "healthy", "safe", "valued_and_accepted", "responsible_for_actions",
                    "engaged_in_community", "achieving_goals"), 1, 10);

    /** The Family Webstar: the whole family, 10 areas, 1–10. */
    public static final AssessmentTool FAMILY_WEBSTAR = new AssessmentTool("FAMILY_WEBSTAR",
            List.of("offending_behaviour", "community", "school_attendance", "family_and_friendships",
                    "parenting_and_childrens_behaviour", "housing", "money_and_employment", "healthy_relationships",
                    "emotional_and_mental_wellbeing", "physical_health"), 1, 10);

    public AssessmentTool {
        Objects.requireNonNull(code, "code");
        areas = List.copyOf(areas);
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("an assessment tool needs at least one area");
        }
        if (scaleMin > scaleMax) {
            throw new IllegalArgumentException("scaleMin must not exceed scaleMax");
        }
    }

    public boolean scores(String area) {
        return areas.contains(area);
    }
}
