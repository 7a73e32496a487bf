package org.frontdoor.referral.config;

import java.util.List;
import java.util.Locale;

import org.frontdoor.referral.audit.domain.AuditProblem;
import org.frontdoor.referral.access.domain.BreakGlass;
import org.frontdoor.referral.access.domain.NotPermitted;
import org.frontdoor.referral.intake.domain.ConcurrentChange;
import org.frontdoor.referral.intake.domain.IdempotencyConflict;
import org.frontdoor.referral.intake.domain.InvalidSearch;
import org.frontdoor.referral.intake.domain.ReferralNotFound;
import org.frontdoor.referral.intake.domain.ReferralNotOpen;
import org.frontdoor.referral.intake.domain.ReferralRejected;
import org.frontdoor.referral.intake.domain.RuleViolation;
import org.frontdoor.referral.personindex.domain.InvalidMatchList;
import org.frontdoor.referral.personindex.domain.PossibleMatches;
import org.frontdoor.serviceplatform.problems.FieldProblem;
import org.frontdoor.serviceplatform.problems.ProblemRegistry;
import org.frontdoor.serviceplatform.problems.ServiceProblems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * referral-service's own exceptions and their answers. Everything else (bad JSON, validation, the catch-all, the
 * body limit) is answered the same way in every service by service-platform's problem answers.
 */
@Component
class ReferralProblems implements ServiceProblems {

    @Override
    public void register(ProblemRegistry problems) {
        problems.invalid(ReferralRejected.class, e -> fieldProblems(e.violations()))
                .detail(e -> "The referral breaks " + e.violations().size() + " front door rule(s)");
        problems.invalid(InvalidSearch.class, e -> fieldProblems(e.violations()))
                .detail(e -> "The search criteria have " + e.violations().size() + " problem(s)");
        problems.invalid(InvalidMatchList.class, e -> e.problems().stream()
                        .map(problem -> new FieldProblem(problem.parameter(), problem.message())).toList())
                .detail(e -> "The search criteria have " + e.problems().size() + " problem(s)");
        problems.invalid(AuditProblem.InvalidQuery.class, e -> e.violations().stream()
                        .map(violation -> new FieldProblem(violation.field(), violation.message())).toList())
                .detail(e -> "The audit query has " + e.violations().size() + " problem(s)");
        problems.invalid(BreakGlass.InvalidReason.class, e -> List.of(new FieldProblem(BreakGlass.HEADER, e.problem())))
                .detail("The " + BreakGlass.HEADER + " header is not a usable reason");

        problems.map(ReferralNotFound.class, HttpStatus.NOT_FOUND, "referral-not-found", "Referral not found")
                .detail("There is no referral with this id that you may see");
        problems.map(ReferralNotOpen.class, HttpStatus.CONFLICT, "referral-not-open", "Referral no longer open")
                .detail(e -> "The referral is " + e.status()
                        + ": only a referral awaiting a decision can be amended or withdrawn")
                .property("referralStatus", e -> e.status().name());
        problems.map(ConcurrentChange.class, HttpStatus.CONFLICT, "changed-meanwhile", "Referral changed meanwhile")
                .detail("Someone else changed the referral while you did; nothing was recorded. Read it again and retry");
        problems.map(IdempotencyConflict.class, HttpStatus.CONFLICT, "idempotency-key-reused", "Idempotency-Key reused")
                .detail(IdempotencyConflict::getMessage);

        problems.map(PossibleMatches.PossibleMatchNotFound.class, HttpStatus.NOT_FOUND, "possible-match-not-found",
                "Possible match not found").detail("There is no possible match with this id");
        problems.map(PossibleMatches.PossibleMatchDecided.class, HttpStatus.CONFLICT, "possible-match-decided",
                        "Possible match already decided")
                .detail(e -> "This possible match has already been " + e.status().name().toLowerCase(Locale.ROOT))
                .property("matchStatus", e -> e.status().name());

        problems.map(BreakGlass.Required.class, HttpStatus.FORBIDDEN, "break-glass-required", "Break glass required")
                .detail(BreakGlass.Required::getMessage)
                .property("header", e -> BreakGlass.HEADER);
        problems.map(AuditProblem.NotPermitted.class, HttpStatus.FORBIDDEN, "forbidden", "Forbidden")
                .detail(AuditProblem.NotPermitted::getMessage);
        problems.map(NotPermitted.class, HttpStatus.FORBIDDEN, "forbidden", "Forbidden")
                .detail(NotPermitted::getMessage);
    }

    private static List<FieldProblem> fieldProblems(List<RuleViolation> violations) {
        return violations.stream().map(violation -> new FieldProblem(violation.field(), violation.message())).toList();
    }
}
