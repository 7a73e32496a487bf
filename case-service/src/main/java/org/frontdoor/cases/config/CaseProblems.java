package org.frontdoor.cases.config;

import java.util.List;

import org.frontdoor.cases.access.domain.BreakGlass;
import org.frontdoor.cases.access.domain.BreakGlassRequired;
import org.frontdoor.cases.access.domain.NotPermitted;
import org.frontdoor.cases.audit.domain.InvalidAuditQuery;
import org.frontdoor.cases.earlyhelp.domain.CaseNotFound;
import org.frontdoor.cases.earlyhelp.domain.CaseStateConflict;
import org.frontdoor.cases.earlyhelp.domain.ConcurrentChange;
import org.frontdoor.cases.earlyhelp.domain.IdempotencyConflict;
import org.frontdoor.cases.earlyhelp.domain.InvalidCaseChange;
import org.frontdoor.cases.earlyhelp.domain.NotInPlan;
import org.frontdoor.cases.socialcare.domain.ConflictingFeed;
import org.frontdoor.serviceplatform.problems.FieldProblem;
import org.frontdoor.serviceplatform.problems.ProblemRegistry;
import org.frontdoor.serviceplatform.problems.ServiceProblems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * case-service's own exceptions and their answers. Everything else (bad JSON, validation, the firewall, the
 * catch-all 500, the body limit) is answered the same way in every service by service-platform's problem answers.
 * A detail is either fixed text or a domain message written for the caller, which names fields, codes and what the
 * case already holds, never a value the caller sent.
 */
@Component
class CaseProblems implements ServiceProblems {

    @Override
    public void register(ProblemRegistry problems) {
        problems.invalid(InvalidCaseChange.class, e -> e.problems().stream()
                .map(problem -> new FieldProblem(problem.field(), problem.message())).toList());
        problems.invalid(InvalidAuditQuery.class, e -> e.violations().stream()
                .map(violation -> new FieldProblem(violation.field(), violation.message())).toList());
        problems.invalid(BreakGlass.InvalidReason.class,
                e -> List.of(new FieldProblem(BreakGlass.HEADER, BreakGlass.RULE)));

        problems.map(CaseNotFound.class, HttpStatus.NOT_FOUND, "case-not-found", "Case not found")
                .detail("There is no early help case with this id");
        problems.map(NotInPlan.class, HttpStatus.NOT_FOUND, "not-in-plan", "Not in the family plan")
                .detail(NotInPlan::getMessage);
        problems.map(BreakGlassRequired.class, HttpStatus.FORBIDDEN, "break-glass-required", "Break glass required")
                .detail(BreakGlassRequired::getMessage)
                .property("header", e -> BreakGlass.HEADER);
        problems.map(NotPermitted.class, HttpStatus.FORBIDDEN, "forbidden", "Forbidden")
                .detail(NotPermitted::getMessage);

        problems.map(CaseStateConflict.class, HttpStatus.CONFLICT, "case-state-conflict",
                "Not possible in the case's present state").detail(CaseStateConflict::getMessage);
        problems.map(ConcurrentChange.class, HttpStatus.CONFLICT, "changed-meanwhile", "Case changed meanwhile")
                .detail(ConcurrentChange::getMessage);
        // Spring's OptimisticLockingFailureException is not mapped: the store turns it into ConcurrentChange, and
        // one that escaped would be a TransientDataAccessException, which service-platform answers 503 before this.
        problems.map(IdempotencyConflict.class, HttpStatus.CONFLICT, "idempotency-key-reused", "Idempotency-Key reused")
                .detail(IdempotencyConflict::getMessage);
        problems.map(ConflictingFeed.class, HttpStatus.CONFLICT, "conflicting-feed", "Contradicts what was recorded")
                .detail(ConflictingFeed::getMessage);
    }
}
