package org.frontdoor.referral.audit.domain;


import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.frontdoor.serviceplatform.PlainText;

/**
 * Reading the audit trail: the administrators' report (who accessed which record, when, why) and the managers' view
 * of break-glass reads. Reading the audit is itself written to the audit trail ({@link AuditAction#AUDIT_READ}), so
 * nobody looks at who looked without leaving a trace.
 */
public final class AuditReports {

    /** As every service's audit query (service-platform's {@code AuditPageParameters}). */
    public static final int MAX_PAGE_SIZE = 200;
    static final int MAX_FILTER_LENGTH = 255;

    private final AuditReport report;
    private final AuditTrail trail;
    private final Clock clock;

    public AuditReports(AuditReport report, AuditTrail trail, Clock clock) {
        this.report = Objects.requireNonNull(report);
        this.trail = Objects.requireNonNull(trail);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * The administrators' report, newest first.
     *
     * @param since   the start of the period (inclusive), or {@code null}
     * @param until   the end of the period (exclusive), or {@code null}
     * @param subject a {@code sub}, or {@code null}
     * @param record  a record id, or {@code null}
     * @throws AuditProblem.NotPermitted unless the reader is an administrator
     * @throws AuditProblem.InvalidQuery when a filter or the page is malformed
     */
    public AuditReport.Page report(Instant since, Instant until, String subject, String record, int page, int size,
                                   AuditReader reader) {
        if (!reader.has("ADMIN")) {
            throw new AuditProblem.NotPermitted("Only administrators read the audit report");
        }
        List<AuditProblem.InvalidQuery.Violation> violations = new ArrayList<>();
        if (since != null && until != null && !since.isBefore(until)) {
            violations.add(new AuditProblem.InvalidQuery.Violation("to", "must be after from"));
        }
        String who = text("subject", subject, violations);
        String which = text("record", record, violations);
        pageAndSize(page, size, violations);
        if (!violations.isEmpty()) {
            throw new AuditProblem.InvalidQuery(violations);
        }
        AuditQuery query = new AuditQuery(since, until, who, which);
        AuditReport.Page found = report.find(query, page, size);
        trail.append(new AuditEntry(reader.subject(), reader.roles(), AuditAction.AUDIT_READ, null, clock.instant(),
                query.kinds(), found.entries().size(), which == null ? List.of() : List.of(which), null));
        return found;
    }

    /**
     * The reads administrators made by break glass, newest first, for triage managers (and administrators) to see.
     *
     * @throws AuditProblem.NotPermitted unless the reader is a triage manager or an administrator
     */
    public AuditReport.Page breakGlassReads(int page, int size, AuditReader reader) {
        if (!reader.has("TRIAGE_MANAGER") && !reader.has("ADMIN")) {
            throw new AuditProblem.NotPermitted("Only triage managers and administrators see the break-glass reads");
        }
        List<AuditProblem.InvalidQuery.Violation> violations = new ArrayList<>();
        pageAndSize(page, size, violations);
        if (!violations.isEmpty()) {
            throw new AuditProblem.InvalidQuery(violations);
        }
        AuditReport.Page found = report.breakGlassReads(page, size);
        trail.append(new AuditEntry(reader.subject(), reader.roles(), AuditAction.AUDIT_READ, null, clock.instant(),
                List.of("breakGlass"), found.entries().size()));
        return found;
    }

    private static String text(String field, String value, List<AuditProblem.InvalidQuery.Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (PlainText.hasControlCharacters(value)) {
            violations.add(new AuditProblem.InvalidQuery.Violation(field, "must not contain control characters"));
            return null;
        }
        if (value.length() > MAX_FILTER_LENGTH) {
            violations.add(new AuditProblem.InvalidQuery.Violation(field,
                    "must be at most " + MAX_FILTER_LENGTH + " characters"));
            return null;
        }
        return value.strip();
    }

    private static void pageAndSize(int page, int size, List<AuditProblem.InvalidQuery.Violation> violations) {
        if (page < 0) {
            violations.add(new AuditProblem.InvalidQuery.Violation("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add(new AuditProblem.InvalidQuery.Violation("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
    }
}
