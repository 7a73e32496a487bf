package org.frontdoor.referral.intake.domain;

/**
 * An adult's relationship to one child of the same referral.
 *
 * @param child the child's position in the referral's list of children (from 0)
 */
public record ChildRelationship(int child, Relationship relationship) {
}
