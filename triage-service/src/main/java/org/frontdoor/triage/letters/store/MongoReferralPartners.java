package org.frontdoor.triage.letters.store;

import java.util.Optional;

import org.bson.Document;
import org.frontdoor.triage.letters.domain.ReferralPartners;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** {@code letterReferralPartners}: one document per partner-posted referral, {@code _id} = referralId (an upsert: repeats change nothing). */
@Component
public class MongoReferralPartners implements ReferralPartners {

    static final String COLLECTION = "letterReferralPartners";

    private final MongoTemplate mongo;

    public MongoReferralPartners(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void posted(String referralId, String partnerId) {
        mongo.upsert(Query.query(where("_id").is(referralId)), Update.update("partnerId", partnerId), COLLECTION);
    }

    @Override
    public Optional<String> partnerOf(String referralId) {
        return Optional.ofNullable(mongo.findById(referralId, Document.class, COLLECTION))
                .map(document -> document.getString("partnerId"));
    }
}
