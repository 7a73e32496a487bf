package org.frontdoor.referral.intake.api;

import java.net.URI;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.frontdoor.referral.intake.domain.AmendReferral;
import org.frontdoor.referral.access.domain.BreakGlass;
import org.frontdoor.referral.access.api.SignedIn;
import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.intake.domain.IdempotencyKey;
import org.frontdoor.serviceplatform.idempotency.RequestFingerprint;
import org.frontdoor.referral.intake.domain.ListPartnerReferrals;
import org.frontdoor.referral.intake.domain.ReadReferral;
import org.frontdoor.referral.intake.domain.ReadReferrerContact;
import org.frontdoor.referral.intake.domain.ReceiveReferral;
import org.frontdoor.referral.intake.domain.Referral;
import org.frontdoor.referral.intake.domain.ReferralReceipt;
import org.frontdoor.referral.intake.domain.SearchReferrals;
import org.frontdoor.referral.intake.domain.WithdrawReferral;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Referrals", description = "Contacts about children received at the front door")
@SecurityRequirement(name = "bearer")
class ReferralController {

    private final ReceiveReferral receiveReferral;
    private final ReadReferral readReferral;
    private final ReadReferrerContact readReferrerContact;
    private final AmendReferral amendReferral;
    private final WithdrawReferral withdrawReferral;
    private final SearchReferrals searchReferrals;
    private final ListPartnerReferrals listPartnerReferrals;
    private final MeterRegistry meters;

    ReferralController(ReceiveReferral receiveReferral, ReadReferral readReferral,
                       ReadReferrerContact readReferrerContact, AmendReferral amendReferral,
                       WithdrawReferral withdrawReferral, SearchReferrals searchReferrals,
                       ListPartnerReferrals listPartnerReferrals, MeterRegistry meters) {
        this.readReferrerContact = readReferrerContact;
        this.listPartnerReferrals = listPartnerReferrals;
        this.receiveReferral = receiveReferral;
        this.readReferral = readReferral;
        this.amendReferral = amendReferral;
        this.withdrawReferral = withdrawReferral;
        this.searchReferrals = searchReferrals;
        this.meters = meters;
    }

    @Operation(summary = "Record a referral (contact officers and partner systems)",
            description = "A retry with the same Idempotency-Key and the same body answers with the referral first"
                    + " recorded; the same key with a different body is a 409.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReferralView> receive(
            @Valid @RequestBody ReferralRequest request,
            @Parameter(description = "1–100 visible ASCII characters, unique per referral for this caller")
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            Authentication authentication) {
        IdempotencyKey key = idempotencyKey == null ? null : new IdempotencyKey(idempotencyKey, RequestFingerprint.of(request));
        ReferralReceipt receipt = receiveReferral.receive(request.toNewReferral(), SignedIn.of(authentication), key);
        Referral referral = receipt.referral();
        if (!receipt.replayed()) {
            Counter.builder("frontdoor.referrals.received")
                    .description("Referrals recorded at the front door")
                    .tag("channel", referral.channel().name())
                    .tag("pathway", referral.pathway().name())
                    .register(meters)
                    .increment();
        }
        return ResponseEntity.created(URI.create("/api/referrals/" + referral.referralId()))
                .body(ReferralView.of(referral));
    }

    @Operation(summary = "Show a referral (front door staff: any; a partner system: only its own; an administrator"
            + " only by break glass)",
            description = "Every read is written to the audit trail. An administrator sends X-Break-Glass-Reason"
                    + " (5–500 characters) or gets a 403; the reason is audited and shown to managers.")
    @GetMapping("/{referralId}")
    ReferralView show(@PathVariable String referralId,
                      @Parameter(description = "Administrators only: why they read this child's record")
                      @RequestHeader(name = BreakGlass.HEADER, required = false) String breakGlassReason,
                      Authentication authentication) {
        return ReferralView.of(readReferral.read(referralId, SignedIn.of(authentication, breakGlassReason)));
    }

    @Operation(summary = "The referrer's contact details alone, for the decision letter (REFERRER_CONTACT_READER only)",
            description = "The same referrer object as the whole referral shows, and nothing else of it. Audited.")
    @GetMapping("/{referralId}/referrer")
    ReferrerContactView referrer(@PathVariable String referralId, Authentication authentication) {
        ReadReferrerContact.ReferrerContact contact = readReferrerContact.read(referralId, SignedIn.of(authentication));
        return new ReferrerContactView(contact.referralId(), ReferralView.ReferrerView.of(contact.referrer()));
    }

    record ReferrerContactView(String referralId, ReferralView.ReferrerView referrer) {
    }

    @Operation(summary = "Amend a referral awaiting a decision (contact officers and triage)",
            description = "Fields left out stay as they are; children, when sent, are the complete new list. The same"
                    + " rules as intake. 409 once the referral is decided or withdrawn, or when someone else changed it"
                    + " meanwhile. Written to the audit trail with the names of the fields changed.")
    @PostMapping(path = "/{referralId}/amendments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReferralView amend(@PathVariable String referralId, @Valid @RequestBody AmendmentRequest request,
                       Authentication authentication) {
        return ReferralView.of(amendReferral.amend(referralId, request.toAmendment(), SignedIn.of(authentication)));
    }

    @Operation(summary = "Withdraw a referral awaiting a decision (contact officers, triage managers, the partner"
            + " system that posted it)", description = "409 once the referral is decided or withdrawn.")
    @PostMapping(path = "/{referralId}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReferralView withdraw(@PathVariable String referralId, @Valid @RequestBody WithdrawalRequest request,
                          Authentication authentication) {
        return ReferralView.of(withdrawReferral.withdraw(referralId, request.reason(), request.note(),
                SignedIn.of(authentication)));
    }

    @Operation(summary = "Find referrals about a child (front door staff); a partner system: list its own referrals",
            description = "Staff: the NHS number alone, or the last name with the date of birth, or with the first name"
                    + " (or all three); names are matched like the person index (accents, case and punctuation"
                    + " ignored); answers ReferralSummary pages. A partner system sends no criteria and gets only the"
                    + " referrals it posted, with status and outcome (PartnerReferralSummary pages); criteria from a"
                    + " partner are a 403. Newest first, at most 50 a page. Every search and list is audited.")
    @GetMapping
    Object search(
            @RequestParam(required = false) String lastName,
            @RequestParam(required = false) String firstName,
            @Parameter(description = "ISO-8601 date, e.g. 2019-04-01") @RequestParam(required = false) String dateOfBirth,
            @Parameter(description = "10 digits, spaces allowed") @RequestParam(required = false) String nhsNumber,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            Authentication authentication) {
        Actor caller = SignedIn.of(authentication);
        if (caller.isPartnerSystem() && lastName == null && firstName == null && dateOfBirth == null && nhsNumber == null) {
            return PartnerReferralSummary.Page.of(listPartnerReferrals.list(page, size, caller));
        }
        return ReferralSummary.Page.of(searchReferrals.search(firstName, lastName, dateOfBirth, nhsNumber, page, size,
                caller));
    }
}
