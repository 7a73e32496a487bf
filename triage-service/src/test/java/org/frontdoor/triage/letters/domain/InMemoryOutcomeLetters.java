package org.frontdoor.triage.letters.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The letter store in memory, with the same version check as the Mongo one. */
public class InMemoryOutcomeLetters implements OutcomeLetters {

    private final Map<String, OutcomeLetter> letters = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(OutcomeLetter letter) {
        if (letters.containsKey(letter.letterId())) {
            return false;
        }
        letters.put(letter.letterId(), withVersion(letter, 0L));
        return true;
    }

    @Override
    public synchronized Optional<OutcomeLetter> update(OutcomeLetter letter) {
        OutcomeLetter stored = letters.get(letter.letterId());
        if (stored == null || !Objects.equals(stored.version(), letter.version())) {
            return Optional.empty();
        }
        OutcomeLetter updated = withVersion(letter, letter.version() + 1);
        letters.put(letter.letterId(), updated);
        return Optional.of(updated);
    }

    @Override
    public synchronized Optional<OutcomeLetter> find(String letterId) {
        return Optional.ofNullable(letters.get(letterId));
    }

    @Override
    public synchronized List<OutcomeLetter> ofReferral(String referralId) {
        return letters.values().stream().filter(letter -> letter.referralId().equals(referralId)).toList();
    }

    @Override
    public synchronized List<OutcomeLetter> due(Instant now, int limit) {
        return letters.values().stream()
                .filter(letter -> letter.status() == LetterStatus.PENDING && !letter.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(OutcomeLetter::nextAttemptAt)).limit(limit).toList();
    }

    @Override
    public synchronized long pending() {
        return letters.values().stream().filter(letter -> letter.status() == LetterStatus.PENDING).count();
    }

    public synchronized List<OutcomeLetter> all() {
        return List.copyOf(letters.values());
    }

    private static OutcomeLetter withVersion(OutcomeLetter letter, long version) {
        return new OutcomeLetter(letter.letterId(), letter.decision(), letter.status(), letter.channel(),
                letter.emailAddress(), letter.pdf(), letter.createdAt(), letter.attempts(), letter.nextAttemptAt(),
                letter.problem(), letter.notifyTried(), letter.notificationId(), letter.sentAt(), version);
    }
}
