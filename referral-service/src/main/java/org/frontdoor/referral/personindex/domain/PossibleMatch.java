package org.frontdoor.referral.personindex.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Two index entries that may be the same person, waiting for a triage worker: never merged by the system itself.
 *
 * @param personId   the later entry (enrolled by {@code referralId})
 * @param earlierId  the entry it may be
 * @param referralId the referral on which the later entry was enrolled
 * @param decidedBy  {@code sub} of who confirmed or rejected it, else {@code null}
 */
public record PossibleMatch(String matchId, PersonKind kind, String personId, String earlierId, MatchStrength strength,
                            String referralId, Instant foundAt, Status status, String decidedBy, Instant decidedAt) {

    public enum Status { OPEN, CONFIRMED, REJECTED }

    public PossibleMatch {
        Objects.requireNonNull(matchId, "matchId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(earlierId, "earlierId");
        Objects.requireNonNull(status, "status");
    }

    public PossibleMatch decided(Status decision, String by, Instant at) {
        return new PossibleMatch(matchId, kind, personId, earlierId, strength, referralId, foundAt, decision, by, at);
    }
}
