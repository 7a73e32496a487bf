package org.frontdoor.referral.intake.domain;

import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.NotPermitted;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.frontdoor.referral.audit.domain.AuditAction;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.audit.domain.AuditTrail;
import org.frontdoor.referral.locality.domain.AuthorityArea;
import org.frontdoor.referral.personindex.domain.PersonIdentification;

/**
 * Corrects a referral before triage decides it: the same rules as intake on the whole contact, the household
 * re-identified by the person index when the children or adults change (a person it recognises keeps their id; the
 * locality follows the amended children's postcodes), and the referral stored with its {@code ReferralAmended}
 * event in one write that fails if anyone changed the referral meanwhile. Written to the audit trail with the names
 * of the fields changed, never their values.
 */
public final class AmendReferral {

    private final Referrals referrals;
    private final PersonIdentification identification;
    private final AuthorityArea area;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public AmendReferral(Referrals referrals, PersonIdentification identification, AuthorityArea area,
                         AuditTrail auditTrail, Clock clock) {
        this.referrals = Objects.requireNonNull(referrals);
        this.identification = Objects.requireNonNull(identification);
        this.area = Objects.requireNonNull(area);
        this.auditTrail = Objects.requireNonNull(auditTrail);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @return the referral as amended (unchanged, and nothing stored or published, when the amendment changes nothing)
     * @throws NotPermitted when the caller may not amend referrals
     * @throws ReferralNotFound   when there is no such referral the caller may see
     * @throws ReferralNotOpen    when it has been decided or withdrawn
     * @throws ReferralRejected   when the amendment breaks a rule (nothing stored)
     * @throws ConcurrentChange   when the referral changed meanwhile (nothing stored)
     */
    public Referral amend(String referralId, ReferralAmendment requested, Actor caller) {
        if (!caller.mayAmendReferrals()) {
            throw new NotPermitted("Only contact officers and triage amend referrals");
        }
        Referral referral = referrals.find(referralId)
                .filter(found -> caller.maySee(found.partnerId()))
                .orElseThrow(() -> new ReferralNotFound(referralId));
        if (!referral.isOpen()) {
            throw new ReferralNotOpen(referralId, referral.status());
        }
        Instant amendedAt = clock.instant();
        List<RuleViolation> violations = check(referral, requested, amendedAt);
        if (!violations.isEmpty()) {
            throw new ReferralRejected(violations);
        }
        ReferralAmendment changes = requested.inNormalForm();
        Referral.Identified people = null;
        String locality = referral.locality();
        if (changes.children() != null || changes.adults() != null) {
            List<ChildDetails> children = changes.children() != null ? changes.children()
                    : referral.children().stream().map(ReferredChild::details).toList();
            List<AdultDetails> adults = changes.adults() != null ? changes.adults()
                    : referral.adults().stream().map(HouseholdAdult::details).toList();
            people = Household.reidentify(identification, referral, children, adults, amendedAt);
            locality = Household.localityOf(area, children);
        }
        Referral.Amended amended = referral.amend(changes, people, locality, amendedAt);
        Change change = amended.change();
        if (!amended.amendedFields().isEmpty()) {
            referrals.update(change.referral(), change.events());
        }
        auditTrail.append(new AuditEntry(caller.subject(), caller.roleNames(), AuditAction.AMEND_REFERRAL, referralId,
                amendedAt, amended.amendedFields(), null));
        return change.referral();
    }

    /** Intake's rules, on the referral as it would be after the amendment. */
    static List<RuleViolation> check(Referral referral, ReferralAmendment changes, Instant amendedAt) {
        if (changes.isEmpty()) {
            return List.of(new RuleViolation("(body)", "name at least one field to amend: referrer, sourceCode, pathway,"
                    + " urgency, immediateRisk, concerns, assessmentFactors, familyThemes, consent, children or adults"));
        }
        String sourceCode = changes.sourceCode() == null ? referral.source().code() : changes.sourceCode();
        Pathway pathway = changes.pathway() == null ? referral.pathway() : changes.pathway();
        Urgency urgency = changes.urgency() == null ? referral.urgency() : changes.urgency();
        Referrer referrer = changes.referrer() == null ? referral.referrer() : changes.referrer();
        Consent consent = changes.consent() == null ? referral.consent() : changes.consent();
        List<ChildDetails> children = changes.children() == null
                ? referral.children().stream().map(ReferredChild::details).toList() : changes.children();
        List<RuleViolation> violations = new ArrayList<>();
        violations.addAll(ReferralRules.referrer(referrer, sourceCode));
        if (changes.referrer() != null) {
            violations.addAll(ReferralRules.reachable(referrer));
        }
        violations.addAll(ReferralRules.consent(consent, pathway));
        if (changes.consent() != null) {
            violations.addAll(ReferralRules.consentRecorded(consent, amendedAt));
        }
        violations.addAll(ReferralRules.urgency(urgency, pathway));
        violations.addAll(ReferralRules.immediateRisk(changes.immediateRisk(), urgency));
        if (changes.concerns() != null && changes.concerns().isBlank()) {
            violations.add(new RuleViolation("concerns", "must not be blank"));
        }
        if (changes.assessmentFactors() != null) {
            violations.addAll(ReferralRules.assessmentFactors(changes.assessmentFactors()));
        }
        if (changes.children() != null) {
            violations.addAll(ReferralRules.children(changes.children(), amendedAt));
        }
        if (changes.adults() != null || changes.children() != null) {
            List<AdultDetails> adults = changes.adults() == null
                    ? referral.adults().stream().map(HouseholdAdult::details).toList() : changes.adults();
            violations.addAll(ReferralRules.adults(adults, children.size(), amendedAt));
        }
        return violations;
    }
}
