package org.frontdoor.consultation.booking.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.frontdoor.consultation.access.api.SignedIn;
import org.frontdoor.consultation.booking.domain.Availability;
import org.frontdoor.consultation.booking.domain.ConsultantType;
import org.frontdoor.consultation.booking.domain.Slot;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Consultants publish and withdraw availability; professionals find free slots. */
@RestController
@RequestMapping("/api/consultations/slots")
class SlotsController {

    private final Availability availability;

    SlotsController(Availability availability) {
        this.availability = availability;
    }

    /** A consultant (the token's subject) publishes a slot. */
    @PostMapping
    ResponseEntity<SlotView> publish(@Valid @RequestBody PublishSlotRequest request, Authentication authentication) {
        Slot slot = availability.publish(SignedIn.of(authentication), request.consultantType(), request.mode(),
                request.startsAt(), request.endsAt());
        return ResponseEntity.created(URI.create("/api/consultations/slots/" + slot.id())).body(SlotView.of(slot));
    }

    /** Free slots that can still be booked, by start; {@code from} defaults to now, {@code to} to 28 days later. */
    @GetMapping
    List<SlotView> free(@RequestParam(required = false) ConsultantType consultantType,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        return availability.free(consultantType, from, to).stream().map(SlotView::of).toList();
    }

    @Operation(summary = "The caller's own diary: their slots of every status in a period, by start (CONSULTANT)",
            description = "The slots the caller (the token's subject) published, FREE, BOOKED or WITHDRAWN, starting "
                    + "from `from` (inclusive, default now, may be past) to `to` (exclusive, default 28 days after "
                    + "from, at most 92 days), by start, at most 500. A BOOKED slot carries its consultation: id (the "
                    + "reference), status (BOOKED or HELD), bookedAt; nothing of the child's record, which is read "
                    + "(and audited) one consultation at a time. Never another consultant's slots: there is no "
                    + "parameter naming a consultant. An unreadable from/to, or to not after from, is 400 naming it.")
    @GetMapping("/mine")
    List<DiarySlotView> diary(@Valid @ParameterObject DiaryQuery query, Authentication authentication) {
        return availability.diary(SignedIn.of(authentication), query.from(), query.to()).stream()
                .map(DiarySlotView::of).toList();
    }

    /** The consultant takes back a slot nobody has booked. */
    @PostMapping("/{slotId}/withdrawal")
    SlotView withdraw(@PathVariable @Pattern(regexp = BookConsultationRequest.PSEUDONYMOUS_ID,
            message = BookConsultationRequest.ID_MESSAGE) String slotId, Authentication authentication) {
        return SlotView.of(availability.withdraw(SignedIn.of(authentication), slotId));
    }
}
