package org.frontdoor.console.consultations;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A published slot as consultation-service shows it ({@code SlotView}: never the consultation booked into it).
 *
 * @param consultantId the consultant's user name (the token's {@code sub})
 * @param status       {@code FREE}, {@code BOOKED} or {@code WITHDRAWN}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Slot(String id, String consultantId, String consultantType, String mode, Instant startsAt, Instant endsAt,
            String status) {
}
