package org.frontdoor.contracts.cases;

import java.time.Instant;
import java.util.List;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/** A closed case was reopened. */
public record EarlyHelpCaseReopened(
        String caseId,
        Instant reopenedAt,
        String familyId,
        List<String> childIds) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.earlyhelp.case-reopened.v1";

    public EarlyHelpCaseReopened {
        Require.text(caseId, "caseId");
        Require.present(reopenedAt, "reopenedAt");
        Require.text(familyId, "familyId");
        childIds = Require.nonEmpty(childIds, "childIds");
    }

    @Override
    public String subject() {
        return caseId;
    }

    @Override
    public Instant occurredAt() {
        return reopenedAt;
    }
}
