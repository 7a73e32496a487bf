package org.frontdoor.referral.intake.domain;

/**
 * The person raising the concern.
 *
 * @param name   required unless {@link ReferrerType#ANONYMOUS} (then it must be absent)
 * @param role   job title, optional
 * @param agency organisation name; required for a {@link ReferrerType#PROFESSIONAL}
 */
public record Referrer(String name, String role, String agency, ReferrerType type, String phone, String email) {
}
