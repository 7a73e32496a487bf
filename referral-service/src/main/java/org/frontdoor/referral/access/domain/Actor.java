package org.frontdoor.referral.access.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, from their token (and, for an administrator reading a child's record, the request's break-glass
 * reason).
 *
 * @param subject          the token's {@code sub}
 * @param partnerId        the token's {@code partner_id} (partner systems only), else {@code null}
 * @param breakGlassReason why an administrator reads a child's record ({@link BreakGlass}), else {@code null}
 */
public record Actor(String subject, Set<Role> roles, String partnerId, String breakGlassReason) {

    /** The front door's casework roles: they see any referral as part of their work. */
    private static final Set<Role> SEE_ANY_REFERRAL =
            EnumSet.of(Role.CONTACT_OFFICER, Role.TRIAGE_WORKER, Role.TRIAGE_MANAGER);

    private static final Set<Role> SEARCH = EnumSet.of(Role.CONTACT_OFFICER, Role.TRIAGE_WORKER, Role.TRIAGE_MANAGER);
    private static final Set<Role> AMEND = EnumSet.of(Role.CONTACT_OFFICER, Role.TRIAGE_WORKER, Role.TRIAGE_MANAGER);
    private static final Set<Role> WITHDRAW_ANY = EnumSet.of(Role.CONTACT_OFFICER, Role.TRIAGE_MANAGER);

    public Actor {
        Objects.requireNonNull(subject, "subject");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public Actor(String subject, Set<Role> roles, String partnerId) {
        this(subject, roles, partnerId, null);
    }

    /**
     * An administrator with no casework role reads a child's record only by break glass.
     *
     * @throws BreakGlass.Required when such a caller gave no reason (checked before anything is looked up, so the
     *                             answer does not reveal whether the record exists)
     */
    public void requireBreakGlassIfAdministrator() {
        if (readsAsAdministrator() && breakGlassReason == null) {
            throw new BreakGlass.Required();
        }
    }

    /** The reason to audit with a read of a child's record: an administrator's break-glass reason, else {@code null}. */
    public String breakGlassUsed() {
        return readsAsAdministrator() ? breakGlassReason : null;
    }

    private boolean readsAsAdministrator() {
        return has(Role.ADMIN) && roles.stream().noneMatch(SEE_ANY_REFERRAL::contains);
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

    /**
     * Contact officers and triage managers withdraw any referral; a partner system only one it posted.
     *
     * @param postedBy the partner that posted the referral, {@code null} when front door staff logged it
     */
    public boolean mayWithdraw(String postedBy) {
        if (roles.stream().anyMatch(WITHDRAW_ANY::contains)) {
            return true;
        }
        return has(Role.PARTNER_SYSTEM) && partnerId != null && partnerId.equals(postedBy);
    }

    /** Searching by a child's name or NHS number is for the front door's own roles only (not admins, not partners). */
    public boolean maySearchReferrals() {
        return roles.stream().anyMatch(SEARCH::contains);
    }

    /** Role names, sorted, as the audit trail records them. */
    public List<String> roleNames() {
        return roles.stream().map(Enum::name).sorted().toList();
    }

    /**
     * Front door staff see every referral; an administrator too, but only by break glass (with a reason); a partner
     * system only the ones it posted.
     *
     * @param postedBy the partner that posted the referral, {@code null} when front door staff logged it
     */
    public boolean maySee(String postedBy) {
        if (roles.stream().anyMatch(SEE_ANY_REFERRAL::contains)) {
            return true;
        }
        if (has(Role.ADMIN) && breakGlassReason != null) {
            return true;
        }
        return has(Role.PARTNER_SYSTEM) && partnerId != null && partnerId.equals(postedBy);
    }
}
