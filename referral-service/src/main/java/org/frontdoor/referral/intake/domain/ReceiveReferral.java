package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.NotPermitted;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.frontdoor.referral.locality.domain.AuthorityArea;
import org.frontdoor.referral.personindex.domain.FamilyOnReferral;
import org.frontdoor.referral.personindex.domain.PersonIdentification;

/**
 * Records a contact at the front door: checks the rules, recognises the children and adults (person index), finds
 * the locality from the children's postcodes, links it to earlier referrals about the same children
 * ({@link ReferralLinking}), and stores the referral with its {@code ReferralReceived} event, then its
 * {@code ReferralLinked} events, in one write. A retry with the caller's idempotency key answers with the referral
 * first stored, even when two retries race.
 */
public final class ReceiveReferral {

    private final Referrals referrals;
    private final PersonIdentification identification;
    private final AuthorityArea area;
    private final Clock clock;
    private final Supplier<String> newIds;

    public ReceiveReferral(Referrals referrals, PersonIdentification identification, AuthorityArea area, Clock clock) {
        this(referrals, identification, area, clock, () -> UUID.randomUUID().toString());
    }

    public ReceiveReferral(Referrals referrals, PersonIdentification identification, AuthorityArea area, Clock clock,
                           Supplier<String> newIds) {
        this.referrals = Objects.requireNonNull(referrals);
        this.identification = Objects.requireNonNull(identification);
        this.area = Objects.requireNonNull(area);
        this.clock = Objects.requireNonNull(clock);
        this.newIds = Objects.requireNonNull(newIds);
    }

    /**
     * @param idempotencyKey the caller's key, or {@code null}
     * @throws NotPermitted  when the caller may not record referrals
     * @throws ReferralRejected    when the referral breaks a rule (nothing stored)
     * @throws IdempotencyConflict when the key was used before with a different request (nothing stored)
     */
    public ReferralReceipt receive(NewReferral request, Actor caller, IdempotencyKey idempotencyKey) {
        if (!caller.mayRecordReferrals()) {
            throw new NotPermitted("Only contact officers and partner systems record referrals");
        }
        if (caller.isPartnerSystem() && (caller.partnerId() == null || caller.partnerId().isBlank())) {
            throw new NotPermitted("A partner system's token must carry its partner_id");
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
        NewReferral contact = request.inNormalForm();
        String referralId = newIds.get();
        FamilyOnReferral family = Household.identify(identification, referralId, contact.children(), contact.adults(),
                receivedAt);
        String locality = Household.localityOf(area, contact.children());
        List<String> anyChildId = family.aliases().stream().flatMap(List::stream).distinct().toList();
        // Children the person index met for the first time on this contact have no earlier referral to look for.
        ReferralLinking.Links links = ReferralLinking.of(family.aliases(), receivedAt,
                family.everyChildNew() ? List.of() : referrals.earlierAbout(anyChildId));
        Change received = Referral.receive(referralId, contact, caller, Household.identified(family), locality, links,
                idempotencyKey, receivedAt);
        try {
            referrals.add(received.referral(), received.events());
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
