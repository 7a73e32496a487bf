package org.frontdoor.consultation.booking.api;

import jakarta.validation.constraints.NotNull;
import org.frontdoor.consultation.booking.domain.CancellationReason;

record CancelConsultationRequest(@NotNull CancellationReason reason) {
}
