package org.frontdoor.referral.intake.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a referral was withdrawn before a decision.
 *
 * @param note        free text, optional: stays in this service, never in events or logs
 * @param withdrawnBy the {@code sub} of the caller who withdrew it
 */
public record Withdrawal(WithdrawalReason reason, String note, Instant withdrawnAt, String withdrawnBy) {

    public Withdrawal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        Objects.requireNonNull(withdrawnBy, "withdrawnBy");
    }
}
