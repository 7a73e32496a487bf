package org.frontdoor.referral.intake.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.referral.personindex.domain.MatchKey;

/**
 * Who to look for, normalised like the person index ({@link MatchKey}: accents dropped, case ignored, only letters
 * and digits). Enough to find a child without trawling: the last name with the date of birth, or with the first name.
 *
 * @param firstName normalised, or {@code null}
 * @param lastName  normalised
 * @param dateOfBirth {@code null} when searching by both names
 * @param nhsNumber   the ten digits when searching by NHS number (then nothing else), else {@code null}
 */
public record SearchCriteria(String firstName, String lastName, LocalDate dateOfBirth, String nhsNumber) {

    public SearchCriteria(String firstName, String lastName, LocalDate dateOfBirth) {
        this(firstName, lastName, dateOfBirth, null);
    }

    public static SearchCriteria byNhsNumber(String nhsNumber) {
        return new SearchCriteria(null, null, null, nhsNumber);
    }

    /** The stored key of a child's NHS number. */
    public static String nhsNumberKey(String nhsNumber) {
        return "nhs|" + nhsNumber;
    }

    /** The person index's normalised last name with the date of birth. */
    public static String lastNameAndDateOfBirth(String lastName, LocalDate dateOfBirth) {
        return "ld|" + lastName + "|" + dateOfBirth;
    }

    /** The person index's normalised last name with the first name. */
    public static String lastNameAndFirstName(String lastName, String firstName) {
        return "lf|" + lastName + "|" + firstName;
    }

    /** The keys a child on a referral is found by (stored with the referral). */
    public static List<String> keysOf(ChildDetails child) {
        MatchKey key = MatchKey.of(child.firstName() == null ? "" : child.firstName(), child.lastName(),
                child.dateOfBirth());
        List<String> keys = new ArrayList<>(List.of(key.value(), lastNameAndDateOfBirth(key.lastName(), key.dateOfBirth()),
                lastNameAndFirstName(key.lastName(), key.firstName())));
        if (child.nhsNumber() != null) {
            keys.add(nhsNumberKey(child.nhsNumber()));
        }
        return List.copyOf(keys);
    }

    /** The one stored key these criteria look for. */
    public String key() {
        if (nhsNumber != null) {
            return nhsNumberKey(nhsNumber);
        }
        if (firstName != null && dateOfBirth != null) {
            return new MatchKey(firstName, lastName, dateOfBirth).value();
        }
        return dateOfBirth != null ? lastNameAndDateOfBirth(lastName, dateOfBirth) : lastNameAndFirstName(lastName, firstName);
    }

    /** The kinds of criteria used (what the audit trail records, never the values). */
    public List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        if (nhsNumber != null) {
            return List.of("nhsNumber");
        }
        if (firstName != null) {
            kinds.add("firstName");
        }
        kinds.add("lastName");
        if (dateOfBirth != null) {
            kinds.add("dateOfBirth");
        }
        return kinds;
    }
}
