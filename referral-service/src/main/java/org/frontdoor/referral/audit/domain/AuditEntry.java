package org.frontdoor.referral.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One access to a child's record: who (token {@code sub}), in which role(s), did what to which referral, when.
 */
public record AuditEntry(String who, List<String> roles, AuditAction action, String referralId, Instant when) {

    public AuditEntry {
        Objects.requireNonNull(who, "who");
        roles = List.copyOf(roles);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(when, "when");
    }
}
