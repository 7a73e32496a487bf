package org.frontdoor.referral.personindex.domain;

import java.util.Objects;

/**
 * Someone the person index knows.
 *
 * @param personId  the pseudonymous id that travels in events ({@code childId} for a child)
 * @param familyId  the family they were first referred with
 * @param sameAs    the earlier entry a triage worker confirmed this one to be, or {@code null}: from then on the
 *                  earlier entry's ids are used
 * @param firstName as first written (what a triage worker compares), may be {@code null}
 * @param lastName  as first written
 */
public record IndexedPerson(String personId, PersonKey key, String familyId, String sameAs, String firstName,
                            String lastName) {

    public IndexedPerson {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(familyId, "familyId");
    }
}
