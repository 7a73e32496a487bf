package org.frontdoor.referral.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.referral.intake.domain.Referral;
import org.frontdoor.referral.intake.domain.Referrer;
import org.frontdoor.referral.intake.domain.TriageOutcome;

/** A referral as staff (and the partner that posted it) see it. */
record ReferralView(
        String referralId,
        String status,
        Instant receivedAt,
        Instant needIdentifiedAt,
        String channel,
        ReferrerView referrer,
        String sourceCode,
        String sourceDescription,
        String pathway,
        String urgency,
        String locality,
        String familyId,
        List<ChildView> children,
        String concerns,
        ConsentView consent,
        DecisionView decision,
        WithdrawalView withdrawal) {

    /** Why and when the referral was withdrawn (status WITHDRAWN). */
    record WithdrawalView(String reason, String note, Instant withdrawnAt, String withdrawnBy) {
    }

    record ReferrerView(String name, String role, String agency, String referrerType, String phone, String email) {
    }

    record ChildView(String childId, String firstName, String lastName, LocalDate dateOfBirth, String gender,
                     String ethnicity, boolean disability) {
    }

    record ConsentView(String status, String reason) {
    }

    /** The latest triage decision. */
    record DecisionView(String decisionId, Instant decidedAt, int level, String route, boolean earlyHelpOffered,
                        boolean revised) {
    }

    static ReferralView of(Referral referral) {
        Referrer referrer = referral.referrer();
        TriageOutcome decision = referral.decision();
        return new ReferralView(
                referral.referralId(),
                referral.status().name(),
                referral.receivedAt(),
                referral.needIdentifiedAt(),
                referral.channel().name(),
                new ReferrerView(referrer.name(), referrer.role(), referrer.agency(), referrer.type().name(),
                        referrer.phone(), referrer.email()),
                referral.source().code(),
                referral.source().description(),
                referral.pathway().name(),
                referral.urgency().name(),
                referral.locality(),
                referral.familyId(),
                referral.children().stream()
                        .map(child -> new ChildView(child.childId(), child.details().firstName(),
                                child.details().lastName(), child.details().dateOfBirth(),
                                child.details().gender().name(),
                                child.details().ethnicity() == null ? null : child.details().ethnicity().name(),
                                child.details().disability()))
                        .toList(),
                referral.concerns(),
                new ConsentView(referral.consent().status().name(), referral.consent().reason()),
                decision == null ? null : new DecisionView(decision.decisionId(), decision.decidedAt(),
                        decision.level().number(), decision.route().name(), decision.earlyHelpOffered(),
                        decision.revised()),
                referral.withdrawal() == null ? null : new WithdrawalView(referral.withdrawal().reason().name(),
                        referral.withdrawal().note(), referral.withdrawal().withdrawnAt(),
                        referral.withdrawal().withdrawnBy()));
    }
}
