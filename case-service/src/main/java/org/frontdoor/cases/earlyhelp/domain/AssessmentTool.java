package org.frontdoor.cases.earlyhelp.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An assessment tool (Family Webstar, Individual Webstar, or an authority's own Outcomes Star) as reference data: its
 * code and version, the areas it scores, and its scale. Only scores are kept, never the tool's scale descriptors
 * (the tools are licensed).
 *
 * @param areas the area codes ({@code [a-z_]+}), in the tool's order
 */
public record AssessmentTool(String code, String version, List<String> areas, int scaleMin, int scaleMax) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final Pattern AREA = Pattern.compile("[a-z_]{1,64}");

    /** The Family Webstar: the whole family, 10 areas, each 1 to 10 (docs/codes.md, "Assessment tools"). */
    public static final AssessmentTool FAMILY_WEBSTAR = new AssessmentTool("FAMILY_WEBSTAR", "1", List.of(
            "offending_behaviour", "community", "school_attendance", "family_and_friendships",
            "parenting_and_childrens_behaviour", "housing", "money_and_employment", "healthy_relationships",
            "emotional_and_mental_wellbeing", "physical_health"), 1, 10);

    /** The Individual Webstar: a child or a parent, 7 areas, each 1 to 10 (docs/codes.md, "Assessment tools"). */
    public static final AssessmentTool INDIVIDUAL_WEBSTAR = new AssessmentTool("INDIVIDUAL_WEBSTAR", "1", List.of(
            "happy", "healthy", "safe", "valued_and_accepted", "responsible_for_actions", "engaged_in_community",
            "achieving_goals"), 1, 10);

    public AssessmentTool {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a tool code is upper case letters, digits and '_': " + code);
        }
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("tool " + code + " needs a version of 1 to 32 letters, digits, '.', "
                    + "'_' or '-'");
        }
        areas = List.copyOf(areas);
        if (areas.isEmpty() || areas.stream().anyMatch(a -> !AREA.matcher(a).matches())
                || areas.stream().distinct().count() != areas.size()) {
            throw new IllegalArgumentException("tool " + code + " needs distinct area codes of lower case letters "
                    + "and '_'");
        }
        if (scaleMin < 1 || scaleMax > 10 || scaleMin >= scaleMax) {
            throw new IllegalArgumentException("tool " + code + " needs a scale within 1 to 10 (the events' range)");
        }
    }

    /**
     * Checks scores against the tool: every area must be one of the tool's and every score on its scale. An area
     * may be left out (not scored at this session), but at least one must be scored.
     *
     * @return the problems, each about {@code scores} or {@code scores.<area>}; empty when the scores fit the tool
     */
    public List<Problem> check(Map<String, Integer> scores) {
        List<Problem> problems = new ArrayList<>();
        if (scores == null || scores.isEmpty()) {
            problems.add(new Problem("scores", "score at least one of the " + code + " areas " + areas));
            return problems;
        }
        scores.forEach((area, score) -> {
            if (!areas.contains(area)) {
                problems.add(new Problem(scoreField(area), "is not an area of " + code + " version " + version
                        + "; expected one of " + areas));
            } else if (score == null || score < scaleMin || score > scaleMax) {
                problems.add(new Problem("scores." + area, "must be a whole number from " + scaleMin + " to "
                        + scaleMax));
            }
        });
        return problems;
    }

    /**
     * The field a problem with one area's score is about: {@code scores.<area>} when the key has the shape of an
     * area code, else {@code scores}. A key of any other shape (a name, control characters) is what the caller sent,
     * and answers never repeat what was sent.
     */
    public static String scoreField(String area) {
        return area != null && AREA.matcher(area).matches() ? "scores." + area : "scores";
    }

    /** The scores in the tool's area order (only those given). */
    public Map<String, Integer> inAreaOrder(Map<String, Integer> scores) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        areas.stream().filter(scores::containsKey).forEach(area -> ordered.put(area, scores.get(area)));
        return ordered;
    }
}
