package org.frontdoor.referral.personindex.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.frontdoor.referral.personindex.domain.IndexedPerson;
import org.frontdoor.referral.personindex.domain.MatchStrength;
import org.frontdoor.referral.personindex.domain.PersonIndex;
import org.frontdoor.referral.personindex.domain.PersonKey;
import org.frontdoor.referral.personindex.domain.PersonKind;
import org.frontdoor.referral.personindex.domain.PossibleMatch;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The person index in MongoDB: collection {@code people} (one entry per person, unique on the NHS number and on the
 * exact key, both sparse, so two racing enrolments cannot split a person) and {@code possibleMatches}.
 */
@Repository
class MongoPersonIndex implements PersonIndex {

    static final String PEOPLE = "people";
    static final String POSSIBLE_MATCHES = "possibleMatches";

    private final MongoTemplate mongo;

    MongoPersonIndex(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(PEOPLE).createIndex(new Index().on("nhsKey", Sort.Direction.ASC).unique().sparse().named("nhs_number"));
        mongo.indexOps(PEOPLE).createIndex(new Index().on("exactKey", Sort.Direction.ASC).unique().sparse().named("exact_key"));
        mongo.indexOps(PEOPLE).createIndex(new Index().on("nameAndBirthKey", Sort.Direction.ASC).named("name_and_birth"));
        mongo.indexOps(PEOPLE).createIndex(new Index().on("familyAndAddressKey", Sort.Direction.ASC).named("family_and_address"));
        mongo.indexOps(PEOPLE).createIndex(new Index().on("sameAs", Sort.Direction.ASC).named("same_as"));
        mongo.indexOps(POSSIBLE_MATCHES).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("foundAt", Sort.Direction.DESC).named("by_status"));
    }

    @Override
    public Optional<IndexedPerson> find(String personId) {
        return Optional.ofNullable(mongo.findById(personId, PersonEntry.class, PEOPLE)).map(PersonEntry::toPerson);
    }

    @Override
    public Optional<IndexedPerson> findByNhsNumber(PersonKey key) {
        return findOne(where("nhsKey").is(key.nhsKey()));
    }

    @Override
    public Optional<IndexedPerson> findByExactKey(PersonKey key) {
        return key.exactKey() == null ? Optional.empty() : findOne(where("exactKey").is(key.exactKey()));
    }

    @Override
    public List<IndexedPerson> candidates(PersonKey key) {
        List<Criteria> any = new ArrayList<>();
        if (key.nameAndBirthKey() != null) {
            any.add(where("nameAndBirthKey").is(key.nameAndBirthKey()));
        }
        if (key.familyAndAddressKey() != null) {
            any.add(where("familyAndAddressKey").is(key.familyAndAddressKey()));
        }
        if (any.isEmpty()) {
            return List.of();
        }
        Query query = query(new Criteria().orOperator(any)).limit(50);
        return mongo.find(query, PersonEntry.class, PEOPLE).stream().map(PersonEntry::toPerson).toList();
    }

    @Override
    public List<String> confirmedAs(String personId) {
        return mongo.find(query(where("sameAs").is(personId)), PersonEntry.class, PEOPLE).stream()
                .map(PersonEntry::id)
                .toList();
    }

    @Override
    public IndexedPerson enrol(IndexedPerson person) {
        PersonKey key = person.key();
        try {
            mongo.insert(PersonEntry.of(person, true), PEOPLE);
            return person;
        } catch (DuplicateKeyException enrolledMeanwhile) {
            if (key.nhsKey() != null) {
                Optional<IndexedPerson> sameNumber = findByNhsNumber(key);
                if (sameNumber.isPresent()) {
                    return sameNumber.get();
                }
            }
            IndexedPerson sameDetails = findByExactKey(key).orElseThrow(() -> enrolledMeanwhile);
            if (MatchStrength.between(key, sameDetails.key()) == MatchStrength.CERTAIN) {
                return sameDetails;
            }
            // Same name, date of birth and postcode but another NHS number: a different person. Enrolled without the
            // exact key (the NHS number recognises them from now on).
            mongo.insert(PersonEntry.of(person, false), PEOPLE);
            return person;
        }
    }

    @Override
    public void learnNhsNumber(String personId, PersonKey key) {
        try {
            mongo.updateFirst(query(where("_id").is(personId).and("nhsKey").exists(false)),
                    new Update().set("nhsNumber", key.nhsNumber()).set("nhsKey", key.nhsKey()), PEOPLE);
        } catch (DuplicateKeyException anotherHasIt) {
            // another entry already holds this NHS number: leave both as they are (a worker can see the possible match)
        }
    }

    @Override
    public void addPossibleMatch(PossibleMatch match) {
        mongo.insert(MatchEntry.of(match), POSSIBLE_MATCHES);
    }

    @Override
    public Optional<PossibleMatch> findPossibleMatch(String matchId) {
        return Optional.ofNullable(mongo.findById(matchId, MatchEntry.class, POSSIBLE_MATCHES)).map(MatchEntry::toMatch);
    }

    @Override
    public List<PossibleMatch> possibleMatches(PossibleMatch.Status status, int page, int size) {
        Query query = query(where("status").is(status.name()))
                .with(Sort.by(Sort.Direction.DESC, "foundAt").and(Sort.by("_id")))
                .skip((long) page * size)
                .limit(size);
        return mongo.find(query, MatchEntry.class, POSSIBLE_MATCHES).stream().map(MatchEntry::toMatch).toList();
    }

    @Override
    public long countPossibleMatches(PossibleMatch.Status status) {
        return mongo.count(query(where("status").is(status.name())), POSSIBLE_MATCHES);
    }

    @Override
    public boolean decide(PossibleMatch decided) {
        Query stillOpen = query(where("_id").is(decided.matchId()).and("status").is(PossibleMatch.Status.OPEN.name()));
        Update decision = new Update()
                .set("status", decided.status().name())
                .set("decidedBy", decided.decidedBy())
                .set("decidedAt", decided.decidedAt());
        if (mongo.updateFirst(stillOpen, decision, POSSIBLE_MATCHES).getModifiedCount() != 1) {
            return false;
        }
        if (decided.status() == PossibleMatch.Status.CONFIRMED) {
            mongo.updateFirst(query(where("_id").is(decided.personId())), new Update().set("sameAs", decided.earlierId()),
                    PEOPLE);
        }
        return true;
    }

    private Optional<IndexedPerson> findOne(Criteria criteria) {
        return Optional.ofNullable(mongo.findOne(query(criteria), PersonEntry.class, PEOPLE)).map(PersonEntry::toPerson);
    }

    /** One person. The keys are stored only when known (sparse unique indexes skip absent ones). */
    @Document(PEOPLE)
    record PersonEntry(@Id String id, String kind, String familyId, String sameAs, String nhsNumber, String firstName,
                       String lastName, String normalisedFirstName, String normalisedLastName, String dateOfBirth,
                       String postcode, String nhsKey, String exactKey, String nameAndBirthKey,
                       String familyAndAddressKey) {

        static PersonEntry of(IndexedPerson person, boolean withExactKey) {
            PersonKey key = person.key();
            return new PersonEntry(person.personId(), key.kind().name(), person.familyId(), person.sameAs(),
                    key.nhsNumber(), person.firstName(), person.lastName(), key.firstName(), key.lastName(),
                    key.dateOfBirth() == null ? null : key.dateOfBirth().toString(), key.postcode(), key.nhsKey(),
                    withExactKey ? key.exactKey() : null, key.nameAndBirthKey(), key.familyAndAddressKey());
        }

        IndexedPerson toPerson() {
            PersonKey key = new PersonKey(PersonKind.valueOf(kind), nhsNumber, normalisedFirstName, normalisedLastName,
                    dateOfBirth == null ? null : LocalDate.parse(dateOfBirth), postcode);
            return new IndexedPerson(id, key, familyId, sameAs, firstName, lastName);
        }
    }

    @Document(POSSIBLE_MATCHES)
    record MatchEntry(@Id String id, String kind, String personId, String earlierId, String strength,
                      String referralId, Instant foundAt, String status, String decidedBy, Instant decidedAt) {

        static MatchEntry of(PossibleMatch match) {
            return new MatchEntry(match.matchId(), match.kind().name(), match.personId(), match.earlierId(),
                    match.strength().name(), match.referralId(), match.foundAt(), match.status().name(),
                    match.decidedBy(), match.decidedAt());
        }

        PossibleMatch toMatch() {
            return new PossibleMatch(id, PersonKind.valueOf(kind), personId, earlierId, MatchStrength.valueOf(strength),
                    referralId, foundAt, PossibleMatch.Status.valueOf(status), decidedBy, decidedAt);
        }
    }
}
