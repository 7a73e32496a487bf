package org.frontdoor.console.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stepping a case up to children's social care as typed: which children (none ticked: all of them, as
 * case-service takes it), the social care referral's id if known, the lead professional's judgement of outcomes so
 * far, and an optional summary. The step-up closes the case.
 */
public class StepUpForm {

    private List<String> childIds = new ArrayList<>();
    private String referralId;
    private String judgement;
    private String summary;

    /** {@code POST /api/cases/{caseId}/step-up}. */
    Map<String, Object> payload() {
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> children = childIds == null ? List.of()
                : childIds.stream().filter(id -> id != null && !id.isBlank()).toList();
        body.put("childIds", children.isEmpty() ? null : children);
        body.put("referralId", ClosureForm.blankToNull(referralId));
        body.put("judgement", ClosureForm.blankToNull(judgement));
        body.put("summary", ClosureForm.blankToNull(summary));
        return body;
    }

    public List<String> getChildIds() {
        return childIds;
    }

    public void setChildIds(List<String> childIds) {
        this.childIds = childIds;
    }

    public String getReferralId() {
        return referralId;
    }

    public void setReferralId(String referralId) {
        this.referralId = referralId;
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
