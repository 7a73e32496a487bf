package org.frontdoor.referral.intake.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.referral.personindex.domain.FamilyOnReferral;

/**
 * A contact recorded at the front door: who raised it, about which children, the concern, consent,
 * the pathway and urgency the contact officer picked, and the latest triage outcome.
 *
 * @param createdBy      the {@code sub} of the caller who recorded it
 * @param partnerId      the partner agency whose system posted it, or {@code null}
 * @param idempotencyKey the caller's key for safe retries, or {@code null}
 * @param decision       the latest triage decision, or {@code null} while {@link ReferralStatus#RECEIVED}
 */
public record Referral(
        String referralId,
        Instant receivedAt,
        Instant needIdentifiedAt,
        Channel channel,
        Referrer referrer,
        ReferralSource source,
        Pathway pathway,
        Urgency urgency,
        List<ReferredChild> children,
        String familyId,
        String concerns,
        Consent consent,
        String locality,
        String createdBy,
        String partnerId,
        IdempotencyKey idempotencyKey,
        ReferralStatus status,
        TriageOutcome decision) {

    public Referral {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(status, "status");
        children = List.copyOf(children);
    }

    /** The new referral and the event it causes; {@code request} has passed {@link ReferralRules}. */
    public static Received receive(String referralId, NewReferral request, Caller caller, FamilyOnReferral family,
                                   IdempotencyKey idempotencyKey, Instant receivedAt) {
        if (family.children().size() != request.children().size()) {
            throw new IllegalArgumentException("The person index identified " + family.children().size() + " of "
                    + request.children().size() + " children");
        }
        List<ReferredChild> children = new ArrayList<>();
        for (int i = 0; i < request.children().size(); i++) {
            children.add(new ReferredChild(family.children().get(i).childId(), request.children().get(i)));
        }
        Referral referral = new Referral(
                referralId,
                receivedAt,
                request.needIdentifiedAt(),
                ReferralRules.channelFor(request.channel(), caller),
                request.referrer(),
                ReferralSource.ofCode(request.sourceCode()).orElseThrow(),
                request.pathway(),
                request.urgency(),
                children,
                family.familyId(),
                request.concerns(),
                request.consent(),
                request.locality(),
                caller.subject(),
                caller.isPartnerSystem() ? caller.partnerId() : null,
                idempotencyKey,
                ReferralStatus.RECEIVED,
                null);
        return new Received(referral, referral.receivedEvent());
    }

    /** The referral as it was when the front door received it (what a retried create answers with). */
    public Referral asReceived() {
        return new Referral(referralId, receivedAt, needIdentifiedAt, channel, referrer, source, pathway, urgency,
                children, familyId, concerns, consent, locality, createdBy, partnerId, idempotencyKey,
                ReferralStatus.RECEIVED, null);
    }

    /** The fact for other services: ids, codes, dates and coded demographics only — no names, no concern text. */
    ReferralReceived receivedEvent() {
        List<ChildOnReferral> coded = children.stream()
                .map(child -> new ChildOnReferral(child.childId(), child.details().dateOfBirth(),
                        child.details().gender().name(),
                        child.details().ethnicity() == null ? null : child.details().ethnicity().name(),
                        child.details().disability()))
                .toList();
        return new ReferralReceived(referralId, receivedAt, needIdentifiedAt, channel.name(), referrer.type().name(),
                source.code(), pathway.name(), urgency.name(), consent.status().name(), locality, familyId, partnerId,
                coded);
    }

    /** A new referral and the event to publish with it (written together, through the outbox). */
    public record Received(Referral referral, ReferralReceived event) {
    }
}
