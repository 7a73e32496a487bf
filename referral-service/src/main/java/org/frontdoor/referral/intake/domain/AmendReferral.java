package org.frontdoor.referral.intake.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.frontdoor.referral.audit.domain.AuditAction;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.audit.domain.AuditTrail;
import org.frontdoor.referral.personindex.domain.ChildIdentification;
import org.frontdoor.referral.personindex.domain.FamilyOnReferral;
import org.frontdoor.referral.personindex.domain.MatchKey;

/**
 * Corrects a referral before triage decides it: the same rules as intake, the children re-identified by the person
 * index (a child it recognises keeps its {@code childId}), and the referral stored with its {@code ReferralAmended}
 * event in one write that fails if anyone changed the referral meanwhile. Written to the audit trail with the names
 * of the fields changed, never their values.
 */
public final class AmendReferral {

    private final Referrals referrals;
    private final ChildIdentification childIdentification;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public AmendReferral(Referrals referrals, ChildIdentification childIdentification, AuditTrail auditTrail, Clock clock) {
        this.referrals = Objects.requireNonNull(referrals);
        this.childIdentification = Objects.requireNonNull(childIdentification);
        this.auditTrail = Objects.requireNonNull(auditTrail);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * @return the referral as amended (unchanged, and nothing stored or published, when the amendment changes nothing)
     * @throws CallerNotPermitted when the caller may not amend referrals
     * @throws ReferralNotFound   when there is no such referral the caller may see
     * @throws ReferralNotOpen    when it has been decided or withdrawn
     * @throws ReferralRejected   when the amendment breaks a rule (nothing stored)
     * @throws ConcurrentChange   when the referral changed meanwhile (nothing stored)
     */
    public Referral amend(String referralId, ReferralAmendment changes, Caller caller) {
        if (!caller.mayAmendReferrals()) {
            throw new CallerNotPermitted("Only contact officers and triage amend referrals");
        }
        Referral referral = referrals.find(referralId)
                .filter(caller::maySee)
                .orElseThrow(() -> new ReferralNotFound(referralId));
        if (!referral.isOpen()) {
            throw new ReferralNotOpen(referralId, referral.status());
        }
        Instant amendedAt = clock.instant();
        List<RuleViolation> violations = check(referral, changes, amendedAt);
        if (!violations.isEmpty()) {
            throw new ReferralRejected(violations);
        }
        FamilyOnReferral family = changes.children() == null ? null : childIdentification.identify(changes.children()
                .stream()
                .map(child -> MatchKey.of(child.firstName(), child.lastName(), child.dateOfBirth()))
                .toList());
        Referral.Amended amended = referral.amend(changes, family, amendedAt);
        if (!amended.amendedFields().isEmpty()) {
            referrals.update(amended.referral(), List.of(amended.event()));
        }
        auditTrail.append(new AuditEntry(caller.subject(), caller.roleNames(), AuditAction.AMEND_REFERRAL, referralId,
                amendedAt, amended.amendedFields(), null));
        return amended.referral();
    }

    /** Intake's rules, on the referral as it would be after the amendment. */
    static List<RuleViolation> check(Referral referral, ReferralAmendment changes, Instant amendedAt) {
        if (changes.isEmpty()) {
            return List.of(new RuleViolation("(body)",
                    "name at least one field to amend: sourceCode, pathway, urgency, locality, concerns or children"));
        }
        String sourceCode = changes.sourceCode() == null ? referral.source().code() : changes.sourceCode();
        Pathway pathway = changes.pathway() == null ? referral.pathway() : changes.pathway();
        Urgency urgency = changes.urgency() == null ? referral.urgency() : changes.urgency();
        List<RuleViolation> violations = new ArrayList<>();
        violations.addAll(ReferralRules.referrer(referral.referrer(), sourceCode));
        violations.addAll(ReferralRules.consent(referral.consent(), pathway));
        violations.addAll(ReferralRules.urgency(urgency, pathway));
        if (changes.concerns() != null && changes.concerns().isBlank()) {
            violations.add(new RuleViolation("concerns", "must not be blank"));
        }
        if (changes.children() != null) {
            violations.addAll(ReferralRules.children(changes.children(), amendedAt));
        }
        return violations;
    }
}
