package org.frontdoor.cases.earlyhelp.api;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.frontdoor.cases.access.api.SignedIn;
import org.frontdoor.cases.access.domain.BreakGlass;
import org.frontdoor.cases.earlyhelp.api.CaseWorkRequests.MemberRequest;
import org.frontdoor.cases.earlyhelp.api.CaseWorkRequests.OutcomeEvidenceRequest;
import org.frontdoor.cases.earlyhelp.api.CaseWorkRequests.ReviewRequest;
import org.frontdoor.cases.earlyhelp.api.CaseWorkRequests.StepUpRequest;
import org.frontdoor.cases.earlyhelp.api.CaseWorkRequests.ThemesRequest;
import org.frontdoor.cases.earlyhelp.api.CaseWorkRequests.WebstarRequest;
import org.frontdoor.cases.earlyhelp.api.CaseWorkViews.EvidenceView;
import org.frontdoor.cases.earlyhelp.api.CaseWorkViews.ReviewView;
import org.frontdoor.cases.earlyhelp.api.CaseWorkViews.ThemesView;
import org.frontdoor.cases.earlyhelp.api.CaseWorkViews.WebstarView;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.cases.earlyhelp.domain.OutcomeEvidence;
import org.frontdoor.cases.earlyhelp.domain.PlanReview;
import org.frontdoor.cases.earlyhelp.domain.ReadCases;
import org.frontdoor.cases.earlyhelp.domain.RecordCaseWork;
import org.frontdoor.cases.earlyhelp.domain.RequestKey;
import org.frontdoor.cases.earlyhelp.domain.WebstarAssessment;
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
 * The work on a case, by its lead professional or a triage manager: family members, Webstars, themes, outcome
 * evidence, plan reviews, step-up. Each change publishes its event through the case's outbox in the same write.
 * Creating requests accept an {@code Idempotency-Key}: a retry with the same key and body answers 201 with what was
 * first recorded; the same key with a different body is 409.
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
class CaseWorkController {

    private final RecordCaseWork work;
    private final ReadCases readCases;

    CaseWorkController(RecordCaseWork work, ReadCases readCases) {
        this.work = work;
        this.readCases = readCases;
    }

    @PostMapping("/members")
    CaseView addParent(@PathVariable @Size(max = 64) String caseId, @Valid @RequestBody MemberRequest request,
                       Authentication who) {
        return view(work.addParent(SignedIn.actor(who), caseId, request.personId()));
    }

    @PostMapping("/webstars")
    ResponseEntity<WebstarView> recordWebstar(@PathVariable @Size(max = 64) String caseId,
                                              @Valid @RequestBody WebstarRequest request,
                                              @RequestHeader(name = RequestKey.HEADER, required = false) String key,
                                              Authentication who) {
        RecordCaseWork.Recorded<WebstarAssessment> recorded = work.webstar(SignedIn.actor(who), caseId,
                new RecordCaseWork.NewWebstar(request.personId(), request.role(), request.type(),
                        request.assessedAt(), request.wholeScores()),
                IdempotencyKeys.requestKey(key, who.getName(), "/api/cases/" + caseId + "/webstars", request));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/webstars"))
                .body(WebstarView.of(caseId, recorded.record()));
    }

    @GetMapping("/webstars")
    List<WebstarView> webstars(@PathVariable @Size(max = 64) String caseId,
                               @RequestHeader(name = BreakGlass.HEADER, required = false) String breakGlassReason,
                               Authentication who) {
        return readCases.webstars(SignedIn.actor(who, breakGlassReason), caseId).stream()
                .map(w -> WebstarView.of(caseId, w)).toList();
    }

    @PostMapping("/themes")
    ThemesView identifyThemes(@PathVariable @Size(max = 64) String caseId, @Valid @RequestBody ThemesRequest request,
                              Authentication who) {
        EarlyHelpCase after = work.identifyThemes(SignedIn.actor(who), caseId, request.themes());
        return ThemesView.of(caseId, after.work().familyThemes().orElseThrow());
    }

    @PostMapping("/outcome-evidence")
    ResponseEntity<EvidenceView> evidenceOutcome(@PathVariable @Size(max = 64) String caseId,
                                                 @Valid @RequestBody OutcomeEvidenceRequest request,
                                                 @RequestHeader(name = RequestKey.HEADER, required = false) String key,
                                                 Authentication who) {
        RecordCaseWork.Recorded<OutcomeEvidence> recorded = work.evidenceOutcome(SignedIn.actor(who), caseId,
                request.theme(), request.sustainedFrom(), request.windowWeeks(),
                IdempotencyKeys.requestKey(key, who.getName(), "/api/cases/" + caseId + "/outcome-evidence", request));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId))
                .body(EvidenceView.of(caseId, recorded.record()));
    }

    @PostMapping("/reviews")
    ResponseEntity<ReviewView> reviewPlan(@PathVariable @Size(max = 64) String caseId,
                                          @Valid @RequestBody ReviewRequest request,
                                          @RequestHeader(name = RequestKey.HEADER, required = false) String key,
                                          Authentication who) {
        RecordCaseWork.Recorded<PlanReview> recorded = work.reviewPlan(SignedIn.actor(who), caseId,
                new RecordCaseWork.NewReview(request.reviewedAt(), request.nextReviewDue(), request.attendeeList(),
                        request.progressByGoal(), request.webstarList()),
                IdempotencyKeys.requestKey(key, who.getName(), "/api/cases/" + caseId + "/reviews", request));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId))
                .body(ReviewView.of(caseId, recorded.record()));
    }

    @PostMapping("/step-up")
    CaseView stepUp(@PathVariable @Size(max = 64) String caseId, @Valid @RequestBody StepUpRequest request,
                    Authentication who) {
        return view(work.stepUp(SignedIn.actor(who), caseId, request.childIds(), request.referralId(),
                request.judgement(), request.summary()));
    }

    private CaseView view(EarlyHelpCase theCase) {
        return CaseView.of(theCase, readCases.attentionOf(theCase));
    }
}
