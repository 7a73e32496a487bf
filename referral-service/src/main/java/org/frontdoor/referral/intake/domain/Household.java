package org.frontdoor.referral.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.frontdoor.referral.locality.domain.AuthorityArea;
import org.frontdoor.referral.locality.domain.Locality;
import org.frontdoor.referral.locality.domain.Postcode;
import org.frontdoor.referral.personindex.domain.FamilyOnReferral;
import org.frontdoor.referral.personindex.domain.MatchKey;
import org.frontdoor.referral.personindex.domain.PersonIdentification;
import org.frontdoor.referral.personindex.domain.PersonKey;
import org.frontdoor.referral.personindex.domain.PersonKind;
import org.frontdoor.referral.personindex.domain.PersonToIdentify;

/**
 * The children and adults of a referral as the person index and the authority's localities see them. An adult with no
 * address of their own lives at the first child's address (the first child with a postcode).
 */
final class Household {

    static FamilyOnReferral identify(PersonIdentification identification, String referralId, List<ChildDetails> children,
                                     List<AdultDetails> adults, Instant at) {
        String householdPostcode = householdPostcode(children);
        return identification.identify(referralId, children.stream().map(Household::toIdentify).toList(),
                adults.stream().map(adult -> toIdentify(adult, householdPostcode)).toList(), at);
    }

    private static String householdPostcode(List<ChildDetails> children) {
        return children.stream().map(ChildDetails::postcode).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static PersonToIdentify toIdentify(ChildDetails child) {
        return new PersonToIdentify(new PersonKey(PersonKind.CHILD, child.nhsNumber(), child.firstName(),
                child.lastName(), child.dateOfBirth(), child.postcode()), child.firstName(), child.lastName());
    }

    private static PersonToIdentify toIdentify(AdultDetails adult, String householdPostcode) {
        return new PersonToIdentify(new PersonKey(PersonKind.ADULT, adult.nhsNumber(), adult.firstName(),
                adult.lastName(), adult.dateOfBirth(),
                adult.address() == null ? householdPostcode : adult.address().postcode()),
                adult.firstName(), adult.lastName());
    }

    /**
     * The household of an amended referral. A child or adult already on the referral (the same NHS number, or the same
     * normalised names and date of birth) is the same person corrected and keeps their id; only people new to the
     * referral go to the person index. The referral's family stays.
     */
    static Referral.Identified reidentify(PersonIdentification identification, Referral referral,
                                          List<ChildDetails> children, List<AdultDetails> adults, Instant at) {
        String[] childIds = new String[children.size()];
        List<ChildDetails> newChildren = new ArrayList<>();
        List<Integer> newChildAt = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            ChildDetails child = children.get(i);
            Optional<ReferredChild> same = referral.children().stream()
                    .filter(known -> samePerson(known.details().nhsNumber(), known.details().firstName(),
                            known.details().lastName(), known.details().dateOfBirth(), child.nhsNumber(),
                            child.firstName(), child.lastName(), child.dateOfBirth()))
                    .findFirst();
            if (same.isPresent()) {
                childIds[i] = same.get().childId();
            } else {
                newChildren.add(child);
                newChildAt.add(i);
            }
        }
        String[] adultIds = new String[adults.size()];
        List<AdultDetails> newAdults = new ArrayList<>();
        List<Integer> newAdultAt = new ArrayList<>();
        for (int i = 0; i < adults.size(); i++) {
            AdultDetails adult = adults.get(i);
            Optional<HouseholdAdult> same = referral.adults().stream()
                    .filter(known -> samePerson(known.details().nhsNumber(), known.details().firstName(),
                            known.details().lastName(), known.details().dateOfBirth(), adult.nhsNumber(),
                            adult.firstName(), adult.lastName(), adult.dateOfBirth()))
                    .findFirst();
            if (same.isPresent()) {
                adultIds[i] = same.get().adultId();
            } else {
                newAdults.add(adult);
                newAdultAt.add(i);
            }
        }
        if (!newChildren.isEmpty() || !newAdults.isEmpty()) {
            String householdPostcode = householdPostcode(children);
            FamilyOnReferral family = identification.identifyInFamily(referral.referralId(),
                    newChildren.stream().map(Household::toIdentify).toList(),
                    newAdults.stream().map(adult -> toIdentify(adult, householdPostcode)).toList(),
                    referral.familyId(), at);
            for (int i = 0; i < newChildAt.size(); i++) {
                childIds[newChildAt.get(i)] = family.childIds().get(i);
            }
            for (int i = 0; i < newAdultAt.size(); i++) {
                adultIds[newAdultAt.get(i)] = family.adultIds().get(i);
            }
        }
        return new Referral.Identified(referral.familyId(), List.of(childIds), List.of(adultIds));
    }

    private static boolean samePerson(String knownNhs, String knownFirst, String knownLast, LocalDate knownBorn,
                                      String nhs, String first, String last, LocalDate born) {
        if (knownNhs != null && nhs != null) {
            return knownNhs.equals(nhs);
        }
        return knownBorn != null && knownBorn.equals(born) && knownLast != null && last != null
                && MatchKey.normalise(knownLast).equals(MatchKey.normalise(last))
                && MatchKey.normalise(knownFirst == null ? "" : knownFirst).equals(MatchKey.normalise(first == null ? "" : first));
    }

    static Referral.Identified identified(FamilyOnReferral family) {
        return new Referral.Identified(family.familyId(), family.childIds(), family.adultIds());
    }

    /** The locality of the first child (in the order named) whose postcode the authority covers, or {@code null}. */
    static String localityOf(AuthorityArea area, List<ChildDetails> children) {
        return children.stream()
                .map(ChildDetails::postcode)
                .map(Postcode::parse)
                .flatMap(Optional::stream)
                .map(area::localityOf)
                .flatMap(Optional::stream)
                .map(Locality::code)
                .findFirst()
                .orElse(null);
    }

    private Household() {
    }
}
