package org.frontdoor.referral.intake.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.frontdoor.referral.intake.domain.WithdrawalReason;

/** {@code POST /api/referrals/{id}/withdrawal}. Unknown fields are rejected. */
record WithdrawalRequest(
        @NotNull WithdrawalReason reason,
        @Schema(description = "Optional free text. Stays in this service: never in events or logs.")
        @Size(max = 2_000) String note) {
}
