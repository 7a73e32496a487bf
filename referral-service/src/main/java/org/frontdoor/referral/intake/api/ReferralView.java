package org.frontdoor.referral.intake.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.frontdoor.referral.intake.domain.AdultDetails;
import org.frontdoor.referral.intake.domain.AssessmentFactors;
import org.frontdoor.referral.intake.domain.ChildDetails;
import org.frontdoor.referral.intake.domain.PostalAddress;
import org.frontdoor.referral.intake.domain.Referral;
import org.frontdoor.referral.intake.domain.Referrer;
import org.frontdoor.referral.intake.domain.TriageOutcome;

/**
 * A referral as staff (and the partner that posted it) see it: what triage shows the worker, and what its letter
 * sender addresses the decision letter from ({@code referrer}). Field names are relied on by triage-service.
 */
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
        boolean immediateRisk,
        String locality,
        boolean localityUnknown,
        String familyId,
        List<ChildView> children,
        List<AdultView> adults,
        String concerns,
        List<FactorView> assessmentFactors,
        List<String> familyThemes,
        ConsentView consent,
        List<LinkView> links,
        boolean reReferral,
        DecisionView decision,
        WithdrawalView withdrawal) {

    /** Why and when the referral was withdrawn (status WITHDRAWN). */
    record WithdrawalView(String reason, String note, Instant withdrawnAt, String withdrawnBy) {
    }

    record AddressView(List<String> lines, String postcode) {

        static AddressView of(PostalAddress address) {
            return address == null ? null : new AddressView(address.lines(), address.postcode());
        }
    }

    record ReferrerView(String type, String name, String role, String organisation, String email, String phone,
                        AddressView postalAddress) {

        static ReferrerView of(Referrer referrer) {
            return new ReferrerView(referrer.type().name(), referrer.name(), referrer.role(), referrer.organisation(),
                    referrer.email(), referrer.phone(), AddressView.of(referrer.postalAddress()));
        }
    }

    /** @param postcode the child's postcode (also in {@code address}), {@code null} when not known */
    record ChildView(String childId, String firstName, String lastName, LocalDate dateOfBirth, boolean unborn,
                     String gender, String ethnicity, boolean disability, String nhsNumber, String postcode,
                     AddressView address, String school) {
    }

    record RelationshipView(String childId, String relationship) {
    }

    record AdultView(String adultId, String firstName, String lastName, LocalDate dateOfBirth, String gender,
                     String nhsNumber, AddressView address, List<RelationshipView> relationships) {
    }

    record FactorView(String code, String description) {
    }

    record ConsentView(String status, String givenBy, Instant givenAt, String reason) {
    }

    /** An earlier referral this one is linked to: {@code FURTHER_CONTACT} or {@code RE_REFERRAL}. */
    record LinkView(String referralId, String link, String childId) {
    }

    /** The latest triage decision. */
    record DecisionView(String decisionId, Instant decidedAt, int level, String route, boolean earlyHelpOffered,
                        boolean revised) {
    }

    static ReferralView of(Referral referral) {
        Referrer referrer = referral.referrer();
        TriageOutcome decision = referral.decision();
        List<String> childIds = referral.children().stream().map(child -> child.childId()).toList();
        return new ReferralView(
                referral.referralId(),
                referral.status().name(),
                referral.receivedAt(),
                referral.needIdentifiedAt(),
                referral.channel().name(),
                ReferrerView.of(referrer),
                referral.source().code(),
                referral.source().description(),
                referral.pathway().name(),
                referral.urgency().name(),
                referral.immediateRisk(),
                referral.locality(),
                referral.localityUnknown(),
                referral.familyId(),
                referral.children().stream().map(child -> child(child.childId(), child.details())).toList(),
                referral.adults().stream().map(adult -> adult(adult.adultId(), adult.details(), childIds)).toList(),
                referral.concerns(),
                referral.assessmentFactors().stream()
                        .map(code -> new FactorView(code, AssessmentFactors.describe(code).orElse(null)))
                        .toList(),
                referral.familyThemes().stream().map(Enum::name).toList(),
                new ConsentView(referral.consent().status().name(), referral.consent().givenBy(),
                        referral.consent().givenAt(), referral.consent().reason()),
                referral.links().stream()
                        .map(link -> new LinkView(link.referralId(), link.link().name(), link.childId()))
                        .toList(),
                referral.reReferral(),
                decision == null ? null : new DecisionView(decision.decisionId(), decision.decidedAt(),
                        decision.level().number(), decision.route().name(), decision.earlyHelpOffered(),
                        decision.revised()),
                referral.withdrawal() == null ? null : new WithdrawalView(referral.withdrawal().reason().name(),
                        referral.withdrawal().note(), referral.withdrawal().withdrawnAt(),
                        referral.withdrawal().withdrawnBy()));
    }

    private static ChildView child(String childId, ChildDetails details) {
        return new ChildView(childId, details.firstName(), details.lastName(), details.dateOfBirth(), details.unborn(),
                details.gender().name(), details.ethnicity() == null ? null : details.ethnicity().name(),
                details.disability(), details.nhsNumber(), details.postcode(), AddressView.of(details.address()),
                details.school());
    }

    private static AdultView adult(String adultId, AdultDetails details, List<String> childIds) {
        return new AdultView(adultId, details.firstName(), details.lastName(), details.dateOfBirth(),
                details.gender() == null ? null : details.gender().name(), details.nhsNumber(),
                AddressView.of(details.address()),
                details.relationships().stream()
                        .filter(r -> r.child() >= 0 && r.child() < childIds.size())
                        .map(r -> new RelationshipView(childIds.get(r.child()), r.relationship().name()))
                        .toList());
    }
}
