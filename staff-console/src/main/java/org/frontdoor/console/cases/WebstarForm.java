package org.frontdoor.console.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.frontdoor.console.forms.FormErrors;

/**
 * A Webstar as the practitioner enters it: whose star ({@code CHILD:<personId>}, {@code PARENT:<personId>}, or the
 * family's), when in the plan, the date, and a score for each area scored. Kept as typed; the
 * {@code idempotencyKey} is made when the form is shown, so a form sent twice records one Webstar.
 *
 * @see WebstarTools for the areas offered
 */
public class WebstarForm {

    static final String FAMILY = "family";
    static final String INDIVIDUAL = "individual";

    private String idempotencyKey;
    private String tool = INDIVIDUAL;
    private String whose;
    private String type;
    private TypedDate assessed = new TypedDate();
    private Map<String, String> scores = new LinkedHashMap<>();

    static WebstarForm fresh(String tool, String whose, String key) {
        WebstarForm form = new WebstarForm();
        form.tool = tool;
        form.whose = whose;
        form.idempotencyKey = key;
        return form;
    }

    boolean isFamily() {
        return FAMILY.equals(tool);
    }

    /** The form's HTML id prefix: {@code webstar-family} or {@code webstar-individual}. */
    String prefix() {
        return "webstar-" + (isFamily() ? FAMILY : INDIVIDUAL);
    }

    /**
     * Checks what the console must read before sending (a date it can turn into a time, scores that are whole
     * numbers); everything else (whose, the type, the scale, at least one score) is the API's to say.
     */
    FormErrors check(WebstarTools.Tool tool) {
        FormErrors errors = new FormErrors();
        if (assessed.isBlank()) {
            errors.add(prefix() + "-assessed-day", "Enter the date the Webstar was done");
        } else if (!assessed.isValid()) {
            errors.add(prefix() + "-assessed-day", "The date the Webstar was done must be a real date, like 27 3 2026");
        }
        for (String area : tool.areas()) {
            String score = scores.get(area);
            if (score != null && !score.isBlank() && !score.strip().matches("-?\\d{1,3}")) {
                errors.add(prefix() + "-scores-" + area, WebstarTools.areaName(area) + " must be a whole number");
            }
        }
        return errors;
    }

    /**
     * {@code POST /api/cases/{caseId}/webstars}: only the tool's areas that were scored (nothing else typed into the
     * request reaches the API); a missing choice is sent as missing, for the API to name.
     */
    Map<String, Object> payload(WebstarTools.Tool tool, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        String role = null;
        String personId = null;
        if (whose != null && whose.contains(":")) {
            role = whose.substring(0, whose.indexOf(':'));
            personId = whose.substring(whose.indexOf(':') + 1);
        }
        body.put("personId", personId);
        body.put("role", role);
        body.put("type", blankToNull(type));
        body.put("assessedAt", assessed.happenedOn(now).toString());
        Map<String, Integer> scored = new LinkedHashMap<>();
        for (String area : tool.areas()) {
            String score = scores.get(area);
            if (score != null && !score.isBlank()) {
                scored.put(area, Integer.valueOf(score.strip()));
            }
        }
        body.put("scores", scored);
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

    public String getTool() {
        return tool;
    }

    public void setTool(String tool) {
        this.tool = FAMILY.equals(tool) ? FAMILY : INDIVIDUAL;
    }

    public String getWhose() {
        return whose;
    }

    public void setWhose(String whose) {
        this.whose = whose;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public TypedDate getAssessed() {
        return assessed;
    }

    public void setAssessed(TypedDate assessed) {
        this.assessed = assessed;
    }

    public Map<String, String> getScores() {
        return scores;
    }

    public void setScores(Map<String, String> scores) {
        this.scores = scores;
    }
}
