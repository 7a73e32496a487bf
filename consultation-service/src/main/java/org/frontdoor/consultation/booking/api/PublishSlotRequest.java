package org.frontdoor.consultation.booking.api;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import org.frontdoor.consultation.booking.domain.ConsultantType;
import org.frontdoor.consultation.booking.domain.ConsultationMode;

/** A consultant's availability: in the future, 15 to 180 minutes long. */
record PublishSlotRequest(
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @NotNull ConsultantType consultantType,
        @NotNull ConsultationMode mode) {
}
