package org.frontdoor.triage.decision.domain;

/**
 * The consent recorded on a referral rules out the route: a social-care route without consent needs the
 * risk-of-harm reason, and early help the family refused cannot be arranged.
 */
public class ConsentDoesNotAllowRoute extends RuntimeException {

    private final String referralId;
    private final Consent consent;
    private final Route route;

    private final String why;

    public ConsentDoesNotAllowRoute(String referralId, Consent consent, Route route, String why) {
        super("Referral " + referralId + " " + why);
        this.referralId = referralId;
        this.consent = consent;
        this.route = route;
        this.why = why;
    }

    /**
     * The consent rule: a social-care route (section 17 or 47) on a referral without consent only when consent
     * was not sought because of the risk of harm; an early-help route that needs the family's agreement never
     * when the family refused. An unknown consent (a referral recorded before consent reached triage) is not
     * checked here: referral-service required it at intake.
     *
     * @throws ConsentDoesNotAllowRoute when the consent rules the route out
     */
    public static void check(String referralId, Consent consent, Route route) {
        if (consent == null) {
            return;
        }
        if (route.isSocialCare() && consent == Consent.REFUSED) {
            throw new ConsentDoesNotAllowRoute(referralId, consent, route,
                    "has consent REFUSED: a " + route + " decision without consent needs consent recorded as"
                    + " NOT_SOUGHT_RISK_OF_HARM with the reason (amend the referral first)");
        }
        if (route.needsConsent() && consent == Consent.REFUSED) {
            throw new ConsentDoesNotAllowRoute(referralId, consent, route,
                    "has consent REFUSED: " + route + " is early help the family takes part in by agreement;"
                    + " choose another route (e.g. CONSULTATION or NO_FURTHER_ACTION with early help offered)");
        }
    }

    /** Why the consent rules the route out and what to do instead, without the referral's id. */
    public String why() {
        return why;
    }

    public String referralId() {
        return referralId;
    }

    public Consent consent() {
        return consent;
    }

    public Route route() {
        return route;
    }
}
