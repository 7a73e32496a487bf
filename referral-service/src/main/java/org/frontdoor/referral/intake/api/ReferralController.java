package org.frontdoor.referral.intake.api;

import java.net.URI;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.frontdoor.referral.intake.domain.IdempotencyKey;
import org.frontdoor.referral.intake.domain.ReadReferral;
import org.frontdoor.referral.intake.domain.ReceiveReferral;
import org.frontdoor.referral.intake.domain.Referral;
import org.frontdoor.referral.intake.domain.ReferralReceipt;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Referrals", description = "Contacts about children received at the front door")
@SecurityRequirement(name = "bearer")
class ReferralController {

    private final ReceiveReferral receiveReferral;
    private final ReadReferral readReferral;
    private final MeterRegistry meters;

    ReferralController(ReceiveReferral receiveReferral, ReadReferral readReferral, MeterRegistry meters) {
        this.receiveReferral = receiveReferral;
        this.readReferral = readReferral;
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
        ReferralReceipt receipt = receiveReferral.receive(request.toNewReferral(), TokenCaller.of(authentication), key);
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

    @Operation(summary = "Show a referral (front door staff: any; a partner system: only its own)",
            description = "Every read is written to the audit trail.")
    @GetMapping("/{referralId}")
    ReferralView show(@PathVariable String referralId, Authentication authentication) {
        return ReferralView.of(readReferral.read(referralId, TokenCaller.of(authentication)));
    }
}
