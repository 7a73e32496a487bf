package org.frontdoor.triage.letters.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored outcome letters. */
public interface OutcomeLetters {

    /** Stores a new letter; {@code false} if a letter with its id (the same decision event) is already there. */
    boolean add(OutcomeLetter letter);

    /**
     * Stores a change, if nobody changed the letter since it was read.
     *
     * @return the letter as stored now (its new version), or empty if it was changed meanwhile
     */
    Optional<OutcomeLetter> update(OutcomeLetter letter);

    Optional<OutcomeLetter> find(String letterId);

    /** A referral's letters, oldest first. */
    List<OutcomeLetter> ofReferral(String referralId);

    /** Pending letters whose next attempt is due at {@code now}, earliest first, at most {@code limit}. */
    List<OutcomeLetter> due(Instant now, int limit);

    long pending();
}
