package org.frontdoor.triage.letters.domain;

/**
 * Who made the referral, as referral-service holds it: the only personal data an outcome letter carries besides
 * the referral reference and the decision (see the Letters section of the README).
 *
 * @param type          {@code PROFESSIONAL}, {@code FAMILY_MEMBER}, {@code SELF}, {@code PUBLIC}, {@code ANONYMOUS}
 * @param organisation  the referrer's agency, for professionals; may be {@code null}
 * @param postalAddress may be {@code null}
 */
public record Referrer(String type, String name, String organisation, String email, PostalAddress postalAddress) {

    public boolean isAnonymous() {
        return "ANONYMOUS".equals(type);
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public boolean hasPostalAddress() {
        return postalAddress != null && postalAddress.isPostable();
    }

    /** The name the letter is addressed to: the referrer's name, else their organisation, else a neutral greeting. */
    public String addressee() {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        return organisation != null && !organisation.isBlank() ? organisation.strip() : "The referrer";
    }
}
