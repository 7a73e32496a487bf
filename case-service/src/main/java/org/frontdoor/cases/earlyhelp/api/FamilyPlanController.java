package org.frontdoor.cases.earlyhelp.api;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.frontdoor.cases.access.api.SignedIn;
import org.frontdoor.cases.access.domain.BreakGlass;
import org.frontdoor.cases.earlyhelp.api.CaseWorkRequests.ActionUpdateRequest;
import org.frontdoor.cases.earlyhelp.api.CaseWorkRequests.PlanRequest;
import org.frontdoor.cases.earlyhelp.api.CaseWorkViews.ActionUpdateView;
import org.frontdoor.cases.earlyhelp.api.CaseWorkViews.PlanVersionSummary;
import org.frontdoor.cases.earlyhelp.api.CaseWorkViews.PlanView;
import org.frontdoor.cases.earlyhelp.domain.ActionUpdate;
import org.frontdoor.cases.earlyhelp.domain.PlanVersion;
import org.frontdoor.cases.earlyhelp.domain.ReadCases;
import org.frontdoor.cases.earlyhelp.domain.RecordCaseWork;
import org.frontdoor.cases.earlyhelp.domain.RequestKey;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The family plan of a case: agreed (and re-agreed) by its lead professional or a triage manager, read as the case
 * is read (every read audited as {@code CASE_PLAN}). Agreeing a plan makes a new version and publishes
 * {@code FamilyPlanAgreed}; the earlier versions stay readable. Reassigning an action or moving its status on updates
 * the current version (no re-agreement, no event). Writes accept an {@code Idempotency-Key}: the same key and body
 * answer 201 with what was first recorded; the same key with a different body is 409.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/plan")
class FamilyPlanController {

    private final RecordCaseWork work;
    private final ReadCases readCases;

    FamilyPlanController(RecordCaseWork work, ReadCases readCases) {
        this.work = work;
        this.readCases = readCases;
    }

    @PostMapping
    ResponseEntity<PlanView> agree(@PathVariable @Size(max = 64) String caseId,
                                   @Valid @RequestBody PlanRequest request,
                                   @RequestHeader(name = RequestKey.HEADER, required = false) String key,
                                   Authentication who) {
        RecordCaseWork.Recorded<PlanVersion> recorded = work.agreePlan(SignedIn.actor(who), caseId,
                request.newGoals(), request.familyView(),
                IdempotencyKeys.requestKey(key, who.getName(), "/api/cases/" + caseId + "/plan", request));
        PlanVersion plan = recorded.record();
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/plan/versions/" + plan.version()))
                .body(PlanView.of(caseId, plan, List.of()));
    }

    @GetMapping
    PlanView current(@PathVariable @Size(max = 64) String caseId,
                     @RequestHeader(name = BreakGlass.HEADER, required = false) String breakGlassReason,
                     Authentication who) {
        ReadCases.PlanRead read = readCases.plan(SignedIn.actor(who, breakGlassReason), caseId);
        return PlanView.of(caseId, read.plan(), read.actionUpdates());
    }

    @GetMapping("/versions")
    List<PlanVersionSummary> versions(@PathVariable @Size(max = 64) String caseId,
                                      @RequestHeader(name = BreakGlass.HEADER, required = false)
                                      String breakGlassReason,
                                      Authentication who) {
        return readCases.planVersions(SignedIn.actor(who, breakGlassReason), caseId).stream()
                .map(PlanVersionSummary::of).toList();
    }

    /** @param version 1, 2, ... (read as text: checked once the case may be read) */
    @GetMapping("/versions/{version}")
    PlanView version(@PathVariable @Size(max = 64) String caseId,
                     @PathVariable @Size(max = 64) String version,
                     @RequestHeader(name = BreakGlass.HEADER, required = false) String breakGlassReason,
                     Authentication who) {
        ReadCases.PlanRead read = readCases.planVersion(SignedIn.actor(who, breakGlassReason), caseId, version);
        return PlanView.of(caseId, read.plan(), read.actionUpdates());
    }

    @PostMapping("/actions/{actionId}/updates")
    ResponseEntity<ActionUpdateView> updateAction(@PathVariable @Size(max = 64) String caseId,
                                                  @PathVariable @Size(max = 64) String actionId,
                                                  @Valid @RequestBody ActionUpdateRequest request,
                                                  @RequestHeader(name = RequestKey.HEADER, required = false)
                                                  String key,
                                                  Authentication who) {
        String path = "/api/cases/" + caseId + "/plan/actions/" + actionId + "/updates";
        RecordCaseWork.Recorded<ActionUpdate> recorded = work.updateAction(SignedIn.actor(who), caseId, actionId,
                request.owner() == null ? null : request.owner().owner(), request.status(),
                IdempotencyKeys.requestKey(key, who.getName(), path, request));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/plan"))
                .body(ActionUpdateView.of(caseId, recorded.record()));
    }
}
