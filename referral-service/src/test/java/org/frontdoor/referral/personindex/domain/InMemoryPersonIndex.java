package org.frontdoor.referral.personindex.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The person index in maps, with the store's uniqueness on the NHS number and the exact key. */
public final class InMemoryPersonIndex implements PersonIndex {

    final Map<String, IndexedPerson> people = new LinkedHashMap<>();
    final Map<String, PossibleMatch> matches = new LinkedHashMap<>();
    /** How many times the index was asked who was confirmed to be someone. */
    int confirmedAsAsked;

    @Override
    public Optional<IndexedPerson> find(String personId) {
        return Optional.ofNullable(people.get(personId));
    }

    @Override
    public Optional<IndexedPerson> findByNhsNumber(PersonKey key) {
        return people.values().stream().filter(p -> key.nhsKey() != null && key.nhsKey().equals(p.key().nhsKey()))
                .findFirst();
    }

    @Override
    public Optional<IndexedPerson> findByExactKey(PersonKey key) {
        return people.values().stream().filter(p -> key.exactKey() != null && key.exactKey().equals(p.key().exactKey()))
                .findFirst();
    }

    @Override
    public List<IndexedPerson> candidates(PersonKey key) {
        return people.values().stream()
                .filter(p -> (key.nameAndBirthKey() != null && key.nameAndBirthKey().equals(p.key().nameAndBirthKey()))
                        || (key.familyAndAddressKey() != null
                        && key.familyAndAddressKey().equals(p.key().familyAndAddressKey())))
                .toList();
    }

    @Override
    public List<String> confirmedAs(String personId) {
        confirmedAsAsked++;
        return people.values().stream().filter(p -> personId.equals(p.sameAs())).map(IndexedPerson::personId).toList();
    }

    @Override
    public IndexedPerson enrol(IndexedPerson person) {
        Optional<IndexedPerson> there = findByNhsNumber(person.key());
        if (there.isEmpty() && person.key().nhsNumber() == null) {
            there = findByExactKey(person.key());
        }
        if (there.isPresent()) {
            return there.get();
        }
        people.put(person.personId(), person);
        return person;
    }

    @Override
    public void learnNhsNumber(String personId, PersonKey key) {
        IndexedPerson known = people.get(personId);
        if (known.key().nhsNumber() == null && findByNhsNumber(key).isEmpty()) {
            PersonKey k = known.key();
            people.put(personId, new IndexedPerson(personId, new PersonKey(k.kind(), key.nhsNumber(), k.firstName(),
                    k.lastName(), k.dateOfBirth(), k.postcode()), known.familyId(), known.sameAs(), known.firstName(),
                    known.lastName()));
        }
    }

    @Override
    public void addPossibleMatch(PossibleMatch match) {
        matches.put(match.matchId(), match);
    }

    @Override
    public Optional<PossibleMatch> findPossibleMatch(String matchId) {
        return Optional.ofNullable(matches.get(matchId));
    }

    @Override
    public List<PossibleMatch> possibleMatches(PossibleMatch.Status status, int page, int size) {
        return matches.values().stream().filter(m -> m.status() == status)
                .sorted(Comparator.comparing(PossibleMatch::foundAt).reversed())
                .skip((long) page * size).limit(size).toList();
    }

    @Override
    public long countPossibleMatches(PossibleMatch.Status status) {
        return matches.values().stream().filter(m -> m.status() == status).count();
    }

    @Override
    public boolean decide(PossibleMatch decided) {
        PossibleMatch stored = matches.get(decided.matchId());
        if (stored == null || stored.status() != PossibleMatch.Status.OPEN) {
            return false;
        }
        matches.put(decided.matchId(), decided);
        if (decided.status() == PossibleMatch.Status.CONFIRMED) {
            IndexedPerson later = people.get(decided.personId());
            people.put(later.personId(), new IndexedPerson(later.personId(), later.key(), later.familyId(),
                    Objects.requireNonNull(decided.earlierId()), later.firstName(), later.lastName()));
        }
        return true;
    }

    /** Everyone enrolled, in order. */
    public List<IndexedPerson> everyone() {
        return new ArrayList<>(people.values());
    }
}
