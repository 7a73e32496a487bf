package org.frontdoor.cases.audit.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.frontdoor.cases.access.api.SignedIn;
import org.frontdoor.cases.access.domain.Role;
import org.frontdoor.cases.audit.domain.AuditQuery;
import org.frontdoor.cases.audit.domain.ReadAudit;
import org.frontdoor.cases.audit.domain.ReadAuditTrail;
import org.frontdoor.serviceplatform.audit.AuditPageParameters;
import org.frontdoor.serviceplatform.audit.AuditReportParameters;
import org.springdoc.core.annotations.ParameterObject;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit of reads of children's records: the administrators' report, and the break-glass reads that managers
 * watch. Newest first, a page at a time; each look at the audit is itself recorded ({@code AUDIT_READ}).
 */
@RestController
@RequestMapping("/api/cases/audit")
class AuditController {

    private final ReadAuditTrail trail;

    AuditController(ReadAuditTrail trail) {
        this.trail = trail;
    }

    @Operation(summary = "Every read of a case or a child's case history (ADMIN)",
            description = "Who (token subject and roles), what (CASE_DETAIL, CASE_LIST, CHILD_CASE_HISTORY, "
                    + "CASE_WEBSTARS, CASE_PLAN, CASE_ATTENTION, CASELOAD, CASELOADS, CASE_LEAD_HISTORY, AUDIT_READ), which case or child, when, and the "
                    + "break-glass reason if any. "
                    + "Filters (service-platform's audit query, the same in every service): from (inclusive) and to "
                    + "(exclusive), each an ISO instant or a date (the whole London day); subject; record (a case id "
                    + "or a child id). Paged: page from 0, size 1 to 200 (default 50). Every invalid filter is named "
                    + "in one 400.")
    @GetMapping
    AuditPage report(@ParameterObject @Valid AuditReportParameters query, Authentication who) {
        AuditQuery audit = new AuditQuery(query.since(), query.until(), query.subject(), query.record(), false,
                query.page(), query.size());
        return AuditPage.of(query.page(), query.size(), trail.report(SignedIn.actor(who), audit));
    }

    @Operation(summary = "Reads allowed by break glass, with their reasons (TRIAGE_MANAGER, ADMIN)")
    @GetMapping("/break-glass")
    AuditPage breakGlass(@ParameterObject @Valid AuditPageParameters paging, Authentication who) {
        return AuditPage.of(paging.page(), paging.size(),
                trail.breakGlassReads(SignedIn.actor(who), paging.page(), paging.size()));
    }

    record AuditPage(int page, int size, List<AuditEntryView> entries) {
        static AuditPage of(int page, int size, List<ReadAudit.Entry> entries) {
            return new AuditPage(page, size, entries.stream().map(AuditEntryView::of).toList());
        }
    }

    /**
     * One read.
     *
     * @param action what was read: CASE_DETAIL, CASE_LIST, CHILD_CASE_HISTORY, CASE_WEBSTARS, CASE_PLAN, CASE_ATTENTION,
     *               CASELOAD, CASELOADS, CASE_LEAD_HISTORY or AUDIT_READ
     */
    record AuditEntryView(String who, List<String> roles, String action, String caseId, String childId,
                          Instant when, String breakGlassReason) {
        static AuditEntryView of(ReadAudit.Entry e) {
            return new AuditEntryView(e.who(), e.roles().stream().map(Role::name).sorted().toList(), e.what(),
                    e.caseId(), e.childId(), e.when(), e.breakGlassReason());
        }
    }
}
