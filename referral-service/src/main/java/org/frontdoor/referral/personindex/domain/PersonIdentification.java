package org.frontdoor.referral.personindex.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Gives each child and adult on a referral a pseudonymous id, recognising people referred before.
 *
 * <ul>
 *   <li>A <em>certain</em> match ({@link MatchStrength#CERTAIN}: the NHS number, else name + date of birth + postcode)
 *       keeps the id the index already holds, so later referrals of the same child carry the same {@code childId}. An
 *       NHS number first given on the later referral is written to the entry, so it recognises the child from then on.</li>
 *   <li>Anyone else is enrolled with a new id, and every weaker likeness ({@link MatchStrength#isPossible()}) to an
 *       existing entry is recorded as a {@link PossibleMatch} for a triage worker to confirm or reject. Nothing is merged
 *       by the system itself.</li>
 *   <li>An entry a worker confirmed to be an earlier one ({@code sameAs}) answers with the earlier entry's ids and
 *       family: ids stay stable, and what events carry from then on is the earlier {@code childId}.</li>
 *   <li>The children of one referral share a {@code familyId}: the family of the first recognised child, else a new
 *       family. A recognised child is not moved to another family. Adults first met on this referral join its family.</li>
 * </ul>
 */
public final class PersonIdentification {

    private static final int MAX_SAME_AS_CHAIN = 10;

    private final PersonIndex index;
    private final Supplier<String> newIds;

    public PersonIdentification(PersonIndex index) {
        this(index, () -> UUID.randomUUID().toString());
    }

    public PersonIdentification(PersonIndex index, Supplier<String> newIds) {
        this.index = Objects.requireNonNull(index);
        this.newIds = Objects.requireNonNull(newIds);
    }

    public FamilyOnReferral identify(String referralId, List<PersonToIdentify> children, List<PersonToIdentify> adults,
                                     Instant at) {
        if (children.isEmpty()) {
            throw new IllegalArgumentException("A referral names at least one child");
        }
        List<Optional<IndexedPerson>> knownChildren = children.stream().map(child -> certainMatch(child.key())).toList();
        String familyId = knownChildren.stream()
                .flatMap(Optional::stream)
                .map(IndexedPerson::familyId)
                .findFirst()
                .orElseGet(newIds);
        return identify(referralId, children, knownChildren, adults, familyId, at);
    }

    /**
     * People added to a referral that already has a family (an amendment): the family stays, whoever is recognised.
     * {@code children} may be empty.
     */
    public FamilyOnReferral identifyInFamily(String referralId, List<PersonToIdentify> children,
                                             List<PersonToIdentify> adults, String familyId, Instant at) {
        List<Optional<IndexedPerson>> knownChildren = children.stream().map(child -> certainMatch(child.key())).toList();
        return identify(referralId, children, knownChildren, adults, familyId, at);
    }

    private FamilyOnReferral identify(String referralId, List<PersonToIdentify> children,
                                      List<Optional<IndexedPerson>> knownChildren, List<PersonToIdentify> adults,
                                      String familyId, Instant at) {
        List<PossibleMatch> possible = new ArrayList<>();
        List<String> childIds = new ArrayList<>();
        List<List<String>> aliases = new ArrayList<>();
        boolean everyChildNew = true;
        for (int i = 0; i < children.size(); i++) {
            PersonToIdentify named = children.get(i);
            Enrolment child = knownChildren.get(i).map(Enrolment::known)
                    .orElseGet(() -> enrolNew(named, familyId, referralId, at, possible));
            childIds.add(child.person().personId());
            aliases.add(child.isNew() ? List.of(child.person().personId()) : aliasesOf(child.person()));
            everyChildNew &= child.isNew();
        }
        List<String> adultIds = new ArrayList<>();
        for (PersonToIdentify adult : adults) {
            adultIds.add(certainMatch(adult.key())
                    .map(Enrolment::known)
                    .orElseGet(() -> enrolNew(adult, familyId, referralId, at, possible))
                    .person().personId());
        }
        return new FamilyOnReferral(familyId, childIds, adultIds, aliases, possible, everyChildNew);
    }

    /**
     * The child's own id and every entry confirmed to be them. Not asked of an entry enrolled a moment ago: a
     * confirmation needs a possible match, and this enrolment is the first to offer one.
     */
    private List<String> aliasesOf(IndexedPerson child) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(child.personId());
        ids.addAll(index.confirmedAs(child.personId()));
        return List.copyOf(ids);
    }

    /** A person of the referral as the index answered: known before, or enrolled just now ({@code isNew}). */
    private record Enrolment(IndexedPerson person, boolean isNew) {

        static Enrolment known(IndexedPerson person) {
            return new Enrolment(person, false);
        }
    }

    /** The entry this key certainly belongs to, resolved to the earliest confirmed entry. */
    private Optional<IndexedPerson> certainMatch(PersonKey key) {
        Optional<IndexedPerson> found = key.nhsNumber() == null ? Optional.empty() : index.findByNhsNumber(key);
        if (found.isEmpty() && key.exactKey() != null) {
            found = index.findByExactKey(key)
                    .filter(entry -> MatchStrength.between(key, entry.key()) == MatchStrength.CERTAIN);
            found.filter(entry -> key.nhsNumber() != null && entry.key().nhsNumber() == null)
                    .ifPresent(entry -> index.learnNhsNumber(entry.personId(), key));
        }
        return found.map(this::resolve);
    }

    private Enrolment enrolNew(PersonToIdentify person, String familyId, String referralId, Instant at,
                               List<PossibleMatch> possible) {
        String personId = newIds.get();
        IndexedPerson enrolled = index.enrol(new IndexedPerson(personId, person.key(), familyId, null,
                person.firstName(), person.lastName()));
        if (!enrolled.personId().equals(personId)) {
            // enrolled meanwhile by another referral: a certain match after all
            return Enrolment.known(resolve(enrolled));
        }
        Set<String> offered = new LinkedHashSet<>();
        for (IndexedPerson candidate : index.candidates(person.key())) {
            if (candidate.personId().equals(personId)) {
                continue;
            }
            MatchStrength strength = MatchStrength.between(person.key(), candidate.key());
            IndexedPerson earlier = resolve(candidate);
            if (strength.isPossible() && !earlier.personId().equals(personId) && offered.add(earlier.personId())) {
                PossibleMatch match = new PossibleMatch(newIds.get(), person.key().kind(), personId, earlier.personId(),
                        strength, referralId, at, PossibleMatch.Status.OPEN, null, null);
                index.addPossibleMatch(match);
                possible.add(match);
            }
        }
        return new Enrolment(enrolled, true);
    }

    /** Follows confirmed {@code sameAs} links to the earliest entry. */
    private IndexedPerson resolve(IndexedPerson person) {
        IndexedPerson current = person;
        for (int step = 0; step < MAX_SAME_AS_CHAIN && current.sameAs() != null; step++) {
            Optional<IndexedPerson> earlier = index.find(current.sameAs());
            if (earlier.isEmpty()) {
                break;
            }
            current = earlier.get();
        }
        return current;
    }
}
