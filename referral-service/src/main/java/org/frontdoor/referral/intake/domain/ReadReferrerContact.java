package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.Role;
import org.frontdoor.referral.access.domain.NotPermitted;

import java.time.Clock;
import java.util.Objects;

import org.frontdoor.referral.audit.domain.AuditAction;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.audit.domain.AuditTrail;

/**
 * Least privilege for letters: the service account that writes the decision letter reads who raised the concern and
 * how to reach them, and nothing else of the referral (not the child, not the concern). Audited like any read.
 */
public final class ReadReferrerContact {

    /** The referrer of one referral. */
    public record ReferrerContact(String referralId, Referrer referrer) {
    }

    private final Referrals referrals;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ReadReferrerContact(Referrals referrals, AuditTrail auditTrail, Clock clock) {
        this.referrals = Objects.requireNonNull(referrals);
        this.auditTrail = Objects.requireNonNull(auditTrail);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @throws NotPermitted unless the caller holds {@link Role#REFERRER_CONTACT_READER}
     * @throws ReferralNotFound   when there is no such referral
     */
    public ReferrerContact read(String referralId, Actor caller) {
        if (!caller.has(Role.REFERRER_CONTACT_READER)) {
            throw new NotPermitted("Only the letters' service account reads a referrer's contact details alone");
        }
        Referral referral = referrals.find(referralId).orElseThrow(() -> new ReferralNotFound(referralId));
        auditTrail.append(new AuditEntry(caller.subject(), caller.roleNames(), AuditAction.READ_REFERRER_CONTACT,
                referralId, clock.instant()));
        return new ReferrerContact(referral.referralId(), referral.referrer());
    }
}
