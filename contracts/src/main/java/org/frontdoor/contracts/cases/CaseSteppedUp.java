package org.frontdoor.contracts.cases;

import java.time.Instant;
import java.util.List;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/** Concerns escalated: the case was stepped up to children's social care. @param referralId the social care referral it made, if any */
public record CaseSteppedUp(
        String caseId,
        Instant steppedUpAt,
        List<String> childIds,
        String referralId) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.earlyhelp.case-stepped-up.v1";

    public CaseSteppedUp {
        Require.text(caseId, "caseId");
        Require.present(steppedUpAt, "steppedUpAt");
        childIds = Require.nonEmpty(childIds, "childIds");
    }

    @Override
    public String subject() {
        return caseId;
    }

    @Override
    public Instant occurredAt() {
        return steppedUpAt;
    }
}
