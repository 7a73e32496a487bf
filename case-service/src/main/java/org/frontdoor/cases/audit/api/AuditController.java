package org.frontdoor.cases.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.frontdoor.cases.access.api.SignedIn;
import org.frontdoor.cases.access.domain.Role;
import org.frontdoor.cases.audit.domain.AuditQuery;
import org.frontdoor.cases.audit.domain.InvalidAuditQuery;
import org.frontdoor.cases.audit.domain.ReadAudit;
import org.frontdoor.cases.audit.domain.ReadAuditTrail;
import org.frontdoor.serviceplatform.PlainText;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit of reads of children's records: the administrators' report, and the break-glass reads that managers
 * watch. Newest first, a page at a time; each look at the audit is itself recorded ({@code AUDIT_READ}).
 */
@RestController
@RequestMapping("/api/cases/audit")
class AuditController {

    private static final int SUBJECT_MAX_LENGTH = 200;
    /**
     * A record the audit names: a case id or a child id, both pseudonymous ids of the shape earlyhelp's
     * {@code LeadProfessional.ID_PATTERN} gives (the audit depends on no feature that records into it).
     */
    private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String RECORD_ID_RULE =
            "must be a pseudonymous id (1 to 64 letters, digits, '.', '_', ':' or '-')";

    private final ReadAuditTrail trail;

    AuditController(ReadAuditTrail trail) {
        this.trail = trail;
    }

    @Operation(summary = "Every read of a case or a child's case history (ADMIN)",
            description = "Who (token subject and roles), what (CASE_DETAIL, CASE_LIST, CHILD_CASE_HISTORY, "
                    + "CASE_WEBSTARS, AUDIT_READ), which case or child, when, and the break-glass reason if any.")
    @GetMapping
    AuditPage report(@Parameter(description = "from this date (UTC) or instant, inclusive")
                     @RequestParam(required = false) String from,
                     @Parameter(description = "before this date (UTC) or instant")
                     @RequestParam(required = false) String to,
                     @Parameter(description = "only this person's reads (token subject)")
                     @RequestParam(required = false) String subject,
                     @Parameter(description = "only reads of this case id or child id")
                     @RequestParam(required = false) String record,
                     @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "50") int size,
                     Authentication who) {
        if (subject != null && (subject.isEmpty() || subject.length() > SUBJECT_MAX_LENGTH
                || PlainText.hasControlCharacters(subject))) {
            throw new InvalidAuditQuery("subject", "must be a token subject: 1 to " + SUBJECT_MAX_LENGTH
                    + " characters of plain text");
        }
        if (record != null && !RECORD_ID.matcher(record).matches()) {
            throw new InvalidAuditQuery("record", RECORD_ID_RULE);
        }
        AuditQuery query = new AuditQuery(instant("from", from), instant("to", to), subject, record, false, page,
                size);
        return AuditPage.of(page, size, trail.report(SignedIn.actor(who), query));
    }

    @Operation(summary = "Reads allowed by break glass, with their reasons (TRIAGE_MANAGER, ADMIN)")
    @GetMapping("/break-glass")
    AuditPage breakGlass(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                         Authentication who) {
        return AuditPage.of(page, size, trail.breakGlassReads(SignedIn.actor(who), page, size));
    }

    /** A date is the start of that day in UTC; an instant is taken as it is. */
    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidAuditQuery(field, "must be a date (2026-04-01) or an instant (2026-04-01T09:00:00Z)");
        }
    }

    record AuditPage(int page, int size, List<AuditEntryView> entries) {
        static AuditPage of(int page, int size, List<ReadAudit.Entry> entries) {
            return new AuditPage(page, size, entries.stream().map(AuditEntryView::of).toList());
        }
    }

    /**
     * One read.
     *
     * @param action what was read: CASE_DETAIL, CASE_LIST, CHILD_CASE_HISTORY, CASE_WEBSTARS or AUDIT_READ
     */
    record AuditEntryView(String who, List<String> roles, String action, String caseId, String childId,
                          Instant when, String breakGlassReason) {
        static AuditEntryView of(ReadAudit.Entry e) {
            return new AuditEntryView(e.who(), e.roles().stream().map(Role::name).sorted().toList(), e.what(),
                    e.caseId(), e.childId(), e.when(), e.breakGlassReason());
        }
    }
}
