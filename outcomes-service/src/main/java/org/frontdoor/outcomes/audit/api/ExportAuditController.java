package org.frontdoor.outcomes.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.frontdoor.outcomes.api.InvalidRequestException;
import org.frontdoor.outcomes.audit.domain.ExportAudit;
import org.frontdoor.outcomes.audit.domain.ExportRecord;
import org.frontdoor.serviceplatform.problems.FieldProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/outcomes/exports")
class ExportAuditController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final ExportAudit audit;

    ExportAuditController(ExportAudit audit) {
        this.audit = audit;
    }

    @Operation(summary = "The exports taken, most recent first (ADMIN)",
            description = "Who took which export (Annex A list or scorecard CSV), with which roles, for which period, "
                    + "how many rows, and when. The trail is append-only.")
    @GetMapping("/audit")
    ExportAuditView audit(
            @Parameter(description = "at most this many entries, 1 to " + MAX_LIMIT + "; default " + DEFAULT_LIMIT)
            @RequestParam(required = false) String limit) {
        return new ExportAuditView(audit.latest(limitOf(limit)).stream().map(EntryView::of).toList());
    }

    private static int limitOf(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException("The limit is not valid",
                List.of(new FieldProblem("limit", "must be a whole number from 1 to " + MAX_LIMIT)));
    }

    record ExportAuditView(List<EntryView> entries) {
    }

    /** @param from first day of the period; @param to the day after it (exclusive) */
    record EntryView(String id, Instant exportedAt, String subject, List<String> roles, String export, LocalDate from,
                     LocalDate to, int rows) {

        static EntryView of(ExportRecord record) {
            return new EntryView(record.id(), record.exportedAt(), record.subject(), record.roles(), record.export(),
                    record.from(), record.to(), record.rows());
        }
    }
}
