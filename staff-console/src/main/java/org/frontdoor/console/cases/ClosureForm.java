package org.frontdoor.console.cases;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Closing a case as typed: why, the lead professional's judgement of how far the plan's outcomes were achieved
 * (case-service requires it for outcomes achieved and a step-down to universal services, and refuses "not achieved"
 * with outcomes achieved), and an optional closing summary.
 */
public class ClosureForm {

    private String reason;
    private String judgement;
    private String summary;

    /** {@code POST /api/cases/{caseId}/closure}; a blank answer is sent as missing, for the API to name. */
    Map<String, Object> payload() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", blankToNull(reason));
        body.put("judgement", blankToNull(judgement));
        body.put("summary", blankToNull(summary));
        return body;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getJudgement() {
        return judgement;
    }

    public void setJudgement(String judgement) {
        this.judgement = judgement;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
