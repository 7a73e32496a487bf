package org.frontdoor.contracts.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * Evidence that a family theme's outcome has been achieved and sustained (S1).
 *
 * @param sustainedFrom the date from which the outcome has been sustained
 * @param windowWeeks   the sustain window in weeks if not the framework default, else {@code null}
 */
public record OutcomeEvidenced(
        String caseId,
        String familyId,
        Instant evidencedAt,
        String theme,
        LocalDate sustainedFrom,
        Integer windowWeeks) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.earlyhelp.outcome-evidenced.v1";

    public OutcomeEvidenced {
        Require.text(caseId, "caseId");
        Require.text(familyId, "familyId");
        Require.present(evidencedAt, "evidencedAt");
        Require.text(theme, "theme");
        Require.present(sustainedFrom, "sustainedFrom");
    }

    @Override
    public String subject() {
        return caseId;
    }

    @Override
    public Instant occurredAt() {
        return evidencedAt;
    }
}
