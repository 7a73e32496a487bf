package org.frontdoor.referral.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A caller's {@code Idempotency-Key} and the fingerprint (SHA-256 of the canonical body) of the request
 * it was first used with. Keys are scoped to the caller: two callers may use the same key.
 *
 * @param key         1–100 visible ASCII characters
 * @param requestHash hex SHA-256 of the canonical request body
 */
public record IdempotencyKey(String key, String requestHash) {

    public static final String HEADER = "Idempotency-Key";

    public IdempotencyKey {
        Objects.requireNonNull(requestHash, "requestHash");
        List<RuleViolation> violations = check(key);
        if (!violations.isEmpty()) {
            throw new ReferralRejected(violations);
        }
    }

    static List<RuleViolation> check(String key) {
        List<RuleViolation> violations = new ArrayList<>();
        if (key == null || key.isEmpty() || key.length() > 100 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            violations.add(new RuleViolation(HEADER, "must be 1 to 100 visible ASCII characters"));
        }
        return violations;
    }

    public boolean sameRequestAs(IdempotencyKey other) {
        return requestHash.equals(other.requestHash);
    }
}
