package org.frontdoor.triage.letters.domain;

import java.util.Objects;
import java.util.Set;

import org.frontdoor.triage.audit.domain.AuditEntry;

/**
 * Who is asking to read outcome letters: triage staff read every letter; a partner agency's system reads only the
 * letters of referrals it posted (to anyone else, those letters do not exist).
 *
 * An administrator reads every letter by break glass only ({@code breakGlassReason}, checked before the request
 * reaches the letters; audited with the read).
 *
 * @param partnerId the token's {@code partner_id} claim, for partner systems; else {@code null}
 * @param breakGlassReason an administrator's stated reason for reading, else {@code null}
 */
public record LetterReader(String who, Set<String> roles, String partnerId, String breakGlassReason)
        implements AuditEntry.Reader {

    public static final Set<String> TRIAGE_ROLES = Set.of("TRIAGE_WORKER", "TRIAGE_MANAGER");
    public static final String PARTNER_SYSTEM = "PARTNER_SYSTEM";
    /** Who reads letters as casework: triage staff and the partner that posted the referral. */
    public static final Set<String> CASEWORK_ROLES = Set.of("TRIAGE_WORKER", "TRIAGE_MANAGER", PARTNER_SYSTEM);

    public LetterReader {
        Objects.requireNonNull(who, "who");
        roles = Set.copyOf(roles);
    }

    public LetterReader(String who, Set<String> roles, String partnerId) {
        this(who, roles, partnerId, null);
    }

    boolean isTriageStaff() {
        return roles.stream().anyMatch(TRIAGE_ROLES::contains);
    }

    boolean mayRead(String referralId, ReferralPartners partners) {
        if (isTriageStaff() || breakGlassReason != null) {
            return true;
        }
        return roles.contains(PARTNER_SYSTEM) && partnerId != null
                && partners.partnerOf(referralId).filter(partnerId::equals).isPresent();
    }
}
