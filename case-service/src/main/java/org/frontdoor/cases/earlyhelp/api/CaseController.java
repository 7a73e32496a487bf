package org.frontdoor.cases.earlyhelp.api;

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
 * Early help cases: read them, allocate a lead professional, close and reopen. Who may do what is in
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

    @GetMapping
    List<CaseSummary> list(@RequestParam(required = false) CaseStatus status,
                           @RequestParam(defaultValue = "0") @Min(0) int page,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(CaseListing.MAX_SIZE) int size,
                           @RequestHeader(name = BreakGlass.HEADER, required = false) String breakGlassReason,
                           Authentication who) {
        return readCases.list(SignedIn.actor(who, breakGlassReason), status, page, size).stream()
                .map(CaseSummary::of).toList();
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

    @PostMapping("/{caseId}/lead-professional")
    CaseView allocate(@PathVariable @Size(max = 64) String caseId, @Valid @RequestBody AllocationRequest request,
                      Authentication who) {
        return view(allocation.allocate(actor(who), caseId, request.leadProfessionalId(), request.agency()));
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
