package org.frontdoor.contracts.cases;

import java.time.Instant;
import java.util.Map;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * A Webstar (or other Outcomes Star) was completed: scores only, never the tool's descriptors.
 *
 * @param personId       the child's or parent's person id, or the family id for a family star
 * @param personRole     {@code CHILD}, {@code PARENT} or {@code FAMILY}
 * @param assessmentType {@code BASELINE}, {@code REVIEW} or {@code CLOSURE}
 * @param scores         area code → score on the tool's scale
 */
public record WebstarAssessed(
        String assessmentId,
        String caseId,
        Instant assessedAt,
        String toolCode,
        String toolVersion,
        String personId,
        String personRole,
        String assessmentType,
        Map<String, Integer> scores) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.earlyhelp.webstar-assessed.v1";

    public WebstarAssessed {
        Require.text(assessmentId, "assessmentId");
        Require.text(caseId, "caseId");
        Require.present(assessedAt, "assessedAt");
        Require.text(toolCode, "toolCode");
        Require.text(toolVersion, "toolVersion");
        Require.text(personId, "personId");
        Require.text(personRole, "personRole");
        Require.text(assessmentType, "assessmentType");
        scores = Require.map(scores, "scores");
    }

    @Override
    public String subject() {
        return caseId;
    }

    @Override
    public Instant occurredAt() {
        return assessedAt;
    }
}
