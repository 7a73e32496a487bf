package org.frontdoor.triage.decision.domain;

import java.util.Arrays;
import java.util.Optional;

/** The family's consent as the contact officer recorded it (docs/domain.md, "Consent"). */
public enum Consent {
    GIVEN,
    REFUSED,
    /** Consent was not sought because seeking it would place a child at risk; the reason is on the referral. */
    NOT_SOUGHT_RISK_OF_HARM;

    public static Optional<Consent> of(String code) {
        return Arrays.stream(values()).filter(consent -> consent.name().equals(code)).findFirst();
    }
}
