package org.frontdoor.referral.intake.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralAmended;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.referrals.ReferralWithdrawn;
import org.frontdoor.referral.personindex.domain.FamilyOnReferral;

/**
 * A contact recorded at the front door: who raised it, about which children, the concern, consent,
 * the pathway and urgency the contact officer picked, and the latest triage outcome.
 *
 * @param createdBy      the {@code sub} of the caller who recorded it
 * @param partnerId      the partner agency whose system posted it, or {@code null}
 * @param idempotencyKey the caller's key for safe retries, or {@code null}
 * @param decision       the latest triage decision, or {@code null} while {@link ReferralStatus#RECEIVED}
 * @param withdrawal     why and when it was withdrawn, or {@code null} unless {@link ReferralStatus#WITHDRAWN}
 * @param version        the stored version (optimistic locking: a change based on an older version is refused)
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
        TriageOutcome decision,
        Withdrawal withdrawal,
        long version) {

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
                null,
                null,
                0L);
        return new Received(referral, referral.receivedEvent());
    }

    /** The referral as it was when the front door received it (what a retried create answers with). */
    public Referral asReceived() {
        return new Referral(referralId, receivedAt, needIdentifiedAt, channel, referrer, source, pathway, urgency,
                children, familyId, concerns, consent, locality, createdBy, partnerId, idempotencyKey,
                ReferralStatus.RECEIVED, null, null, version);
    }

    /** Undecided and not withdrawn: the only state in which a referral may be amended or withdrawn. */
    public boolean isOpen() {
        return status == ReferralStatus.RECEIVED;
    }

    /**
     * The referral with the amendment applied, the names of the fields that changed (never their values), and
     * the event with the whole new coded state. {@code changes} has passed the rules; {@code family} is the person
     * index's answer for the amended children, or {@code null} when the children are not amended.
     *
     * @throws ReferralNotOpen when the referral has been decided or withdrawn
     */
    public Amended amend(ReferralAmendment changes, FamilyOnReferral family, Instant amendedAt) {
        requireOpen();
        List<String> amended = new ArrayList<>();
        ReferralSource newSource = source;
        if (changes.sourceCode() != null) {
            newSource = ReferralSource.ofCode(changes.sourceCode()).orElseThrow();
            noteChange(amended, "sourceCode", source, newSource);
        }
        Pathway newPathway = changes.pathway() == null ? pathway : changes.pathway();
        noteChange(amended, "pathway", pathway, newPathway);
        Urgency newUrgency = changes.urgency() == null ? urgency : changes.urgency();
        noteChange(amended, "urgency", urgency, newUrgency);
        String newLocality = changes.locality() == null ? locality : changes.locality();
        noteChange(amended, "locality", locality, newLocality);
        String newConcerns = changes.concerns() == null ? concerns : changes.concerns();
        noteChange(amended, "concerns", concerns, newConcerns);
        List<ReferredChild> newChildren = children;
        String newFamilyId = familyId;
        if (changes.children() != null) {
            if (family == null || family.children().size() != changes.children().size()) {
                throw new IllegalArgumentException("The person index must identify every amended child");
            }
            List<ReferredChild> identified = new ArrayList<>();
            for (int i = 0; i < changes.children().size(); i++) {
                identified.add(new ReferredChild(family.children().get(i).childId(), changes.children().get(i)));
            }
            newChildren = List.copyOf(identified);
            newFamilyId = family.familyId();
            noteChange(amended, "children", children, newChildren);
            noteChange(amended, "familyId", familyId, newFamilyId);
        }
        Referral changed = new Referral(referralId, receivedAt, needIdentifiedAt, channel, referrer, newSource, newPathway,
                newUrgency, newChildren, newFamilyId, newConcerns, consent, newLocality, createdBy, partnerId,
                idempotencyKey, status, decision, withdrawal, version);
        return new Amended(changed, changed.amendedEvent(amendedAt), List.copyOf(amended));
    }

    /**
     * The referral withdrawn, and the event saying so (the reason code only; the note stays here).
     *
     * @throws ReferralNotOpen when the referral has been decided or withdrawn
     */
    public Withdrawn withdraw(Withdrawal withdrawal) {
        requireOpen();
        Referral changed = new Referral(referralId, receivedAt, needIdentifiedAt, channel, referrer, source, pathway,
                urgency, children, familyId, concerns, consent, locality, createdBy, partnerId, idempotencyKey,
                ReferralStatus.WITHDRAWN, decision, Objects.requireNonNull(withdrawal, "withdrawal"), version);
        return new Withdrawn(changed,
                new ReferralWithdrawn(referralId, withdrawal.withdrawnAt(), withdrawal.reason().name()));
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new ReferralNotOpen(referralId, status);
        }
    }

    private static void noteChange(List<String> amended, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            amended.add(field);
        }
    }

    private ReferralAmended amendedEvent(Instant amendedAt) {
        return new ReferralAmended(referralId, amendedAt, source.code(), pathway.name(), urgency.name(), locality,
                familyId, codedChildren());
    }

    private List<ChildOnReferral> codedChildren() {
        return children.stream()
                .map(child -> new ChildOnReferral(child.childId(), child.details().dateOfBirth(),
                        child.details().gender().name(),
                        child.details().ethnicity() == null ? null : child.details().ethnicity().name(),
                        child.details().disability()))
                .toList();
    }

    /** The fact for other services: ids, codes, dates and coded demographics only — no names, no concern text. */
    ReferralReceived receivedEvent() {
        return new ReferralReceived(referralId, receivedAt, needIdentifiedAt, channel.name(), referrer.type().name(),
                source.code(), pathway.name(), urgency.name(), consent.status().name(), locality, familyId, partnerId,
                codedChildren());
    }

    /** A new referral and the event to publish with it (written together, through the outbox). */
    public record Received(Referral referral, ReferralReceived event) {
    }

    /** An amended referral, the fields that changed (names only) and the event to publish with it. */
    public record Amended(Referral referral, ReferralAmended event, List<String> amendedFields) {
    }

    /** A withdrawn referral and the event to publish with it. */
    public record Withdrawn(Referral referral, ReferralWithdrawn event) {
    }
}
