package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.frontdoor.referral.audit.domain.AuditAction;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.audit.domain.AuditTrail;

/**
 * Shows a referral to someone allowed to see it (an administrator only by break glass), and writes the read to the
 * audit trail with the ids of the referral and its children, and the break-glass reason if any.
 */
public final class ReadReferral {

    private final Referrals referrals;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ReadReferral(Referrals referrals, AuditTrail auditTrail, Clock clock) {
        this.referrals = Objects.requireNonNull(referrals);
        this.auditTrail = Objects.requireNonNull(auditTrail);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @throws BreakGlass.Required when an administrator gave no break-glass reason (before anything is looked up)
     * @throws ReferralNotFound when there is no such referral, or the caller (a partner system) did not post it:
     *                          the answer is the same, so a partner cannot learn another's referral exists
     */
    public Referral read(String referralId, Actor caller) {
        caller.requireBreakGlassIfAdministrator();
        Referral referral = referrals.find(referralId)
                .filter(found -> caller.maySee(found.partnerId()))
                .orElseThrow(() -> new ReferralNotFound(referralId));
        auditTrail.append(new AuditEntry(caller.subject(), caller.roleNames(), AuditAction.READ_REFERRAL, referralId,
                clock.instant(), List.of(), null, referral.recordIds(), caller.breakGlassUsed()));
        return referral;
    }
}
