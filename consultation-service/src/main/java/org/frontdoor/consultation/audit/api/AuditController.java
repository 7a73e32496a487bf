package org.frontdoor.consultation.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.frontdoor.consultation.access.api.SignedIn;
import org.frontdoor.consultation.audit.domain.AuditEntry;
import org.frontdoor.consultation.audit.domain.AuditPage;
import org.frontdoor.consultation.audit.domain.AuditQuery;
import org.frontdoor.consultation.audit.domain.AuditReports;
import org.frontdoor.consultation.audit.domain.InvalidAuditQuery;
import org.frontdoor.serviceplatform.PlainText;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read audit trail: the full report for administrators, the break-glass reads for managers too. */
@RestController
@RequestMapping("/api/consultations/audit")
class AuditController {

    static final int DEFAULT_SIZE = 50;
    private static final int MAX_TEXT = 200;
    /**
     * A record the audit names: a consultation id or a child id, pseudonymous ids of the shape booking's
     * {@code BookConsultationRequest.PSEUDONYMOUS_ID} gives (the audit depends on no feature that records into it).
     */
    private static final String RECORD_ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
    private static final String RECORD_ID_MESSAGE =
            "must be a pseudonymous id: 1 to 64 letters, digits, '.', '_', ':' or '-'";

    private final AuditReports reports;

    AuditController(AuditReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "Who read which consultation, newest first (ADMIN; this read is audited too)",
            description = "Each entry: who (token subject), roles, action (CONSULTATION_READ, AUDIT_READ, "
                    + "BREAK_GLASS_AUDIT_READ), recordId, childId, when, breakGlassReason. Filters: from (inclusive) "
                    + "and to (exclusive), each an ISO instant or a date (UTC midnight); subject; record (a "
                    + "consultation id or a child id). Paged: page from 0, size 1 to 200 (default 50).")
    @GetMapping
    AuditPageView report(
            @Parameter(description = "from this instant or date (inclusive)") @RequestParam(required = false) String from,
            @Parameter(description = "before this instant or date (exclusive)") @RequestParam(required = false) String to,
            @Parameter(description = "the reader's token subject") @RequestParam(required = false) String subject,
            @Parameter(description = "a consultation id or a child id") @RequestParam(required = false) String record,
            @Parameter(description = "page, from 0") @RequestParam(required = false) String page,
            @Parameter(description = "entries per page, 1 to 200") @RequestParam(required = false) String size,
            Authentication authentication) {
        AuditQuery query = new AuditQuery(instant("from", from), instant("to", to), text("subject", subject),
                record("record", record), number("page", page, 0), number("size", size, DEFAULT_SIZE));
        return AuditPageView.of(reports.report(SignedIn.of(authentication), query));
    }

    @Operation(summary = "Administrators' break-glass reads of consultations, newest first (TRIAGE_MANAGER, ADMIN)",
            description = "Who read which consultation of which child, when, and the reason they gave. Paged as the "
                    + "audit report. This read is audited too.")
    @GetMapping("/break-glass")
    AuditPageView breakGlass(
            @Parameter(description = "page, from 0") @RequestParam(required = false) String page,
            @Parameter(description = "entries per page, 1 to 200") @RequestParam(required = false) String size,
            Authentication authentication) {
        return AuditPageView.of(reports.breakGlassReads(SignedIn.of(authentication), number("page", page, 0),
                number("size", size, DEFAULT_SIZE)));
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidAuditQuery(field, "must be an ISO instant (2026-11-20T09:15:00Z) or a date (2026-11-20)");
        }
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT || PlainText.hasControlCharacters(value)) {
            throw new InvalidAuditQuery(field, "must be at most " + MAX_TEXT + " characters of plain text");
        }
        return value;
    }

    private static String record(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches(RECORD_ID)) {
            throw new InvalidAuditQuery(field, RECORD_ID_MESSAGE);
        }
        return value;
    }

    private static int number(String field, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidAuditQuery(field, "must be a whole number");
        }
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
