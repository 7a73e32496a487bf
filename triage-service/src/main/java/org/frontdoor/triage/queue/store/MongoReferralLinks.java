package org.frontdoor.triage.queue.store;

import java.time.Instant;
import java.util.List;

import org.frontdoor.triage.queue.domain.ReferralLink;
import org.frontdoor.triage.queue.domain.ReferralLinks;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** referral-service's links in the {@code referralLinks} collection, one document per {@code ReferralLinked} event. */
@Component
class MongoReferralLinks implements ReferralLinks {

    private final MongoTemplate mongo;

    MongoReferralLinks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void keep(ReferralLink link) {
        try {
            mongo.insert(new LinkDocument(link.eventId(), link.referralId(), link.linkedReferralId(), link.childId(),
                    link.kind().name(), link.linkedAt()));
        } catch (DuplicateKeyException alreadyKept) {
            // the same event delivered again
        }
    }

    @Override
    public List<ReferralLink> concerning(String referralId) {
        Query query = Query.query(new Criteria().orOperator(where("referralId").is(referralId),
                where("linkedReferralId").is(referralId)));
        return mongo.find(query, LinkDocument.class).stream()
                .map(stored -> new ReferralLink(stored.eventId(), stored.referralId(), stored.linkedReferralId(),
                        stored.childId(), ReferralLink.Kind.valueOf(stored.kind()), stored.linkedAt()))
                .toList();
    }

    @Document("referralLinks")
    record LinkDocument(@Id String eventId, String referralId, String linkedReferralId, String childId, String kind,
                        Instant linkedAt) {
    }
}
