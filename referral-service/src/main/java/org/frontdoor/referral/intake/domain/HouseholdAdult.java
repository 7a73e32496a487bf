package org.frontdoor.referral.intake.domain;

/** An adult in the household with the person index's pseudonymous id. */
public record HouseholdAdult(String adultId, AdultDetails details) {
}
