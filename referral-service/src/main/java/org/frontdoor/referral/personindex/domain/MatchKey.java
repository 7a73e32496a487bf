package org.frontdoor.referral.personindex.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What the minimal person index matches a child on: normalised first name, normalised last name
 * and date of birth, all three exactly.
 *
 * <p>Normalising: accents are dropped ({@code Zoë} = {@code Zoe}), case is ignored, and anything that
 * is not a letter or a digit is removed ({@code O'Brien} = {@code OBrien}, {@code Anne-Marie} =
 * {@code Anne Marie}). Nicknames, misspellings and changed surnames are not matched: that is for the
 * fuller person index a later issue brings, which can replace this rule without touching intake.
 */
public record MatchKey(String firstName, String lastName, LocalDate dateOfBirth) {

    public MatchKey {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    }

    public static MatchKey of(String firstName, String lastName, LocalDate dateOfBirth) {
        return new MatchKey(normalise(firstName), normalise(lastName), dateOfBirth);
    }

    /** One string for storage and a unique index: {@code firstname|lastname|yyyy-mm-dd}. */
    public String value() {
        return firstName + "|" + lastName + "|" + dateOfBirth;
    }

    public static String normalise(String name) {
        String decomposed = Normalizer.normalize(Objects.requireNonNull(name, "name"), Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
