package org.frontdoor.referral.personindex.domain;

import java.util.Objects;

/**
 * A child known to the person index.
 *
 * @param childId  the pseudonymous id that travels in events
 * @param matchKey what a later referral of the same child matches on
 * @param familyId the family the child was first referred with
 */
public record IndexedChild(String childId, MatchKey matchKey, String familyId) {

    public IndexedChild {
        Objects.requireNonNull(childId, "childId");
        Objects.requireNonNull(matchKey, "matchKey");
        Objects.requireNonNull(familyId, "familyId");
    }
}
