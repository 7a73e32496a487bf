package org.frontdoor.outcomes.exports.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.frontdoor.outcomes.audit.api.SignedIn;
import org.frontdoor.outcomes.exports.domain.AnnexAExports;
import org.frontdoor.outcomes.exports.domain.AnnexAList;
import org.frontdoor.outcomes.exports.domain.ExportPeriod;
import org.frontdoor.outcomes.exports.domain.ExportTable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
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
            @Valid @ParameterObject AnnexAQuery query,
            Authentication authentication) {
        AnnexAList annexA = AnnexAList.byPath(list);
        ExportPeriod period = query.period();
        ExportTable table = exports.export(annexA, period, SignedIn.actor(authentication));
        return Downloads.attachment(annexA.fileStem() + "_" + period.from() + "_" + period.to() + ".csv", table);
    }
}
