package org.frontdoor.contracts.cases;

import java.time.Instant;
import java.util.List;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * An early help case was opened: from a triage decision routed to targeted early help, from a
 * step-down, or directly by a practitioner.
 *
 * @param sourceReferralId the referral whose decision opened it, or {@code null}
 */
public record EarlyHelpCaseOpened(
        String caseId,
        Instant openedAt,
        String familyId,
        List<CaseMember> members,
        String sourceReferralId,
        String locality) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.earlyhelp.case-opened.v1";

    public EarlyHelpCaseOpened {
        Require.text(caseId, "caseId");
        Require.present(openedAt, "openedAt");
        Require.text(familyId, "familyId");
        members = Require.nonEmpty(members, "members");
    }

    @Override
    public String subject() {
        return caseId;
    }

    @Override
    public Instant occurredAt() {
        return openedAt;
    }
}
