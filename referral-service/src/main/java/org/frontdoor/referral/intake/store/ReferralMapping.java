package org.frontdoor.referral.intake.store;

import java.time.LocalDate;
import java.util.List;

import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.referral.intake.domain.AdultDetails;
import org.frontdoor.referral.intake.domain.Channel;
import org.frontdoor.referral.intake.domain.ChildDetails;
import org.frontdoor.referral.intake.domain.ChildRelationship;
import org.frontdoor.referral.intake.domain.Consent;
import org.frontdoor.referral.intake.domain.ConsentStatus;
import org.frontdoor.referral.intake.domain.Ethnicity;
import org.frontdoor.referral.intake.domain.FamilyTheme;
import org.frontdoor.referral.intake.domain.Gender;
import org.frontdoor.referral.intake.domain.HouseholdAdult;
import org.frontdoor.referral.intake.domain.IdempotencyKey;
import org.frontdoor.referral.intake.domain.LinkType;
import org.frontdoor.referral.intake.domain.Pathway;
import org.frontdoor.referral.intake.domain.PostalAddress;
import org.frontdoor.referral.intake.domain.ReferralLink;
import org.frontdoor.referral.intake.domain.ReferredChild;
import org.frontdoor.referral.intake.domain.Referral;
import org.frontdoor.referral.intake.domain.ReferralSource;
import org.frontdoor.referral.intake.domain.ReferralStatus;
import org.frontdoor.referral.intake.domain.Referrer;
import org.frontdoor.referral.intake.domain.ReferrerType;
import org.frontdoor.referral.intake.domain.Relationship;
import org.frontdoor.referral.intake.domain.Route;
import org.frontdoor.referral.intake.domain.ThresholdLevel;
import org.frontdoor.referral.intake.domain.TriageOutcome;
import org.frontdoor.referral.intake.domain.SearchCriteria;
import org.frontdoor.referral.intake.domain.Urgency;
import org.frontdoor.referral.intake.domain.Withdrawal;
import org.frontdoor.referral.intake.domain.WithdrawalReason;

/** Referral ⇄ {@link ReferralDocument}. Parts added after the first release read as empty when absent. */
final class ReferralMapping {

    static ReferralDocument toDocument(Referral referral, List<OutboxMessage> outbox) {
        IdempotencyKey key = referral.idempotencyKey();
        return new ReferralDocument(
                referral.referralId(),
                null,
                referral.receivedAt(),
                referral.needIdentifiedAt(),
                referral.channel().name(),
                toPart(referral.referrer()),
                referral.source().code(),
                referral.pathway().name(),
                referral.urgency().name(),
                referral.children().stream().map(ReferralMapping::toPart).toList(),
                referral.adults().stream().map(ReferralMapping::toPart).toList(),
                referral.familyId(),
                referral.concerns(),
                referral.assessmentFactors(),
                referral.familyThemes().stream().map(Enum::name).toList(),
                toPart(referral.consent()),
                referral.locality(),
                referral.localityUnknown(),
                referral.links().stream()
                        .map(link -> new ReferralDocument.LinkPart(link.referralId(), link.link().name(), link.childId()))
                        .toList(),
                referral.reReferral(),
                referral.createdBy(),
                referral.partnerId(),
                key == null ? null : new ReferralDocument.IdempotencyPart(referral.createdBy(), key.key(), key.requestHash()),
                referral.status().name(),
                referral.decision() == null ? null : toPart(referral.decision()),
                toPart(referral.withdrawal()),
                searchKeys(referral),
                childIds(referral),
                List.of(),
                outbox);
    }

    static ReferralDocument.ReferrerPart toPart(Referrer referrer) {
        return new ReferralDocument.ReferrerPart(referrer.name(), referrer.role(), referrer.organisation(),
                referrer.type().name(), referrer.phone(), referrer.email(), toPart(referrer.postalAddress()));
    }

    static ReferralDocument.ConsentPart toPart(Consent consent) {
        return new ReferralDocument.ConsentPart(consent.status().name(), consent.reason(), consent.givenBy(),
                consent.givenAt());
    }

    static ReferralDocument.WithdrawalPart toPart(Withdrawal withdrawal) {
        return withdrawal == null ? null : new ReferralDocument.WithdrawalPart(withdrawal.reason().name(),
                withdrawal.note(), withdrawal.withdrawnAt(), withdrawal.withdrawnBy());
    }

    static List<String> searchKeys(Referral referral) {
        return referral.children().stream()
                .flatMap(child -> SearchCriteria.keysOf(child.details()).stream())
                .distinct()
                .toList();
    }

    static List<String> childIds(Referral referral) {
        return referral.children().stream().map(ReferredChild::childId).distinct().toList();
    }

    static ReferralDocument.DecisionPart toPart(TriageOutcome outcome) {
        return new ReferralDocument.DecisionPart(outcome.decisionId(), outcome.decidedAt(), outcome.level().number(),
                outcome.route().name(), outcome.earlyHelpOffered(), outcome.revised());
    }

