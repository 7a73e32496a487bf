package org.frontdoor.referral.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One access to children's records: who (token {@code sub}), in which role(s), did what to which referral, when.
 *
 * @param referralId the referral, or {@code null} for a search or a list (which name none)
 * @param fields     names only, never values: the fields an amendment changed, the kinds of criteria a search used;
 *                   for a possible match decision the two person ids (pseudonymous)
 * @param results    how many referrals a search returned, else {@code null}
 */
public record AuditEntry(String who, List<String> roles, AuditAction action, String referralId, Instant when,
                         List<String> fields, Integer results) {

    public AuditEntry {
        Objects.requireNonNull(who, "who");
        roles = List.copyOf(roles);
        Objects.requireNonNull(action, "action");
        if (action == AuditAction.READ_REFERRAL || action == AuditAction.AMEND_REFERRAL
                || action == AuditAction.WITHDRAW_REFERRAL) {
            Objects.requireNonNull(referralId, "referralId");
        }
        Objects.requireNonNull(when, "when");
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public AuditEntry(String who, List<String> roles, AuditAction action, String referralId, Instant when) {
        this(who, roles, action, referralId, when, List.of(), null);
    }
}
