package org.frontdoor.cases.socialcare.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.frontdoor.cases.earlyhelp.domain.RequestKey;
import org.frontdoor.serviceplatform.outbox.OutboxCollection;
import org.frontdoor.serviceplatform.outbox.OutboxSignal;
import org.frontdoor.cases.socialcare.domain.EpisodeClosure;
import org.frontdoor.cases.socialcare.domain.SocialCareFeed;
import org.frontdoor.cases.socialcare.domain.StepDown;
import org.frontdoor.cases.socialcare.events.SocialCarePublications;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Episode closures (by episode id) and step-downs in their own collections; each is inserted with its event in its
 * outbox (one single-document write). A second insert of the same id meets the duplicate key and writes nothing.
 */
@Component
class MongoSocialCareFeed implements SocialCareFeed {

    private final MongoTemplate mongo;
    private final OutboxSignal relay;

    MongoSocialCareFeed(MongoTemplate mongo, OutboxSignal relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    @Component
    static class ClosuresOutbox implements OutboxCollection {
        @Override
        public String outboxCollection() {
            return EpisodeClosureDocument.COLLECTION;
        }
    }

    @Component
    static class StepDownsOutbox implements OutboxCollection {
        @Override
        public String outboxCollection() {
            return StepDownDocument.COLLECTION;
        }
    }

    @Override
    public boolean add(EpisodeClosure closure) {
        try {
            mongo.insert(new EpisodeClosureDocument(closure.episodeId(), null, closure.childId(),
                    closure.closedOn().toString(), closure.reason(), closure.recordedAt(), closure.recordedBy(),
                    key(closure.requestKey()), List.of(SocialCarePublications.outboxMessage(closure))));
            relay.eventsWritten(EpisodeClosureDocument.COLLECTION, closure.episodeId());
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }

    @Override
    public Optional<EpisodeClosure> closure(String episodeId) {
        return Optional.ofNullable(mongo.findById(episodeId, EpisodeClosureDocument.class))
                .map(MongoSocialCareFeed::closureOf);
    }

    @Override
    public Optional<EpisodeClosure> closureWithKey(String caller, String key) {
        return Optional.ofNullable(mongo.findOne(query(where("requestKey.caller").is(caller)
                        .and("requestKey.key").is(key)), EpisodeClosureDocument.class))
                .map(MongoSocialCareFeed::closureOf);
    }

    @Override
    public boolean add(StepDown stepDown) {
        try {
            mongo.insert(new StepDownDocument(stepDown.stepDownId(), null, stepDown.childId(), stepDown.familyId(),
                    stepDown.episodeId(), stepDown.receivedAt(), stepDown.recordedBy(), key(stepDown.requestKey()),
                    List.of(SocialCarePublications.outboxMessage(stepDown))));
            relay.eventsWritten(StepDownDocument.COLLECTION, stepDown.stepDownId());
            return true;
        } catch (DuplicateKeyException alreadyRecorded) {
            return false;
        }
    }

    @Override
    public Optional<StepDown> stepDown(String stepDownId) {
        return Optional.ofNullable(mongo.findById(stepDownId, StepDownDocument.class))
                .map(doc -> new StepDown(doc.id(), doc.childId(), doc.familyId(), doc.episodeId(), doc.receivedAt(),
                        doc.recordedBy(), key(doc.requestKey())));
    }

    private static EpisodeClosure closureOf(EpisodeClosureDocument doc) {
        return new EpisodeClosure(doc.id(), doc.childId(), LocalDate.parse(doc.closedOn()), doc.reason(),
                doc.recordedAt(), doc.recordedBy(), key(doc.requestKey()));
    }

    private static EpisodeClosureDocument.Key key(RequestKey key) {
        return key == null ? null : new EpisodeClosureDocument.Key(key.caller(), key.key(), key.requestHash());
    }

    private static RequestKey key(EpisodeClosureDocument.Key key) {
        return key == null ? null : new RequestKey(key.caller(), key.key(), key.requestHash());
    }
}
