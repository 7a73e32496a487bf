package org.frontdoor.referral.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One access to children's records: who (token {@code sub}), in which role(s), did what to which records, when, and
 * why when an administrator broke glass.
 *
 * @param referralId       the referral, or {@code null} for a search or a list (which name none)
 * @param fields           names only, never values: the fields an amendment changed, the kinds of criteria a search
 *                         used; for a possible match decision the two person ids (pseudonymous)
 * @param results          how many referrals (or entries) a search or list returned, else {@code null}
 * @param records          every record the access showed or changed, by id only: referral ids with the ids of the
 *                         children on them, person ids; what the audit report's {@code record} filter looks in
 * @param breakGlassReason the reason an administrator gave to read a child's record, else {@code null}
 */
public record AuditEntry(String who, List<String> roles, AuditAction action, String referralId, Instant when,
                         List<String> fields, Integer results, List<String> records, String breakGlassReason) {

    public AuditEntry {
        Objects.requireNonNull(who, "who");
        roles = List.copyOf(roles);
        Objects.requireNonNull(action, "action");
        if (action == AuditAction.READ_REFERRAL || action == AuditAction.READ_REFERRER_CONTACT
                || action == AuditAction.AMEND_REFERRAL || action == AuditAction.WITHDRAW_REFERRAL) {
            Objects.requireNonNull(referralId, "referralId");
        }
        Objects.requireNonNull(when, "when");
        fields = fields == null ? List.of() : List.copyOf(fields);
        if (records == null || records.isEmpty()) {
            records = referralId == null ? List.of() : List.of(referralId);
        } else {
            records = List.copyOf(records);
        }
    }

    public AuditEntry(String who, List<String> roles, AuditAction action, String referralId, Instant when,
                      List<String> fields, Integer results) {
        this(who, roles, action, referralId, when, fields, results, List.of(), null);
    }

    public AuditEntry(String who, List<String> roles, AuditAction action, String referralId, Instant when) {
        this(who, roles, action, referralId, when, List.of(), null);
    }
}
