package org.frontdoor.referral.audit.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.audit.domain.AuditReader;
import org.frontdoor.referral.audit.domain.AuditReport;
import org.frontdoor.referral.audit.domain.AuditReports;
import org.frontdoor.referral.access.api.SignedIn;
import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.serviceplatform.audit.AuditPageParameters;
import org.frontdoor.serviceplatform.audit.AuditReportParameters;
import org.springdoc.core.annotations.ParameterObject;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/referrals/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit", description = "Who read or changed children's records, when, and why for break glass")
@SecurityRequirement(name = "bearer")
class AuditController {

    private final AuditReports auditReports;

    AuditController(AuditReports auditReports) {
        this.auditReports = auditReports;
    }

    @Operation(summary = "The audit report (administrators)",
            description = "Newest first, at most 200 a page. Every filter optional. Reading it is itself audited"
                    + " (AUDIT_READ).")
    @GetMapping
    Page report(@ParameterObject @Valid AuditReportParameters query, Authentication authentication) {
        // service-platform's audit query: from/to ISO-8601 instants or dates (a date is the whole London day);
        // subject the token's sub; record a referral, child, adult or person index entry's id; page, size 1-200
        return Page.of(auditReports.report(query.since(), query.until(), query.subject(), query.record(),
                query.page(), query.size(), reader(authentication)));
    }

    @Operation(summary = "Administrators' break-glass reads of children's records (triage managers, administrators)",
            description = "Newest first, with the reason given. Reading it is itself audited (AUDIT_READ).")
    @GetMapping("/break-glass")
    Page breakGlass(@ParameterObject @Valid AuditPageParameters paging, Authentication authentication) {
        return Page.of(auditReports.breakGlassReads(paging.page(), paging.size(), reader(authentication)));
    }

    private static AuditReader reader(Authentication authentication) {
        Actor caller = SignedIn.of(authentication);
        return new AuditReader(caller.subject(), caller.roleNames());
    }

    record Page(List<EntryView> entries, int page, int size, long total) {

        static Page of(AuditReport.Page found) {
            return new Page(found.entries().stream().map(EntryView::of).toList(), found.page(), found.size(),
                    found.total());
        }
    }

    record EntryView(String who, List<String> roles, String action, String referralId, List<String> records,
                     List<String> fields, Integer results, String breakGlassReason, Instant when) {

        static EntryView of(AuditEntry entry) {
            return new EntryView(entry.who(), entry.roles(), entry.action().name(), entry.referralId(), entry.records(),
                    entry.fields(), entry.results(), entry.breakGlassReason(), entry.when());
        }
    }
}
