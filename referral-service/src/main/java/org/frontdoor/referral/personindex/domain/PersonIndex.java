package org.frontdoor.referral.personindex.domain;

import java.util.List;
import java.util.Optional;

/** The children and adults known to the front door, and the possible matches awaiting a triage worker (port). */
public interface PersonIndex {

    Optional<IndexedPerson> find(String personId);

    /** The entry with this NHS number (of the same kind), if any. */
    Optional<IndexedPerson> findByNhsNumber(PersonKey key);

    /** The entry with this exact name, date of birth and postcode (of the same kind), if any. */
    Optional<IndexedPerson> findByExactKey(PersonKey key);

    /** Entries sharing the name and date of birth, or the last name, date of birth and postcode: to be compared. */
    List<IndexedPerson> candidates(PersonKey key);

    /** The entries a triage worker confirmed to be {@code personId} (their {@code sameAs}). */
    List<String> confirmedAs(String personId);

    /**
     * Enrols someone not yet known. If another referral enrolled the same NHS number or exact key meanwhile, the entry
     * already there wins and is returned, so one person never gets two ids by a race.
     */
    IndexedPerson enrol(IndexedPerson person);

    /**
     * Records the NHS number of someone known without one (learnt on a later referral that matched them certainly). Does
     * nothing when the entry already has one, or another entry has this number.
     */
    void learnNhsNumber(String personId, PersonKey key);

    void addPossibleMatch(PossibleMatch match);

    Optional<PossibleMatch> findPossibleMatch(String matchId);

    /** Newest first. */
    List<PossibleMatch> possibleMatches(PossibleMatch.Status status, int page, int size);

    long countPossibleMatches(PossibleMatch.Status status);

    /**
     * Records the decision on a possible match still {@code OPEN} and, when confirmed, points the later entry at the
     * earlier one ({@code sameAs}).
     *
     * @return {@code false} when it was decided meanwhile (nothing changed)
     */
    boolean decide(PossibleMatch decided);
}
