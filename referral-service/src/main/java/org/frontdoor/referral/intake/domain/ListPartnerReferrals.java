package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.NotPermitted;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.frontdoor.referral.audit.domain.AuditAction;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.audit.domain.AuditTrail;

/**
 * A partner agency's system lists the referrals it posted (only those: its {@code partner_id}), newest first, with
 * their status and outcome. Written to the audit trail.
 */
public final class ListPartnerReferrals {

    private final Referrals referrals;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ListPartnerReferrals(Referrals referrals, AuditTrail auditTrail, Clock clock) {
        this.referrals = Objects.requireNonNull(referrals);
        this.auditTrail = Objects.requireNonNull(auditTrail);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @throws NotPermitted when the caller is not a partner system with a {@code partner_id}
     * @throws InvalidSearch      when the page or size is out of range
     */
    public SearchResults list(int page, int size, Actor caller) {
        if (!caller.isPartnerSystem() || caller.partnerId() == null || caller.partnerId().isBlank()) {
            throw new NotPermitted("Only a partner system with a partner_id lists its own referrals");
        }
        List<RuleViolation> violations = new ArrayList<>();
        SearchReferrals.pageAndSize(page, size, violations);
        if (!violations.isEmpty()) {
            throw new InvalidSearch(violations);
        }
        SearchResults results = referrals.postedBy(caller.partnerId(), page, size);
        auditTrail.append(new AuditEntry(caller.subject(), caller.roleNames(), AuditAction.LIST_PARTNER_REFERRALS, null,
                clock.instant(), List.of("partnerId"), results.referrals().size(), results.recordIds(), null));
        return results;
    }
}
