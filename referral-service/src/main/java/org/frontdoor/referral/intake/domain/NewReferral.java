package org.frontdoor.referral.intake.domain;

import java.time.Instant;
import java.util.List;

/**
 * A contact as the caller describes it, before the front door accepts it.
 *
 * @param channel    what the caller says; a partner system's referral is always {@link Channel#PARTNER_API}
 * @param sourceCode the CIN census referral source code as given (checked against {@link ReferralSource})
 * @param concerns   free text: stays in this service, never in events or logs
 * @param locality   the authority's locality code, or {@code null}
 */
public record NewReferral(
        Referrer referrer,
        Channel channel,
        String sourceCode,
        Pathway pathway,
        Urgency urgency,
        List<ChildDetails> children,
        String concerns,
        Consent consent,
        Instant needIdentifiedAt,
        String locality) {

    public NewReferral {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
