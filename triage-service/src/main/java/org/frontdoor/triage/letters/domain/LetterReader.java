package org.frontdoor.triage.letters.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Who is asking to read outcome letters: triage staff read every letter; a partner agency's system reads only the
 * letters of referrals it posted (to anyone else, those letters do not exist).
 *
 * @param partnerId the token's {@code partner_id} claim, for partner systems; else {@code null}
 */
public record LetterReader(String who, Set<String> roles, String partnerId) {

    public static final Set<String> TRIAGE_ROLES = Set.of("TRIAGE_WORKER", "TRIAGE_MANAGER");
    public static final String PARTNER_SYSTEM = "PARTNER_SYSTEM";

    public LetterReader {
        Objects.requireNonNull(who, "who");
        roles = Set.copyOf(roles);
    }

    boolean isTriageStaff() {
        return roles.stream().anyMatch(TRIAGE_ROLES::contains);
    }

    boolean mayRead(String referralId, ReferralPartners partners) {
        if (isTriageStaff()) {
            return true;
        }
        return roles.contains(PARTNER_SYSTEM) && partnerId != null
                && partners.partnerOf(referralId).filter(partnerId::equals).isPresent();
    }
}
