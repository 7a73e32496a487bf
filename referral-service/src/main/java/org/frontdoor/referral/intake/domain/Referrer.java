package org.frontdoor.referral.intake.domain;

/**
 * The person raising the concern, and how to reach them (the decision letter goes to them).
 *
 * @param name          required unless {@link ReferrerType#ANONYMOUS} (then it must be absent)
 * @param role          job title, optional
 * @param organisation  organisation name; required for a {@link ReferrerType#PROFESSIONAL}
 * @param postalAddress {@code null} when not given
 */
public record Referrer(String name, String role, String organisation, ReferrerType type, String phone, String email,
                       PostalAddress postalAddress) {

    public Referrer(String name, String role, String organisation, ReferrerType type, String phone, String email) {
        this(name, role, organisation, type, phone, email, null);
    }
}
