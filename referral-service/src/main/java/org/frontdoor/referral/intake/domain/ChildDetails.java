package org.frontdoor.referral.intake.domain;

import java.time.LocalDate;

/**
 * A child as the referrer describes them.
 *
 * @param firstName   may be {@code null} for an unborn child only
 * @param dateOfBirth the expected date of delivery when {@code unborn}
 * @param ethnicity   {@code null} when not yet recorded
 * @param nhsNumber   as written (normal form, ten digits, once accepted), or {@code null}
 * @param address     the child's home address, or {@code null} when not known
 * @param school      the school or setting the child attends, or {@code null}
 */
public record ChildDetails(String firstName, String lastName, LocalDate dateOfBirth, boolean unborn, Gender gender,
                           Ethnicity ethnicity, boolean disability, String nhsNumber, PostalAddress address,
                           String school) {

    /** A child already born, with no NHS number, address or school recorded. */
    public ChildDetails(String firstName, String lastName, LocalDate dateOfBirth, Gender gender, Ethnicity ethnicity,
                        boolean disability) {
        this(firstName, lastName, dateOfBirth, false, gender, ethnicity, disability, null, null, null);
    }

    /** The postcode of the child's address, or {@code null}. */
    public String postcode() {
        return address == null ? null : address.postcode();
    }
}
