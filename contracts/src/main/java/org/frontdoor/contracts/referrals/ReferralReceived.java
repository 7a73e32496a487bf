package org.frontdoor.contracts.referrals;

import java.time.Instant;
import java.util.List;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Require;

/**
 * A contact was recorded at the front door (phone, email, web form or a partner agency's API).
 *
 * @param needIdentifiedAt when the referrer first identified the unassessed need (T1 starts here)
 * @param receivedAt       when the front door recorded the contact (the one-working-day clock starts here)
 * @param channel          {@code PHONE}, {@code EMAIL}, {@code WEB_FORM}, {@code PARTNER_API}
 * @param referrerType     {@code PROFESSIONAL}, {@code FAMILY_MEMBER}, {@code SELF}, {@code PUBLIC}, {@code ANONYMOUS}
 * @param sourceCode       CIN census referral source ({@code 1A} … {@code 10})
 * @param pathway          {@code EARLY_HELP}, {@code SOCIAL_CARE}, {@code CONSULTATION}
 * @param urgency          {@code IMMEDIATE_RISK}, {@code PRIORITY}, {@code ROUTINE}
 * @param consent          {@code GIVEN}, {@code REFUSED}, {@code NOT_SOUGHT_RISK_OF_HARM}
 * @param locality         the authority's locality code, or {@code null}
 * @param familyId         the person index family id, or {@code null} when none is known yet
 * @param partnerId        the partner agency's client id when posted by API, else {@code null}
 */
public record ReferralReceived(
        String referralId,
        Instant receivedAt,
        Instant needIdentifiedAt,
        String channel,
        String referrerType,
        String sourceCode,
        String pathway,
        String urgency,
        String consent,
        String locality,
        String familyId,
        String partnerId,
        List<ChildOnReferral> children) implements FrontDoorEvent {

    public static final String TYPE = "org.frontdoor.referral.received.v1";

    public ReferralReceived {
        Require.text(referralId, "referralId");
        Require.present(receivedAt, "receivedAt");
        Require.present(needIdentifiedAt, "needIdentifiedAt");
        Require.text(channel, "channel");
        Require.text(referrerType, "referrerType");
        Require.text(sourceCode, "sourceCode");
        Require.text(pathway, "pathway");
        Require.text(urgency, "urgency");
        Require.text(consent, "consent");
        children = Require.nonEmpty(children, "children");
    }

    @Override
    public String subject() {
        return referralId;
    }

    @Override
    public Instant occurredAt() {
        return receivedAt;
    }
}
