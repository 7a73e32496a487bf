package org.frontdoor.referral.intake.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.frontdoor.referral.personindex.domain.ChildIdentification;
import org.frontdoor.referral.personindex.domain.FamilyOnReferral;
import org.frontdoor.referral.personindex.domain.MatchKey;

/**
 * Records a contact at the front door: checks the rules, recognises the children, and stores the
 * referral with its {@code ReferralReceived} event in one write. A retry with the caller's
 * idempotency key answers with the referral first stored, even when two retries race.
 */
public final class ReceiveReferral {

    private final Referrals referrals;
    private final ChildIdentification childIdentification;
    private final Clock clock;
    private final Supplier<String> newIds;

    public ReceiveReferral(Referrals referrals, ChildIdentification childIdentification, Clock clock) {
        this(referrals, childIdentification, clock, () -> UUID.randomUUID().toString());
    }

    public ReceiveReferral(Referrals referrals, ChildIdentification childIdentification, Clock clock,
                           Supplier<String> newIds) {
        this.referrals = Objects.requireNonNull(referrals);
        this.childIdentification = Objects.requireNonNull(childIdentification);
        this.clock = Objects.requireNonNull(clock);
        this.newIds = Objects.requireNonNull(newIds);
    }

    /**
     * @param idempotencyKey the caller's key, or {@code null}
     * @throws CallerNotPermitted  when the caller may not record referrals
     * @throws ReferralRejected    when the referral breaks a rule (nothing stored)
     * @throws IdempotencyConflict when the key was used before with a different request (nothing stored)
     */
    public ReferralReceipt receive(NewReferral request, Caller caller, IdempotencyKey idempotencyKey) {
        if (!caller.mayRecordReferrals()) {
            throw new CallerNotPermitted("Only contact officers and partner systems record referrals");
        }
        if (caller.isPartnerSystem() && (caller.partnerId() == null || caller.partnerId().isBlank())) {
            throw new CallerNotPermitted("A partner system's token must carry its partner_id");
        }
        Instant receivedAt = clock.instant();
        List<RuleViolation> violations = ReferralRules.check(request, caller, receivedAt);
        if (!violations.isEmpty()) {
            throw new ReferralRejected(violations);
        }
        if (idempotencyKey != null) {
            Optional<Referral> earlier = referrals.findByIdempotencyKey(caller.subject(), idempotencyKey.key());
            if (earlier.isPresent()) {
                return replay(earlier.get(), idempotencyKey);
            }
        }
        FamilyOnReferral family = childIdentification.identify(request.children().stream()
                .map(child -> MatchKey.of(child.firstName(), child.lastName(), child.dateOfBirth()))
                .toList());
        Referral.Received received = Referral.receive(newIds.get(), request, caller, family, idempotencyKey, receivedAt);
        try {
            referrals.add(received.referral(), List.of(received.event()));
        } catch (Referrals.IdempotencyKeyTaken raced) {
            Referral first = referrals.findByIdempotencyKey(caller.subject(), idempotencyKey.key())
                    .orElseThrow(() -> raced);
            return replay(first, idempotencyKey);
        }
        return new ReferralReceipt(received.referral(), false);
    }

    private static ReferralReceipt replay(Referral earlier, IdempotencyKey retry) {
        if (!earlier.idempotencyKey().sameRequestAs(retry)) {
            throw new IdempotencyConflict();
        }
        return new ReferralReceipt(earlier.asReceived(), true);
    }
}
