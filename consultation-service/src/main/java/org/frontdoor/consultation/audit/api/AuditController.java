package org.frontdoor.consultation.audit.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.frontdoor.consultation.access.api.SignedIn;
import org.frontdoor.consultation.audit.domain.AuditEntry;
import org.frontdoor.consultation.audit.domain.AuditPage;
import org.frontdoor.consultation.audit.domain.AuditQuery;
import org.frontdoor.consultation.audit.domain.AuditReports;
import org.frontdoor.serviceplatform.audit.AuditPageParameters;
import org.frontdoor.serviceplatform.audit.AuditReportParameters;
import org.springdoc.core.annotations.ParameterObject;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The read audit trail: the full report for administrators, the break-glass reads for managers too. */
@RestController
@RequestMapping("/api/consultations/audit")
class AuditController {

    private final AuditReports reports;

    AuditController(AuditReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "Who read which consultation, newest first (ADMIN; this read is audited too)",
            description = "Each entry: who (token subject), roles, action (CONSULTATION_READ, AUDIT_READ, "
                    + "BREAK_GLASS_AUDIT_READ), recordId, childId, when, breakGlassReason. Filters (service-platform's "
                    + "audit query, the same in every service): from (inclusive) and to (exclusive), each an ISO "
                    + "instant or a date (the whole London day); subject; record (a consultation id or a child id). "
                    + "Paged: page from 0, size 1 to 200 (default 50). Every invalid filter is named in one 400.")
    @GetMapping
    AuditPageView report(@ParameterObject @Valid AuditReportParameters query, Authentication authentication) {
        return AuditPageView.of(reports.report(SignedIn.of(authentication), new AuditQuery(query.since(),
                query.until(), query.subject(), query.record(), query.page(), query.size())));
    }

    @Operation(summary = "Administrators' break-glass reads of consultations, newest first (TRIAGE_MANAGER, ADMIN)",
            description = "Who read which consultation of which child, when, and the reason they gave. Paged as the "
                    + "audit report. This read is audited too.")
    @GetMapping("/break-glass")
    AuditPageView breakGlass(@ParameterObject @Valid AuditPageParameters paging, Authentication authentication) {
        return AuditPageView.of(reports.breakGlassReads(SignedIn.of(authentication), paging.page(), paging.size()));
    }

    record AuditPageView(List<EntryView> entries, int page, int size, long totalEntries) {

        static AuditPageView of(AuditPage page) {
            return new AuditPageView(page.entries().stream().map(EntryView::of).toList(), page.page(), page.size(),
                    page.totalEntries());
        }
    }

    record EntryView(String who, List<String> roles, String action, String recordId, String childId, Instant when,
                     String breakGlassReason) {

        static EntryView of(AuditEntry entry) {
            return new EntryView(entry.who(), entry.roles(), entry.action().name(), entry.recordId(), entry.childId(),
                    entry.when(), entry.breakGlassReason());
        }
    }
}
