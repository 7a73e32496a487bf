package org.frontdoor.referral.intake.api;

import org.frontdoor.referral.access.api.SignedIn;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.frontdoor.referral.intake.domain.UndecidedReferrals;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/referrals/undecided-overdue", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Referrals", description = "Contacts about children received at the front door")
@SecurityRequirement(name = "bearer")
class UndecidedReferralController {

    private final UndecidedReferrals undecidedReferrals;

    UndecidedReferralController(UndecidedReferrals undecidedReferrals) {
        this.undecidedReferrals = undecidedReferrals;
    }

    @Operation(summary = "Referrals still undecided past their decision deadline (triage managers, administrators)",
            description = "Neither decided nor withdrawn by the end of the first working day after receipt. Oldest"
                    + " first, at most 200 a page. Ids and codes only: no names, no concerns.")
    @GetMapping
    Page list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
              Authentication authentication) {
        UndecidedReferrals.Page found = undecidedReferrals.overdue(page, size, SignedIn.of(authentication));
        return new Page(found.referrals().stream().map(OverdueView::of).toList(), found.asOf(), found.page(),
                found.size(), found.total());
    }

    record Page(List<OverdueView> referrals, Instant asOf, int page, int size, long total) {
    }

    /** @param overdueBy ISO-8601 duration since the deadline, e.g. {@code PT26H30M} */
    record OverdueView(String referralId, Instant receivedAt, Instant deadline, String overdueBy, String pathway,
                       String urgency, String locality, String sourceCode, String channel) {

        static OverdueView of(UndecidedReferrals.Overdue overdue) {
            return new OverdueView(overdue.referralId(), overdue.receivedAt(), overdue.deadline(),
                    overdue.overdueBy().toString(), overdue.pathway().name(), overdue.urgency().name(),
                    overdue.locality(), overdue.source().code(), overdue.channel().name());
        }
    }
}
