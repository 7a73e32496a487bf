package org.frontdoor.referral.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One access to children's records: who (token {@code sub}), in which role(s), did what to which referral, when.
 *
 * @param referralId the referral, or {@code null} for a search (which names none)
 * @param fields     names only, never values: the fields an amendment changed, or the kinds of criteria a search used
 * @param results    how many referrals a search returned, else {@code null}
 */
public record AuditEntry(String who, List<String> roles, AuditAction action, String referralId, Instant when,
                         List<String> fields, Integer results) {

    public AuditEntry {
        Objects.requireNonNull(who, "who");
        roles = List.copyOf(roles);
        Objects.requireNonNull(action, "action");
        if (action != AuditAction.SEARCH_REFERRALS) {
            Objects.requireNonNull(referralId, "referralId");
        }
        Objects.requireNonNull(when, "when");
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public AuditEntry(String who, List<String> roles, AuditAction action, String referralId, Instant when) {
        this(who, roles, action, referralId, when, List.of(), null);
    }
}
