package org.frontdoor.referral.personindex.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;

import org.frontdoor.referral.personindex.domain.IndexedChild;
import org.frontdoor.referral.personindex.domain.MatchKey;
import org.frontdoor.referral.personindex.domain.PersonIndex;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

/** The person index in MongoDB: one entry per child, unique on the match key (two racing enrolments cannot split a child). */
@Repository
class MongoPersonIndex implements PersonIndex {

    static final String COLLECTION = "children";

    private final MongoTemplate mongo;

    MongoPersonIndex(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("matchKey", Sort.Direction.ASC).unique().named("match_key"));
    }

    @Override
    public Optional<IndexedChild> find(MatchKey key) {
        return Optional.ofNullable(mongo.findOne(query(where("matchKey").is(key.value())), ChildEntry.class, COLLECTION))
                .map(entry -> entry.toIndexedChild(key));
    }

    @Override
    public IndexedChild enrol(IndexedChild child) {
        try {
            mongo.insert(new ChildEntry(child.childId(), child.matchKey().value(), child.familyId()), COLLECTION);
            return child;
        } catch (DuplicateKeyException enrolledMeanwhile) {
            return find(child.matchKey()).orElseThrow(() -> enrolledMeanwhile);
        }
    }

    @Document(COLLECTION)
    record ChildEntry(@Id String id, String matchKey, String familyId) {

        IndexedChild toIndexedChild(MatchKey key) {
            return new IndexedChild(id, key, familyId);
        }
    }
}
