package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.NotPermitted;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.frontdoor.referral.audit.domain.AuditAction;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.audit.domain.AuditTrail;

/**
 * Withdraws a referral before a decision, with the reason: stored with its {@code ReferralWithdrawn} event in one
 * write that fails if anyone changed the referral meanwhile, and written to the audit trail.
 */
public final class WithdrawReferral {

    private final Referrals referrals;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public WithdrawReferral(Referrals referrals, AuditTrail auditTrail, Clock clock) {
        this.referrals = Objects.requireNonNull(referrals);
        this.auditTrail = Objects.requireNonNull(auditTrail);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @param note free text, or {@code null}: stays in this service
     * @throws ReferralNotFound   when there is no such referral the caller may see (a partner asking about another
     *                            partner's referral is told no more than that)
     * @throws NotPermitted when the caller sees the referral but may not withdraw it
     * @throws ReferralNotOpen    when it has been decided or already withdrawn
     * @throws ConcurrentChange   when the referral changed meanwhile (nothing stored)
     */
    public Referral withdraw(String referralId, WithdrawalReason reason, String note, Actor caller) {
        Referral referral = referrals.find(referralId)
                .filter(found -> caller.maySee(found.partnerId()))
                .orElseThrow(() -> new ReferralNotFound(referralId));
        if (!caller.mayWithdraw(referral.partnerId())) {
            throw new NotPermitted("Only contact officers, triage managers and the partner system that posted"
                    + " the referral withdraw it");
        }
        Instant withdrawnAt = clock.instant();
        Change withdrawn = referral.withdraw(new Withdrawal(reason, note, withdrawnAt, caller.subject()));
        referrals.update(withdrawn.referral(), withdrawn.events());
        auditTrail.append(new AuditEntry(caller.subject(), caller.roleNames(), AuditAction.WITHDRAW_REFERRAL, referralId,
                withdrawnAt));
        return withdrawn.referral();
    }
}
