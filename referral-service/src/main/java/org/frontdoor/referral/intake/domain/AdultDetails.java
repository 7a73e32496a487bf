package org.frontdoor.referral.intake.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An adult living in the household, as the referrer describes them.
 *
 * @param dateOfBirth   {@code null} when not known (then the person index cannot recognise them by name)
 * @param nhsNumber     as written, or {@code null}
 * @param address       {@code null} when it is the children's address or not known
 * @param relationships to each child of the referral it concerns (at least one)
 */
public record AdultDetails(String firstName, String lastName, LocalDate dateOfBirth, Gender gender, String nhsNumber,
                           PostalAddress address, List<ChildRelationship> relationships) {

    public AdultDetails {
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
    }
}
