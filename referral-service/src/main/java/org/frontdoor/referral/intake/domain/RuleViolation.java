package org.frontdoor.referral.intake.domain;

/** One reason a referral cannot be accepted. @param field the request field, as a JSON path (e.g. {@code children[0].dateOfBirth}) */
public record RuleViolation(String field, String message) {
}
