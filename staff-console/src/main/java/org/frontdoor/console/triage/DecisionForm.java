package org.frontdoor.console.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision form as typed (a first decision, or a manager's revision): kept as strings so that whatever was
 * typed comes back on the page after an error. The {@code idempotencyKey} is made when the form is first shown
 * and kept across every round trip (choosing the level, an error from the API), so the API never decides twice.
 */
public class DecisionForm {

    private String idempotencyKey;
    private String revisesDecisionId;
    private String level;
    private String route;
    private String team;
    private String primaryNeed;
    private List<String> assessmentFactors = new ArrayList<>();
    private String rationale;
    private String earlyHelpOffered;

    /** The level as a number, or null when none (or nonsense) was chosen. */
    Integer levelNumber() {
        if (level == null || !level.matches("[1-4]")) {
            return null;
        }
        return Integer.valueOf(level);
    }

    /**
     * The body of {@code POST /api/triage/{id}/decision} (or {@code .../decision/revisions} with
     * {@code revisesDecisionId}). Blank answers are sent as missing, so the API names them.
     */
    Map<String, Object> payload(boolean revision) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (revision) {
            body.put("revisesDecisionId", revisesDecisionId);
        }
        body.put("level", levelNumber());
        body.put("route", blankToNull(route));
        body.put("team", "NO_FURTHER_ACTION".equals(route) ? null : blankToNull(team));
        body.put("earlyHelpOffered", earlyHelpOffered == null ? null : Boolean.valueOf("true".equals(earlyHelpOffered)));
        body.put("primaryNeed", "NO_FURTHER_ACTION".equals(route) ? null : blankToNull(primaryNeed));
        body.put("assessmentFactors", assessmentFactors == null ? List.of()
                : assessmentFactors.stream().filter(code -> code != null && !code.isBlank()).toList());
        body.put("rationale", blankToNull(rationale));
        return body;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getRevisesDecisionId() {
        return revisesDecisionId;
    }

    public void setRevisesDecisionId(String revisesDecisionId) {
        this.revisesDecisionId = revisesDecisionId;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getRoute() {
        return route;
    }

    public void setRoute(String route) {
        this.route = route;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getPrimaryNeed() {
        return primaryNeed;
    }

    public void setPrimaryNeed(String primaryNeed) {
        this.primaryNeed = primaryNeed;
    }

    public List<String> getAssessmentFactors() {
        return assessmentFactors;
    }

    public void setAssessmentFactors(List<String> assessmentFactors) {
        this.assessmentFactors = assessmentFactors == null ? new ArrayList<>() : new ArrayList<>(assessmentFactors);
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getEarlyHelpOffered() {
        return earlyHelpOffered;
    }

    public void setEarlyHelpOffered(String earlyHelpOffered) {
        this.earlyHelpOffered = earlyHelpOffered;
    }
}
