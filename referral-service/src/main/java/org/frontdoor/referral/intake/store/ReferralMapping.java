package org.frontdoor.referral.intake.store;

import java.time.LocalDate;
import java.util.List;

import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.referral.intake.domain.Channel;
import org.frontdoor.referral.intake.domain.ChildDetails;
import org.frontdoor.referral.intake.domain.Consent;
import org.frontdoor.referral.intake.domain.ConsentStatus;
import org.frontdoor.referral.intake.domain.Ethnicity;
import org.frontdoor.referral.intake.domain.Gender;
import org.frontdoor.referral.intake.domain.IdempotencyKey;
import org.frontdoor.referral.intake.domain.Pathway;
import org.frontdoor.referral.intake.domain.ReferredChild;
import org.frontdoor.referral.intake.domain.Referral;
import org.frontdoor.referral.intake.domain.ReferralSource;
import org.frontdoor.referral.intake.domain.ReferralStatus;
import org.frontdoor.referral.intake.domain.Referrer;
import org.frontdoor.referral.intake.domain.ReferrerType;
import org.frontdoor.referral.intake.domain.Route;
import org.frontdoor.referral.intake.domain.ThresholdLevel;
import org.frontdoor.referral.intake.domain.TriageOutcome;
import org.frontdoor.referral.intake.domain.SearchCriteria;
import org.frontdoor.referral.intake.domain.Urgency;
import org.frontdoor.referral.intake.domain.Withdrawal;
import org.frontdoor.referral.intake.domain.WithdrawalReason;

/** Referral ⇄ {@link ReferralDocument}. */
final class ReferralMapping {

    static ReferralDocument toDocument(Referral referral, List<OutboxMessage> outbox) {
        Referrer referrer = referral.referrer();
        IdempotencyKey key = referral.idempotencyKey();
        return new ReferralDocument(
                referral.referralId(),
                null,
                referral.receivedAt(),
                referral.needIdentifiedAt(),
                referral.channel().name(),
                new ReferralDocument.ReferrerPart(referrer.name(), referrer.role(), referrer.agency(),
                        referrer.type().name(), referrer.phone(), referrer.email()),
                referral.source().code(),
                referral.pathway().name(),
                referral.urgency().name(),
                referral.children().stream().map(ReferralMapping::toPart).toList(),
                referral.familyId(),
                referral.concerns(),
                new ReferralDocument.ConsentPart(referral.consent().status().name(), referral.consent().reason()),
                referral.locality(),
                referral.createdBy(),
                referral.partnerId(),
                key == null ? null : new ReferralDocument.IdempotencyPart(referral.createdBy(), key.key(), key.requestHash()),
                referral.status().name(),
                referral.decision() == null ? null : toPart(referral.decision()),
                toPart(referral.withdrawal()),
                searchKeys(referral),
                List.of(),
                outbox);
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

    static ReferralDocument.DecisionPart toPart(TriageOutcome outcome) {
        return new ReferralDocument.DecisionPart(outcome.decisionId(), outcome.decidedAt(), outcome.level().number(),
                outcome.route().name(), outcome.earlyHelpOffered(), outcome.revised());
    }

    private static ReferralDocument.ChildPart toPart(ReferredChild child) {
        ChildDetails details = child.details();
        return new ReferralDocument.ChildPart(child.childId(), details.firstName(), details.lastName(),
                details.dateOfBirth().toString(), details.gender().name(),
                details.ethnicity() == null ? null : details.ethnicity().name(), details.disability());
    }

    static Referral toReferral(ReferralDocument document) {
        ReferralDocument.ReferrerPart referrer = document.referrer();
        ReferralDocument.IdempotencyPart key = document.idempotency();
        ReferralDocument.DecisionPart decision = document.decision();
        ReferralDocument.WithdrawalPart withdrawal = document.withdrawal();
        return new Referral(
                document.id(),
                document.receivedAt(),
                document.needIdentifiedAt(),
                Channel.valueOf(document.channel()),
                new Referrer(referrer.name(), referrer.role(), referrer.agency(),
                        ReferrerType.valueOf(referrer.referrerType()), referrer.phone(), referrer.email()),
                ReferralSource.ofCode(document.sourceCode()).orElseThrow(),
                Pathway.valueOf(document.pathway()),
                Urgency.valueOf(document.urgency()),
                document.children().stream()
                        .map(child -> new ReferredChild(child.childId(), new ChildDetails(child.firstName(),
                                child.lastName(), LocalDate.parse(child.dateOfBirth()), Gender.valueOf(child.gender()),
                                child.ethnicity() == null ? null : Ethnicity.valueOf(child.ethnicity()),
                                child.disability())))
                        .toList(),
                document.familyId(),
                document.concerns(),
                new Consent(ConsentStatus.valueOf(document.consent().status()), document.consent().reason()),
                document.locality(),
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
