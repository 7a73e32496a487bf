package org.frontdoor.triage.config;

import java.util.List;

import org.frontdoor.serviceplatform.problems.FieldProblem;
import org.frontdoor.serviceplatform.problems.ProblemRegistry;
import org.frontdoor.serviceplatform.problems.ServiceProblems;
import org.frontdoor.triage.audit.domain.InvalidAuditQuery;
import org.frontdoor.triage.decision.domain.ConsentDoesNotAllowRoute;
import org.frontdoor.triage.decision.domain.InvalidDecision;
import org.frontdoor.triage.decision.domain.RouteNotAllowedAtLevel;
import org.frontdoor.triage.decision.domain.ThresholdLevel;
import org.frontdoor.triage.domain.InvalidField;
import org.frontdoor.triage.letters.domain.LetterNotFound;
import org.frontdoor.triage.queue.domain.ConcurrentChange;
import org.frontdoor.triage.queue.domain.InvalidQueueFilter;
import org.frontdoor.triage.queue.domain.ManagerDecisionRequired;
import org.frontdoor.triage.queue.domain.NotYourClaim;
import org.frontdoor.triage.queue.domain.ProposalNotFound;
import org.frontdoor.triage.queue.domain.ReferralNotInTriage;
import org.frontdoor.triage.queue.domain.TriageConflict;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * triage-service's own exceptions and their answers. Everything else (bad JSON, validation, the catch-all, the body
 * limit) is answered the same way in every service by service-platform's problem answers. No detail quotes what the
 * caller sent (a referral, proposal or decision id, an Idempotency-Key, free text): the domain's messages may, so
 * they are not used where they do; a code the caller chose from a closed list (a route, a level) may be named.
 */
@Component
class TriageProblems implements ServiceProblems {

    @Override
    public void register(ProblemRegistry problems) {
        problems.invalid(InvalidDecision.class, e -> answered(e.problems()))
                .detail("The decision is not complete or uses unknown codes");
        problems.invalid(InvalidQueueFilter.class, e -> answered(e.problems()))
                .detail("The queue filter is not valid");
        problems.invalid(InvalidAuditQuery.class, e -> answered(e.problems()))
                .detail("The audit query is not valid");
        problems.map(RouteNotAllowedAtLevel.class, HttpStatus.UNPROCESSABLE_CONTENT, "route-not-allowed-at-level",
                        "Route not allowed at this threshold level")
                .detail(RouteNotAllowedAtLevel::getMessage)
                .property("level", e -> e.level().number())
                .property("route", e -> e.route().name())
                .property("allowedLevels", e -> e.route().allowedLevels().stream().map(ThresholdLevel::number)
                        .sorted().toList());
        problems.map(ConsentDoesNotAllowRoute.class, HttpStatus.UNPROCESSABLE_CONTENT, "consent-does-not-allow-route",
                        "Consent does not allow this route")
                .detail(e -> "The referral " + e.why())
                .property("consent", e -> e.consent().name())
                .property("route", e -> e.route().name());

        problems.map(NotYourClaim.class, HttpStatus.FORBIDDEN, "not-your-claim", "Not your claim")
                .detail("The referral is claimed by another worker; only they or a triage manager can release it");
        problems.map(ManagerDecisionRequired.class, HttpStatus.FORBIDDEN, "triage-manager-required",
                        "Triage manager required")
                .detail(ManagerDecisionRequired::getMessage);

        problems.map(ReferralNotInTriage.class, HttpStatus.NOT_FOUND, "referral-not-in-triage", "Referral not in triage")
                .detail("No referral with this id has reached triage");
        problems.map(TriageConflict.class, HttpStatus.CONFLICT, "triage-conflict",
                        "The referral is not in a state that allows this")
                .detail(e -> explain(e.reason()))
                .property("reason", e -> e.reason().name());
        problems.map(ProposalNotFound.class, HttpStatus.NOT_FOUND, "proposal-not-found", "No such proposal")
                .detail(e -> explain(e.reason()))
                .property("reason", e -> e.reason().name());
        problems.map(ConcurrentChange.class, HttpStatus.CONFLICT, "changed-meanwhile", "Changed at the same time")
                .detail("The referral changed while it was being updated; nothing was recorded. Read it again and retry");

        problems.map(LetterNotFound.class, HttpStatus.NOT_FOUND, "letter-not-found", "Outcome letter not found")
                .detail("There is no such letter or referral that you may see");
    }

    /** The domain's invalid fields, in the problem's {@code errors} list. */
    private static List<FieldProblem> answered(List<InvalidField> invalid) {
        return invalid.stream().map(field -> new FieldProblem(field.field(), field.message())).toList();
    }

    /** What the conflict means for the caller, in words that name no id the caller sent. */
    static String explain(TriageConflict.Reason reason) {
        return switch (reason) {
            case ALREADY_DECIDED -> "The referral has already been decided; a referral is decided once "
                    + "(revisions are explicit)";
            case WITHDRAWN -> "The referral was withdrawn and is no longer in the triage queue";
            case CLAIMED_BY_ANOTHER -> "The referral is claimed by another worker; only they or a triage manager "
                    + "can act on it";
            case NOT_DECIDED -> "The referral has no decision to revise";
            case NOT_THE_CURRENT_DECISION -> "The decision to revise is not the referral's current decision: it was "
                    + "revised since. Read the record again";
            case IDEMPOTENCY_KEY_REUSED -> "This Idempotency-Key was already used for a different request on this "
                    + "referral";
            case NOT_CLAIMED -> "The referral is not claimed by anyone; there is nothing to release";
            case LINKED -> "The referral is a further contact shown and decided with another referral";
            case PROPOSAL_AWAITING_APPROVAL -> "The referral has a level-4 proposal awaiting approval; a triage "
                    + "manager approves or returns it first";
            case PROPOSAL_NOT_AWAITING_APPROVAL -> "The proposal was already approved or returned";
            case NO_SUCH_PROPOSAL -> "The referral has no proposal with this id";
        };
    }
}
