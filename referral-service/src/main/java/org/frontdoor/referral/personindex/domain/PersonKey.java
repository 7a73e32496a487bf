package org.frontdoor.referral.personindex.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the person index recognises someone by, normalised: names as {@link MatchKey#normalise} (accents, case and
 * punctuation ignored; an absent name, e.g. an unborn child's first name, is empty), the date of birth (expected
 * date for an unborn child), the postcode in its normal form and the NHS number's ten digits.
 *
 * @param nhsNumber   {@code null} when not given
 * @param dateOfBirth {@code null} when not known (an adult)
 * @param postcode    {@code null} when not known
 */
public record PersonKey(PersonKind kind, String nhsNumber, String firstName, String lastName, LocalDate dateOfBirth,
                        String postcode) {

    public PersonKey {
        Objects.requireNonNull(kind, "kind");
        firstName = firstName == null ? "" : MatchKey.normalise(firstName);
        lastName = lastName == null ? "" : MatchKey.normalise(lastName);
    }

    /** Name, date of birth and postcode, exactly: a certain match. {@code null} when the date or postcode is unknown. */
    public String exactKey() {
        return dateOfBirth == null || postcode == null || lastName.isEmpty()
                ? null : kind + "|" + firstName + "|" + lastName + "|" + dateOfBirth + "|" + postcode;
    }

    /** Name and date of birth: finds candidates whose postcode differs or is missing. */
    public String nameAndBirthKey() {
        return dateOfBirth == null || lastName.isEmpty() ? null : kind + "|" + firstName + "|" + lastName + "|" + dateOfBirth;
    }

    /** Last name, date of birth and postcode: finds candidates whose first name is a variant. */
    public String familyAndAddressKey() {
        return dateOfBirth == null || postcode == null || lastName.isEmpty()
                ? null : kind + "|" + lastName + "|" + dateOfBirth + "|" + postcode;
    }

    /** The NHS number as the index stores it (children and adults apart). */
    public String nhsKey() {
        return nhsNumber == null ? null : kind + "|" + nhsNumber;
    }
}
