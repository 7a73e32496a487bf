package org.frontdoor.triage.audit.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.frontdoor.serviceplatform.audit.AuditPageParameters;
import org.frontdoor.serviceplatform.audit.AuditReportParameters;
import org.frontdoor.triage.audit.domain.AuditEntry;
import org.frontdoor.triage.audit.domain.AuditPage;
import org.frontdoor.triage.audit.domain.AuditQuery;
import org.frontdoor.triage.audit.domain.AuditSearch;
import org.frontdoor.triage.audit.domain.AuditTrail;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail, read: the administrators' report of every read and change ({@code ADMIN}) and the managers' list
 * of break-glass reads ({@code TRIAGE_MANAGER}, {@code ADMIN}). Both newest first, paged; reading either is itself
 * audited ({@code AUDIT_READ}).
 */
@RestController
@RequestMapping("/api/triage/audit")
class AuditController {

    private final AuditSearch search;
    private final AuditTrail trail;
    private final Clock clock;

    AuditController(AuditSearch search, AuditTrail trail, Clock clock) {
        this.search = search;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * service-platform's audit query, bound and checked the same way in every service: {@code from} (inclusive) and
     * {@code to} (exclusive), ISO-8601 instants or dates (a date is the whole London day); {@code subject}: whose
     * entries; {@code record}: a referral id the entry names; {@code page} from 0, {@code size} 1–200 (50). Every
     * parameter that is not valid is named in one 400, never echoed.
     */
    @GetMapping
    AuditPageView report(@Valid AuditReportParameters parameters, Authentication reader) {
        AuditQuery query = AuditQuery.of(parameters.since(), parameters.until(), parameters.subject(),
                parameters.record(), false, parameters.page(), parameters.size());
        return read(query, reader, "READ audit report" + parameters.described());
    }

    /** Administrators' break-glass reads of children's records, with their reasons. */
    @GetMapping("/break-glass")
    AuditPageView breakGlass(@Valid AuditPageParameters paging, Authentication reader) {
        AuditQuery query = AuditQuery.of(null, null, null, null, true, paging.page(), paging.size());
        return read(query, reader, "READ break-glass list page " + query.page());
    }

    private AuditPageView read(AuditQuery query, Authentication reader, String what) {
        AuditPage found = search.find(query);
        // the query, not every id of the page: the entries read are themselves in the trail
        trail.append(new AuditEntry(reader.getName(), CallerRoles.of(reader), AuditEntry.AUDIT_READ, what, null,
                query.record() == null ? List.of() : List.of(query.record()), null, Instant.now(clock)));
        return AuditPageView.of(found);
    }

    /** A page of entries, newest first; {@code total} counts every matching entry. */
    record AuditPageView(List<EntryView> entries, int page, int size, long total) {

        static AuditPageView of(AuditPage page) {
            return new AuditPageView(page.entries().stream().map(EntryView::of).toList(), page.page(), page.size(),
                    page.total());
        }
    }

    /**
     * @param action           the code of what was done ({@code TRIAGE_RECORD_READ}, {@code DECIDE}, ...)
     * @param records          the referral ids it showed or changed
     * @param breakGlassReason an administrator's stated reason, for a break-glass read
     */
    record EntryView(String who, List<String> roles, String action, String what, String referralId,
                     List<String> records, String breakGlassReason, Instant when) {

        static EntryView of(AuditEntry entry) {
            return new EntryView(entry.who(), entry.roles().stream().sorted().toList(), entry.action(), entry.what(),
                    entry.referralId(), entry.records(), entry.breakGlassReason(), entry.when());
        }
    }
}
