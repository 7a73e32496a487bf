package org.frontdoor.cases.earlyhelp.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.frontdoor.cases.access.api.SignedIn;
import org.frontdoor.cases.access.domain.Actor;
import org.frontdoor.cases.access.domain.BreakGlass;
import org.frontdoor.cases.earlyhelp.domain.AllocateLeadProfessional;
import org.frontdoor.cases.earlyhelp.domain.CaseListing;
import org.frontdoor.cases.earlyhelp.domain.CasesNeedingAttention;
import org.frontdoor.cases.earlyhelp.domain.CaseStatus;
import org.frontdoor.cases.earlyhelp.domain.CloseCase;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.cases.earlyhelp.domain.LeadProfessional;
import org.frontdoor.cases.earlyhelp.domain.ReadCases;
import org.frontdoor.cases.earlyhelp.domain.ReopenCase;
import org.frontdoor.cases.earlyhelp.domain.RequestKey;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Early help cases: read them (one, the list, a lead professional's caseload, the caseloads, the lead professional
 * history), allocate or reallocate a lead professional, close and reopen. Who may do what is in
 * {@link org.frontdoor.cases.earlyhelp.domain.CaseAccess}; every case read is audited. An administrator reads by
 * break glass only, with the reason in the {@code X-Break-Glass-Reason} header.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final ReadCases readCases;
    private final AllocateLeadProfessional allocation;
    private final CloseCase closing;
    private final ReopenCase reopening;

    CaseController(ReadCases readCases, AllocateLeadProfessional allocation, CloseCase closing, ReopenCase reopening) {
        this.readCases = readCases;
        this.allocation = allocation;
        this.closing = closing;
        this.reopening = reopening;
    }

    @GetMapping("/{caseId}")
    CaseView one(@PathVariable @Size(max = 64) String caseId,
                 @RequestHeader(name = BreakGlass.HEADER, required = false) String breakGlassReason,
                 Authentication who) {
        return view(readCases.one(SignedIn.actor(who, breakGlassReason), caseId));
    }

    /**
     * The open cases needing a manager's attention: drifting (open too long, or reviewed too many times) or with
     * their review overdue, longest open first. {@code drifting} / {@code reviewOverdue} narrow the list to cases
     * that are (true) or are not (false) so; left out, either. Each case listed is audited.
     */
    @GetMapping("/attention")
    List<AttentionSummary> attention(@RequestParam(required = false) Boolean drifting,
                                     @RequestParam(required = false) Boolean reviewOverdue,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(CaseListing.MAX_SIZE) int size,
                                     @RequestHeader(name = BreakGlass.HEADER, required = false)
                                     String breakGlassReason,
                                     Authentication who) {
        return readCases.needingAttention(SignedIn.actor(who, breakGlassReason),
                new CasesNeedingAttention.Filter(drifting, reviewOverdue), page, size).stream()
                .map(AttentionSummary::of).toList();
    }

    /**
     * The case list (a practitioner's: the cases they lead and the unallocated ones), newest first, each with its next
     * review date, whether that is overdue, its overdue actions and whether it is drifting. With {@code mine=true}
     * only the cases the caller leads ("my cases"); with {@code unallocated=true} only the cases nobody leads yet,
     * longest waiting first, each with its {@code waitingDays}. Each case listed is audited.
     */
    @GetMapping
    List<CaseSummary> list(@RequestParam(required = false) CaseStatus status,
                           @RequestParam(defaultValue = "false") boolean mine,
                           @RequestParam(defaultValue = "false") boolean unallocated,
                           @RequestParam(defaultValue = "0") @Min(0) int page,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(CaseListing.MAX_SIZE) int size,
                           @RequestHeader(name = BreakGlass.HEADER, required = false) String breakGlassReason,
                           Authentication who) {
        return summaries(readCases.list(SignedIn.actor(who, breakGlassReason), status, mine, unallocated, page,
                size));
    }

    /**
     * Each lead professional's caseload (open cases, reviews overdue, drifting, overdue actions) and the unallocated
     * cases (how many, the longest wait): counts only, for triage managers. The read is audited (no case named).
     */
    @GetMapping("/caseloads")
    CaseloadsView caseloads(@RequestHeader(name = BreakGlass.HEADER, required = false) String breakGlassReason,
                            Authentication who) {
        return CaseloadsView.of(readCases.caseloads(SignedIn.actor(who, breakGlassReason)));
    }

    /**
     * One lead professional's open cases, newest first, each with its next review date, whether that is overdue,
     * its overdue actions and whether it is drifting (the rows of the case list), for triage managers. Each case
     * listed is audited.
     */
    @GetMapping("/caseloads/{leadProfessionalId}")
    List<CaseSummary> caseload(@PathVariable @Size(max = 64) String leadProfessionalId,
                               @RequestParam(defaultValue = "0") @Min(0) int page,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(CaseListing.MAX_SIZE) int size,
                               @RequestHeader(name = BreakGlass.HEADER, required = false) String breakGlassReason,
                               Authentication who) {
        return summaries(readCases.caseload(SignedIn.actor(who, breakGlassReason), leadProfessionalId, page, size));
    }

    /**
     * Every lead professional the case has had, oldest first: from and to, who allocated them, the handover note.
     * Read as the case is; audited.
     */
    @GetMapping("/{caseId}/lead-professionals")
    List<CaseView.LeadProfessionalSpellView> leadProfessionals(
            @PathVariable @Size(max = 64) String caseId,
            @RequestHeader(name = BreakGlass.HEADER, required = false) String breakGlassReason,
            Authentication who) {
        return readCases.leadProfessionalHistory(SignedIn.actor(who, breakGlassReason), caseId).stream()
                .map(CaseView.LeadProfessionalSpellView::of).toList();
    }

    private List<CaseSummary> summaries(List<EarlyHelpCase> cases) {
        LocalDate today = readCases.today();
        return cases.stream().map(c -> CaseSummary.of(c, readCases.attentionOf(c), today)).toList();
    }

    @GetMapping("/history")
    List<ChildCaseHistoryEntry> history(@RequestParam @NotNull @Pattern(regexp = LeadProfessional.ID_PATTERN,
                                                message = CaseWorkRequests.ID_RULE) String childId,
                                        @RequestHeader(name = BreakGlass.HEADER, required = false)
                                        String breakGlassReason,
                                        Authentication who) {
        return readCases.historyOfChild(SignedIn.actor(who, breakGlassReason), childId).stream()
                .map(ChildCaseHistoryEntry::of).toList();
    }

    /**
     * Allocates the lead professional: a practitioner takes an unallocated case for themselves; a triage manager
     * allocates any open case, or reallocates one led by someone else with a {@code handoverNote} (required then; 400
     * without). Publishes {@code LeadProfessionalAllocated} (with {@code previousLeadProfessionalId} on a
     * reallocation; never the note). With an {@code Idempotency-Key}, a retry answers with the case as it is and
     * changes nothing; the same key with a different body is 409.
     */
    @PostMapping("/{caseId}/lead-professional")
    CaseView allocate(@PathVariable @Size(max = 64) String caseId, @Valid @RequestBody AllocationRequest request,
                      @RequestHeader(name = RequestKey.HEADER, required = false) String key,
                      Authentication who) {
        return view(allocation.allocate(actor(who), caseId, request.leadProfessionalId(), request.agency(),
                request.handoverNote(), IdempotencyKeys.requestKey(key, who.getName(),
                        "/api/cases/" + caseId + "/lead-professional", request)));
    }

    @PostMapping("/{caseId}/closure")
    CaseView close(@PathVariable @Size(max = 64) String caseId, @Valid @RequestBody ClosureRequest request,
                   Authentication who) {
        return view(closing.close(actor(who), caseId, request.reason(), request.judgement(),
                request.summary()));
    }

    @PostMapping("/{caseId}/reopening")
    CaseView reopen(@PathVariable @Size(max = 64) String caseId, Authentication who) {
        return view(reopening.reopen(actor(who), caseId));
    }

    private CaseView view(EarlyHelpCase theCase) {
        return CaseView.of(theCase, readCases.attentionOf(theCase));
    }

    private static Actor actor(Authentication who) {
        return SignedIn.actor(who);
    }
}
