package org.frontdoor.referral.personindex.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.frontdoor.referral.audit.domain.AuditAction;
import org.frontdoor.referral.audit.domain.AuditEntry;
import org.frontdoor.referral.audit.domain.AuditTrail;
import org.frontdoor.referral.access.domain.Actor;
import org.frontdoor.referral.access.domain.NotPermitted;
import org.frontdoor.referral.access.domain.Role;

/**
 * The possible matches a triage worker or manager works through: list them, then confirm (the later entry is the
 * earlier person: from now on the earlier ids are used) or reject (they are different people). Every list and every
 * decision is written to the audit trail.
 */
public final class PossibleMatches {

    public static final int MAX_PAGE_SIZE = 50;

    private final PersonIndex index;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public PossibleMatches(PersonIndex index, AuditTrail auditTrail, Clock clock) {
        this.index = Objects.requireNonNull(index);
        this.auditTrail = Objects.requireNonNull(auditTrail);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A possible match with both entries, as the worker compares them. */
    public record ForReview(PossibleMatch match, IndexedPerson person, IndexedPerson earlier) {
    }

    public record Page(List<ForReview> matches, int page, int size, long total) {
    }

    public Page list(PossibleMatch.Status status, int page, int size, Actor caller) {
        requireTriage(caller);
        List<InvalidMatchList.Problem> violations = new ArrayList<>();
        if (status == null) {
            violations.add(new InvalidMatchList.Problem("status", "is required: OPEN, CONFIRMED or REJECTED"));
        }
        if (page < 0) {
            violations.add(new InvalidMatchList.Problem("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add(new InvalidMatchList.Problem("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidMatchList(violations);
        }
        List<ForReview> found = index.possibleMatches(status, page, size).stream().map(this::forReview).toList();
        List<String> shown = found.stream().flatMap(review -> recordIds(review.match()).stream()).toList();
        auditTrail.append(new AuditEntry(caller.subject(), caller.roleNames(), AuditAction.LIST_POSSIBLE_MATCHES, null,
                clock.instant(), List.of("status"), found.size(), shown, null));
        return new Page(found, page, size, index.countPossibleMatches(status));
    }

    /** @throws PossibleMatchNotFound when there is none; {@link PossibleMatchDecided} when decided before */
    public ForReview confirm(String matchId, Actor caller) {
        return decide(matchId, PossibleMatch.Status.CONFIRMED, AuditAction.CONFIRM_POSSIBLE_MATCH, caller);
    }

    public ForReview reject(String matchId, Actor caller) {
        return decide(matchId, PossibleMatch.Status.REJECTED, AuditAction.REJECT_POSSIBLE_MATCH, caller);
    }

    private ForReview decide(String matchId, PossibleMatch.Status decision, AuditAction action, Actor caller) {
        requireTriage(caller);
        PossibleMatch match = index.findPossibleMatch(matchId).orElseThrow(() -> new PossibleMatchNotFound(matchId));
        if (match.status() != PossibleMatch.Status.OPEN) {
            throw new PossibleMatchDecided(matchId, match.status());
        }
        Instant at = clock.instant();
        PossibleMatch decided = match.decided(decision, caller.subject(), at);
        if (!index.decide(decided)) {
            throw new PossibleMatchDecided(matchId, index.findPossibleMatch(matchId).orElseThrow().status());
        }
        auditTrail.append(new AuditEntry(caller.subject(), caller.roleNames(), action, match.referralId(), at,
                List.of(match.personId(), match.earlierId()), null, recordIds(match), null));
        return forReview(decided);
    }

    /** A possible match shows two people of one referral: the audit trail records all three ids. */
    private static List<String> recordIds(PossibleMatch match) {
        List<String> ids = new ArrayList<>();
        if (match.referralId() != null) {
            ids.add(match.referralId());
        }
        ids.add(match.personId());
        ids.add(match.earlierId());
        return ids;
    }

    private ForReview forReview(PossibleMatch match) {
        return new ForReview(match, index.find(match.personId()).orElse(null), index.find(match.earlierId()).orElse(null));
    }

    private static void requireTriage(Actor caller) {
        if (!caller.has(Role.TRIAGE_WORKER) && !caller.has(Role.TRIAGE_MANAGER)) {
            throw new NotPermitted("Only triage workers and managers review possible matches");
        }
    }

    /** No possible match with this id. */
    public static class PossibleMatchNotFound extends RuntimeException {
        public PossibleMatchNotFound(String matchId) {
            super("No possible match " + matchId);
        }
    }

    /** Already confirmed or rejected. */
    public static class PossibleMatchDecided extends RuntimeException {
        private final PossibleMatch.Status status;

        public PossibleMatchDecided(String matchId, PossibleMatch.Status status) {
            super("Possible match " + matchId + " is already " + status);
            this.status = status;
        }

        public PossibleMatch.Status status() {
            return status;
        }
    }
}
