package org.frontdoor.referral.personindex.domain;

/** Children and adults are indexed separately: a child is never matched to an adult. */
public enum PersonKind {
    CHILD,
    ADULT
}