    private static ReferralDocument.AddressPart toPart(PostalAddress address) {
        return address == null ? null : new ReferralDocument.AddressPart(address.lines(), address.postcode());
    }

    static ReferralDocument.ChildPart toPart(ReferredChild child) {
        ChildDetails details = child.details();
        return new ReferralDocument.ChildPart(child.childId(), details.firstName(), details.lastName(),
                details.dateOfBirth().toString(), details.unborn(), details.gender().name(),
                details.ethnicity() == null ? null : details.ethnicity().name(), details.disability(),
                details.nhsNumber(), toPart(details.address()), details.school());
    }

    static ReferralDocument.AdultPart toPart(HouseholdAdult adult) {
        AdultDetails details = adult.details();
        return new ReferralDocument.AdultPart(adult.adultId(), details.firstName(), details.lastName(),
                details.dateOfBirth() == null ? null : details.dateOfBirth().toString(),
                details.gender() == null ? null : details.gender().name(), details.nhsNumber(),
                toPart(details.address()),
                details.relationships().stream()
                        .map(r -> new ReferralDocument.RelationshipPart(r.child(), r.relationship().name()))
                        .toList());
    }

    private static PostalAddress toAddress(ReferralDocument.AddressPart part) {
        return part == null ? null : new PostalAddress(part.lines(), part.postcode());
    }

    static Referral toReferral(ReferralDocument document) {
        ReferralDocument.ReferrerPart referrer = document.referrer();
        ReferralDocument.IdempotencyPart key = document.idempotency();
        ReferralDocument.DecisionPart decision = document.decision();
        ReferralDocument.WithdrawalPart withdrawal = document.withdrawal();
        ReferralDocument.ConsentPart consent = document.consent();
        return new Referral(
                document.id(),
                document.receivedAt(),
                document.needIdentifiedAt(),
                Channel.valueOf(document.channel()),
                new Referrer(referrer.name(), referrer.role(), referrer.organisation(),
                        ReferrerType.valueOf(referrer.referrerType()), referrer.phone(), referrer.email(),
                        toAddress(referrer.postalAddress())),
                ReferralSource.ofCode(document.sourceCode()).orElseThrow(),
                Pathway.valueOf(document.pathway()),
                Urgency.valueOf(document.urgency()),
                document.children().stream()
                        .map(child -> new ReferredChild(child.childId(), new ChildDetails(child.firstName(),
                                child.lastName(), LocalDate.parse(child.dateOfBirth()), Boolean.TRUE.equals(child.unborn()),
                                Gender.valueOf(child.gender()),
                                child.ethnicity() == null ? null : Ethnicity.valueOf(child.ethnicity()),
                                child.disability(), child.nhsNumber(), toAddress(child.address()), child.school())))
                        .toList(),
                document.adults() == null ? List.of() : document.adults().stream()
                        .map(adult -> new HouseholdAdult(adult.adultId(), new AdultDetails(adult.firstName(),
                                adult.lastName(), adult.dateOfBirth() == null ? null : LocalDate.parse(adult.dateOfBirth()),
                                adult.gender() == null ? null : Gender.valueOf(adult.gender()), adult.nhsNumber(),
                                toAddress(adult.address()),
                                adult.relationships().stream()
                                        .map(r -> new ChildRelationship(r.child(), Relationship.valueOf(r.relationship())))
                                        .toList())))
                        .toList(),
                document.familyId(),
                document.concerns(),
                document.assessmentFactors(),
                document.familyThemes() == null ? List.of()
                        : document.familyThemes().stream().map(FamilyTheme::valueOf).toList(),
                new Consent(ConsentStatus.valueOf(consent.status()), consent.reason(), consent.givenBy(), consent.givenAt()),
                document.locality(),
                Boolean.TRUE.equals(document.localityUnknown()),
                document.links() == null ? List.of() : document.links().stream()
                        .map(link -> new ReferralLink(link.referralId(), LinkType.valueOf(link.link()), link.childId()))
                        .toList(),
                Boolean.TRUE.equals(document.reReferral()),
                document.createdBy(),
                document.partnerId(),
                key == null ? null : new IdempotencyKey(key.key(), key.requestHash()),
                ReferralStatus.valueOf(document.status()),
                decision == null ? null : new TriageOutcome(decision.decisionId(), decision.decidedAt(),
                        ThresholdLevel.of(decision.level()), Route.valueOf(decision.route()),
                        decision.earlyHelpOffered(), decision.revised()),
                withdrawal == null ? null : new Withdrawal(WithdrawalReason.valueOf(withdrawal.reason()),
                        withdrawal.note(), withdrawal.withdrawnAt(), withdrawal.withdrawnBy()),
                document.version() == null ? 0L : document.version());
    }

    private ReferralMapping() {
    }
}
