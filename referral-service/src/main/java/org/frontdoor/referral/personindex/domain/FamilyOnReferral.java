package org.frontdoor.referral.personindex.domain;

import java.util.List;

/** The children of one referral as the person index knows them (in the order given) and the family they share. */
public record FamilyOnReferral(String familyId, List<IndexedChild> children) {

    public FamilyOnReferral {
        children = List.copyOf(children);
    }
}
