package org.frontdoor.referral.intake.domain;

/** How an adult in the household is related to a child on the referral. */
public enum Relationship {
    MOTHER,
    FATHER,
    STEP_PARENT,
    PARENTS_PARTNER,
    GRANDPARENT,
    SIBLING,
    OTHER_RELATIVE,
    FOSTER_CARER,
    GUARDIAN,
    LODGER,
    OTHER
}
