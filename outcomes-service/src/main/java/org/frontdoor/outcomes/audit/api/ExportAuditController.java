package org.frontdoor.outcomes.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.frontdoor.outcomes.audit.domain.ExportAudit;
import org.frontdoor.outcomes.audit.domain.ExportRecord;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/outcomes/exports")
class ExportAuditController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final String LIMIT = "must be a whole number from 1 to " + MAX_LIMIT;

    private final ExportAudit audit;

    ExportAuditController(ExportAudit audit) {
        this.audit = audit;
    }

    @Operation(summary = "The exports taken, most recent first (ADMIN)",
            description = "Who took which export (Annex A list or scorecard CSV), with which roles, for which period, "
                    + "how many rows, and when. The trail is append-only.")
    @GetMapping("/audit")
    ExportAuditView audit(@Valid @ParameterObject ExportAuditQuery query) {
        return new ExportAuditView(audit.latest(query.limitOrDefault()).stream().map(EntryView::of).toList());
    }

    /**
     * The trail's query, bound and checked by Spring MVC: a limit that is not a whole number is named with
     * service-platform's rule, one out of range with its own.
     */
    record ExportAuditQuery(
            @Parameter(description = "at most this many entries, 1 to " + MAX_LIMIT + "; default " + DEFAULT_LIMIT)
            @Min(value = 1, message = LIMIT) @Max(value = MAX_LIMIT, message = LIMIT) Integer limit) {

        int limitOrDefault() {
            return limit == null ? DEFAULT_LIMIT : limit;
        }
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
