package org.frontdoor.referral.intake.domain;

import java.time.LocalDate;

/** A child as the referrer names them. @param ethnicity {@code null} when not yet recorded */
public record ChildDetails(String firstName, String lastName, LocalDate dateOfBirth, Gender gender, Ethnicity ethnicity,
                           boolean disability) {
}
