package org.frontdoor.consultation.booking.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.frontdoor.consultation.access.api.SignedIn;
import org.frontdoor.consultation.access.domain.BreakGlass;
import org.frontdoor.consultation.booking.domain.BookedConsultation;
import org.frontdoor.consultation.booking.domain.Bookings;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Book a consultation into a slot, cancel or reschedule it, record its outcome, read it. */
@RestController
@RequestMapping("/api/consultations")
class ConsultationsController {

    /** Consultation ids are ours (UUIDs); anything else in the path is refused before it is looked up or echoed. */
    static final String ID = BookConsultationRequest.PSEUDONYMOUS_ID;
    static final String ID_MESSAGE = BookConsultationRequest.ID_MESSAGE;

    private final Bookings bookings;

    ConsultationsController(Bookings bookings) {
        this.bookings = bookings;
    }

    /**
     * Books a slot: publishes {@code ConsultationRequested} and {@code ConsultationBooked} (same instant). A booking
     * made from an early help case names its {@code caseId}, which the consultation keeps and
     * {@code ConsultationRequested} carries. With an {@code Idempotency-Key}, a retry of the same request returns the
     * same consultation; a different request with the same key (another case among them) is 409.
     */
    @PostMapping
    ResponseEntity<ConsultationView> book(
            @Valid @RequestBody BookConsultationRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false)
            @Pattern(regexp = "[A-Za-z0-9._:-]{1,128}", message = "must be 1 to 128 letters, digits, '.', '_', ':' or '-'")
            String idempotencyKey,
            Authentication authentication) {
        BookedConsultation booked = bookings.book(SignedIn.of(authentication), request.toQuestion(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/consultations/" + booked.consultation().id()))
                .body(ConsultationView.of(booked));
    }

    /** The practitioner who booked it, or the consultant, cancels: {@code ConsultationCancelled}, the slot is free again. */
    @PostMapping("/{id}/cancellation")
    ConsultationView cancel(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String id,
                            @Valid @RequestBody CancelConsultationRequest request, Authentication authentication) {
        return ConsultationView.of(bookings.cancel(SignedIn.of(authentication), id, request.reason()));
    }

    /**
     * The practitioner who booked it, or the consultant, moves it to another free slot of the same type of
     * consultant: {@code ConsultationRescheduled}, the old slot is free again. Never double-books the new slot.
     */
    @PostMapping("/{id}/reschedule")
    ConsultationView reschedule(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String id,
                                @Valid @RequestBody RescheduleConsultationRequest request,
                                Authentication authentication) {
        return ConsultationView.of(bookings.reschedule(SignedIn.of(authentication), id, request.toSlotId()));
    }

    /** The slot's consultant records the outcome, once, after the start: {@code ConsultationHeld}. */
    @PostMapping("/{id}/outcome")
    ConsultationView recordOutcome(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String id,
                                   @Valid @RequestBody RecordOutcomeRequest request, Authentication authentication) {
        return ConsultationView.of(bookings.recordOutcome(SignedIn.of(authentication), id, request.outcome(),
                request.notes()));
    }

    @Operation(summary = "The consultations the caller booked, latest start first, paged (PRACTITIONER, TRIAGE_WORKER, "
            + "TRIAGE_MANAGER)",
            description = "Those whose requestedBy is the caller (the token's subject): BOOKED, HELD or CANCELLED; a "
                    + "rescheduled consultation once, in the slot it moved to. Latest start first (the upcoming ones "
                    + "before the past), then by id. Paged: page from 0, size 1 to 200 (default 50); "
                    + "totalConsultations counts all pages. Each is a summary (id, status, slotId, consultantId, "
                    + "consultantType, mode, startsAt, endsAt, bookedAt), nothing of the child's record (no child, "
                    + "family, referral or case id), which is read "
                    + "(and audited) with GET /api/consultations/{id}. Never another person's bookings: there is no "
                    + "parameter naming a requester. Every invalid parameter is named in one 400.")
    @GetMapping("/mine")
    OwnConsultationsView mine(@Valid @ParameterObject PageQuery query, Authentication authentication) {
        return OwnConsultationsView.of(bookings.requestedBy(SignedIn.of(authentication), query.pageOrFirst(),
                query.sizeOrDefault()));
    }

    /**
     * Reads a consultation; every read is written to the audit trail. An administrator reads one only by break
     * glass: with {@code X-Break-Glass-Reason} (5–500 characters), kept with the read; without it, 403.
     */
    @GetMapping("/{id}")
    ConsultationView read(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String id,
                          @RequestHeader(name = BreakGlass.FIELD, required = false) String breakGlassReason,
                          Authentication authentication) {
        return ConsultationView.of(bookings.read(SignedIn.of(authentication), id, breakGlassReason));
    }
}
