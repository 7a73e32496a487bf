package org.frontdoor.referral.intake.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, from their token.
 *
 * @param subject   the token's {@code sub}
 * @param partnerId the token's {@code partner_id} (partner systems only), else {@code null}
 */
public record Caller(String subject, Set<Role> roles, String partnerId) {

    private static final Set<Role> SEE_ANY_REFERRAL =
            EnumSet.of(Role.CONTACT_OFFICER, Role.TRIAGE_WORKER, Role.TRIAGE_MANAGER, Role.ADMIN);

    public Caller {
        Objects.requireNonNull(subject, "subject");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A partner agency's system (and not also front door staff). */
    public boolean isPartnerSystem() {
        return has(Role.PARTNER_SYSTEM) && !has(Role.CONTACT_OFFICER);
    }

    public boolean mayRecordReferrals() {
        return has(Role.CONTACT_OFFICER) || has(Role.PARTNER_SYSTEM);
    }

    /** Front door staff see every referral; a partner system only the ones it posted. */
    public boolean maySee(Referral referral) {
        if (roles.stream().anyMatch(SEE_ANY_REFERRAL::contains)) {
            return true;
        }
        return has(Role.PARTNER_SYSTEM) && partnerId != null && partnerId.equals(referral.partnerId());
    }
}
