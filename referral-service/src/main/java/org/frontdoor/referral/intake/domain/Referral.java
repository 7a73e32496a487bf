package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralAmended;
import org.frontdoor.contracts.referrals.ReferralLinked;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.referrals.ReferralWithdrawn;

/**
 * A contact recorded at the front door: who raised it, about which children and which adults of the household, the
 * concern (text, assessment factors, family themes), consent, the pathway and urgency the contact officer picked, the
 * locality the children's postcode gives, its links to earlier referrals, and the latest triage outcome.
 *
 * @param adults          the adults in the household, with the person index's ids
 * @param locality        the authority's locality code, or {@code null} when {@code localityUnknown}
 * @param localityUnknown no child's postcode is in a district the authority's configuration covers (or none is known)
 * @param links           earlier referrals this one was linked to when received
 * @param reReferral      a child on it was referred within 12 months before (see {@link ReferralLinking})
 * @param createdBy       the {@code sub} of the caller who recorded it
 * @param partnerId       the partner agency whose system posted it, or {@code null}
 * @param idempotencyKey  the caller's key for safe retries, or {@code null}
 * @param decision        the latest triage decision, or {@code null} while {@link ReferralStatus#RECEIVED}
 * @param withdrawal      why and when it was withdrawn, or {@code null} unless {@link ReferralStatus#WITHDRAWN}
 * @param version         the stored version (optimistic locking: a change based on an older version is refused)
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
        List<HouseholdAdult> adults,
        String familyId,
        String concerns,
        List<String> assessmentFactors,
        List<FamilyTheme> familyThemes,
        Consent consent,
        String locality,
        boolean localityUnknown,
        List<ReferralLink> links,
        boolean reReferral,
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
        adults = adults == null ? List.of() : List.copyOf(adults);
        assessmentFactors = assessmentFactors == null ? List.of() : List.copyOf(assessmentFactors);
        familyThemes = familyThemes == null ? List.of() : List.copyOf(familyThemes);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** The people of a referral as the person index identified them, in the order named. */
    public record Identified(String familyId, List<String> childIds, List<String> adultIds) {

        public Identified {
            childIds = List.copyOf(childIds);
            adultIds = List.copyOf(adultIds);
        }
    }

    /**
     * The new referral and the events it causes: {@code ReferralReceived}, then one {@code ReferralLinked} per link.
     * {@code request} has passed {@link ReferralRules} and is in its normal form.
     *
     * @param locality the locality code, or {@code null} when the children's postcodes give none
     */
    public static Change receive(String referralId, NewReferral request, Actor caller, Identified people,
                                  String locality, ReferralLinking.Links links, IdempotencyKey idempotencyKey,
                                  Instant receivedAt) {
        Referral referral = new Referral(
                referralId,
                receivedAt,
                request.needIdentifiedAt(),
                ReferralRules.channelFor(request.channel(), caller),
                request.referrer(),
                ReferralSource.ofCode(request.sourceCode()).orElseThrow(),
                request.pathway(),
                request.urgency(),
                referred(request.children(), people),
                household(request.adults(), people),
                people.familyId(),
                request.concerns(),
                request.assessmentFactors(),
                request.familyThemes(),
                request.consent(),
                locality,
                locality == null,
                links.links(),
                links.reReferral(),
                caller.subject(),
                caller.isPartnerSystem() ? caller.partnerId() : null,
                idempotencyKey,
                ReferralStatus.RECEIVED,
                null,
                null,
                0L);
        List<FrontDoorEvent> events = new ArrayList<>();
        events.add(referral.receivedEvent());
        for (ReferralLink link : referral.links()) {
            events.add(new ReferralLinked(referralId, receivedAt, link.referralId(), link.childId(), link.link().name()));
        }
        return new Change(referral, events);
    }

    private static List<ReferredChild> referred(List<ChildDetails> children, Identified people) {
        if (people.childIds().size() != children.size()) {
            throw new IllegalArgumentException("The person index identified " + people.childIds().size() + " of "
                    + children.size() + " children");
        }
        List<ReferredChild> referred = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            referred.add(new ReferredChild(people.childIds().get(i), children.get(i)));
        }
        return referred;
    }

    private static List<HouseholdAdult> household(List<AdultDetails> adults, Identified people) {
        if (people.adultIds().size() != adults.size()) {
            throw new IllegalArgumentException("The person index identified " + people.adultIds().size() + " of "
                    + adults.size() + " adults");
        }
        List<HouseholdAdult> household = new ArrayList<>();
        for (int i = 0; i < adults.size(); i++) {
            household.add(new HouseholdAdult(people.adultIds().get(i), adults.get(i)));
        }
        return household;
    }

    /** A child at immediate risk: the contact officer's flag, the same as urgency {@link Urgency#IMMEDIATE_RISK}. */
    public boolean immediateRisk() {
        return urgency == Urgency.IMMEDIATE_RISK;
    }

    /** The referral as it was when the front door received it (what a retried create answers with). */
    public Referral asReceived() {
        return new Referral(referralId, receivedAt, needIdentifiedAt, channel, referrer, source, pathway, urgency,
                children, adults, familyId, concerns, assessmentFactors, familyThemes, consent, locality,
                localityUnknown, links, reReferral, createdBy, partnerId, idempotencyKey, ReferralStatus.RECEIVED, null,
                null, version);
    }

    /** What the audit trail records a read of this referral by: its id and the ids of the children on it. */
    public List<String> recordIds() {
        List<String> ids = new ArrayList<>();
        ids.add(referralId);
        children.forEach(child -> ids.add(child.childId()));
        return ids;
    }

    /** Undecided and not withdrawn: the only state in which a referral may be amended or withdrawn. */
    public boolean isOpen() {
        return status == ReferralStatus.RECEIVED;
    }

    /**
     * The referral with the amendment applied and the event with the whole new coded state (none when nothing
     * changed), and the names of the fields that changed (never their values). {@code changes} has passed the rules and is in its normal form;
     * {@code people} is the person index's answer for the amended household (children and adults), or {@code null}
     * when neither is amended; {@code locality} is recomputed by the caller when the children are amended.
     *
     * @throws ReferralNotOpen when the referral has been decided or withdrawn
     */
    public Amended amend(ReferralAmendment changes, Identified people, String newLocality, Instant amendedAt) {
        requireOpen();
        List<String> amended = new ArrayList<>();
        Referrer newReferrer = pick(amended, "referrer", referrer, changes.referrer());
        ReferralSource newSource = source;
        if (changes.sourceCode() != null) {
            newSource = ReferralSource.ofCode(changes.sourceCode()).orElseThrow();
            noteChange(amended, "sourceCode", source, newSource);
        }
        Pathway newPathway = pick(amended, "pathway", pathway, changes.pathway());
        Urgency newUrgency = pick(amended, "urgency", urgency, changes.urgency());
        String newConcerns = pick(amended, "concerns", concerns, changes.concerns());
        List<String> newFactors = pick(amended, "assessmentFactors", assessmentFactors, changes.assessmentFactors());
        List<FamilyTheme> newThemes = pick(amended, "familyThemes", familyThemes, changes.familyThemes());
        Consent newConsent = pick(amended, "consent", consent, changes.consent());
        List<ReferredChild> newChildren = children;
        List<HouseholdAdult> newAdults = adults;
        String newFamilyId = familyId;
        String locality = this.locality;
        boolean unknown = localityUnknown;
        if (changes.children() != null || changes.adults() != null) {
            if (people == null) {
                throw new IllegalArgumentException("The person index must identify the amended household");
            }
            List<ChildDetails> childDetails = changes.children() != null ? changes.children()
                    : children.stream().map(ReferredChild::details).toList();
            List<AdultDetails> adultDetails = changes.adults() != null ? changes.adults()
                    : adults.stream().map(HouseholdAdult::details).toList();
            newChildren = List.copyOf(referred(childDetails, people));
            newAdults = List.copyOf(household(adultDetails, people));
            newFamilyId = people.familyId();
            noteChange(amended, "children", children, newChildren);
            noteChange(amended, "adults", adults, newAdults);
            noteChange(amended, "familyId", familyId, newFamilyId);
            if (changes.children() != null) {
                noteChange(amended, "locality", this.locality, newLocality);
                locality = newLocality;
                unknown = newLocality == null;
            }
        }
        Referral changed = new Referral(referralId, receivedAt, needIdentifiedAt, channel, newReferrer, newSource,
                newPathway, newUrgency, newChildren, newAdults, newFamilyId, newConcerns, newFactors, newThemes,
                newConsent, locality, unknown, links, reReferral, createdBy, partnerId, idempotencyKey, status,
                decision, withdrawal, version);
        List<FrontDoorEvent> events = amended.isEmpty() ? List.of() : List.of(changed.amendedEvent(amendedAt));
        return new Amended(new Change(changed, events), amended);
    }

    /**
     * The referral withdrawn, and the event saying so (the reason code only; the note stays here).
     *
     * @throws ReferralNotOpen when the referral has been decided or withdrawn
     */
    public Change withdraw(Withdrawal withdrawal) {
        requireOpen();
        Referral changed = new Referral(referralId, receivedAt, needIdentifiedAt, channel, referrer, source, pathway,
                urgency, children, adults, familyId, concerns, assessmentFactors, familyThemes, consent, locality,
                localityUnknown, links, reReferral, createdBy, partnerId, idempotencyKey, ReferralStatus.WITHDRAWN,
                decision, Objects.requireNonNull(withdrawal, "withdrawal"), version);
        return new Change(changed,
                List.of(new ReferralWithdrawn(referralId, withdrawal.withdrawnAt(), withdrawal.reason().name())));
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new ReferralNotOpen(referralId, status);
        }
    }

    private static <T> T pick(List<String> amended, String field, T before, T requested) {
        if (requested == null) {
            return before;
        }
        noteChange(amended, field, before, requested);
        return requested;
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
                        child.details().disability(), child.details().unborn()))
                .toList();
    }

    /** The fact for other services: ids, codes, dates and coded demographics only — no names, no concern text. */
    ReferralReceived receivedEvent() {
        return new ReferralReceived(referralId, receivedAt, needIdentifiedAt, channel.name(), referrer.type().name(),
                source.code(), pathway.name(), urgency.name(), consent.status().name(), locality, familyId, partnerId,
                codedChildren());
    }

    /**
     * An amendment: the amended referral with the event to publish (none when nothing changed), and the names of the
     * fields that changed (never their values), for the audit trail.
     */
    public record Amended(Change change, List<String> amendedFields) {

        public Amended {
            amendedFields = List.copyOf(amendedFields);
        }
    }
}
