package org.frontdoor.contracts.referrals;

import java.time.Instant;
import java.util.List;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/** The coded facts of a referral after an amendment (the whole new state of each, not a diff). */
public record ReferralAmended(
        String referralId,
        Instant amendedAt,
        String sourceCode,
        String pathway,
        String urgency,
        String locality,
        String familyId,
        List<ChildOnReferral> children) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.referral.amended.v1";

    public ReferralAmended {
        Require.text(referralId, "referralId");
        Require.present(amendedAt, "amendedAt");
        Require.text(sourceCode, "sourceCode");
        Require.text(pathway, "pathway");
        Require.text(urgency, "urgency");
        children = Require.nonEmpty(children, "children");
    }

    @Override
    public String subject() {
        return referralId;
    }

    @Override
    public Instant occurredAt() {
        return amendedAt;
    }
}
