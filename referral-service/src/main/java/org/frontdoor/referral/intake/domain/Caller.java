package org.frontdoor.referral.intake.domain;

import java.util.EnumSet;
import java.util.List;
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

    private static final Set<Role> SEARCH = EnumSet.of(Role.CONTACT_OFFICER, Role.TRIAGE_WORKER, Role.TRIAGE_MANAGER);
    private static final Set<Role> AMEND = EnumSet.of(Role.CONTACT_OFFICER, Role.TRIAGE_WORKER, Role.TRIAGE_MANAGER);
    private static final Set<Role> WITHDRAW_ANY = EnumSet.of(Role.CONTACT_OFFICER, Role.TRIAGE_MANAGER);

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

    /** Contact officers and triage correct a referral before it is decided. */
    public boolean mayAmendReferrals() {
        return roles.stream().anyMatch(AMEND::contains);
    }

    /** Contact officers and triage managers withdraw any referral; a partner system only one it posted. */
    public boolean mayWithdraw(Referral referral) {
        if (roles.stream().anyMatch(WITHDRAW_ANY::contains)) {
            return true;
        }
        return has(Role.PARTNER_SYSTEM) && partnerId != null && partnerId.equals(referral.partnerId());
    }

    /** Searching by a child's name or NHS number is for the front door's own roles only (not admins, not partners). */
    public boolean maySearchReferrals() {
        return roles.stream().anyMatch(SEARCH::contains);
    }

    /** Role names, sorted, as the audit trail records them. */
    public List<String> roleNames() {
        return roles.stream().map(Enum::name).sorted().toList();
    }

    /** Front door staff see every referral; a partner system only the ones it posted. */
    public boolean maySee(Referral referral) {
        if (roles.stream().anyMatch(SEE_ANY_REFERRAL::contains)) {
            return true;
        }
        return has(Role.PARTNER_SYSTEM) && partnerId != null && partnerId.equals(referral.partnerId());
    }
}
