package org.frontdoor.referral.personindex.domain;

import java.util.List;

/**
 * The people of one referral as the person index knows them (in the order given) and the family the children share.
 *
 * @param childIds  one per child
 * @param adultIds  one per adult
 * @param aliases   for each child, every id that has been confirmed to be the same child (its own first): what
 *                  earlier referrals may carry
 * @param everyChildNew every child was first enrolled by this referral: no earlier referral can name any of them
 */
public record FamilyOnReferral(String familyId, List<String> childIds, List<String> adultIds, List<List<String>> aliases,
                               List<PossibleMatch> possibleMatches, boolean everyChildNew) {

    public FamilyOnReferral {
        childIds = List.copyOf(childIds);
        adultIds = List.copyOf(adultIds);
        aliases = aliases.stream().map(List::copyOf).toList();
        possibleMatches = List.copyOf(possibleMatches);
    }
}
