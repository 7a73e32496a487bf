package org.frontdoor.outcomes.exports.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.frontdoor.outcomes.api.InvalidRequestException;
import org.frontdoor.outcomes.audit.api.SignedIn;
import org.frontdoor.outcomes.exports.domain.AnnexAExports;
import org.frontdoor.outcomes.exports.domain.AnnexAList;
import org.frontdoor.outcomes.exports.domain.ExportPeriod;
import org.frontdoor.outcomes.exports.domain.ExportTable;
import org.frontdoor.serviceplatform.problems.FieldProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/outcomes/exports")
class ExportsController {

    private final AnnexAExports exports;

    ExportsController(AnnexAExports exports) {
        this.exports = exports;
    }

    @Operation(summary = "Ofsted ILACS Annex A list as CSV (PERFORMANCE_ANALYST, ADMIN; audited)",
            description = "list-1 contacts, list-2 early help assessments, list-3 referrals to social care; a row per "
                    + "child, the columns in Ofsted's order, dates dd/mm/yyyy. The period is London dates, from "
                    + "inclusive, to exclusive. Every export is written to the audit trail. CSV is its only "
                    + "representation: an Accept header that does not admit text/csv is 406.")
    @GetMapping(value = "/annex-a/{list:list-[123]}", produces = CsvExportConverter.TEXT_CSV_VALUE)
    ResponseEntity<ExportTable> annexA(
            @Parameter(description = "list-1, list-2 or list-3") @PathVariable String list,
            @Parameter(description = "first day of the period (YYYY-MM-DD, London)", required = true)
            @RequestParam(required = false) String from,
            @Parameter(description = "day after the period (YYYY-MM-DD, London, exclusive)", required = true)
            @RequestParam(required = false) String to,
            Authentication authentication) {
        AnnexAList annexA = AnnexAList.byPath(list);
        ExportPeriod period = periodOf(from, to);
        ExportTable table = exports.export(annexA, period, SignedIn.actor(authentication));
        return Downloads.attachment(annexA.fileStem() + "_" + period.from() + "_" + period.to() + ".csv", table);
    }

    private static ExportPeriod periodOf(String from, String to) {
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && !fromDate.isBefore(toDate)) {
            errors.add(new FieldProblem("to", "must be after from (the period is from inclusive to exclusive)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The export period is not valid", errors);
        }
        return new ExportPeriod(fromDate, toDate);
    }

    private static LocalDate date(String field, String value, List<FieldProblem> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldProblem(field, "is required (YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldProblem(field, "must be a date YYYY-MM-DD"));
            return null;
        }
    }
}
