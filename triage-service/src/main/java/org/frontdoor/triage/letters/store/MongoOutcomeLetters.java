package org.frontdoor.triage.letters.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.frontdoor.triage.decision.domain.Route;
import org.frontdoor.triage.decision.domain.ThresholdLevel;
import org.frontdoor.triage.letters.domain.Channel;
import org.frontdoor.triage.letters.domain.DecisionFacts;
import org.frontdoor.triage.letters.domain.LetterStatus;
import org.frontdoor.triage.letters.domain.OutcomeLetter;
import org.frontdoor.triage.letters.domain.OutcomeLetters;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Outcome letters in the {@code outcomeLetters} collection. A new letter is an insert (a duplicate id means the
 * event was seen before); a change is a save conditional on the version read ({@code @Version}), so of two senders
 * only one can move a letter on.
 */
@Component
public class MongoOutcomeLetters implements OutcomeLetters {

    private final MongoTemplate mongo;

    public MongoOutcomeLetters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean add(OutcomeLetter letter) {
        try {
            mongo.insert(toDocument(letter));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public Optional<OutcomeLetter> update(OutcomeLetter letter) {
        if (letter.version() == null) {
            throw new IllegalArgumentException("Letter " + letter.letterId() + " was never stored");
        }
        try {
            return Optional.of(toDomain(mongo.save(toDocument(letter))));
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<OutcomeLetter> find(String letterId) {
        return Optional.ofNullable(mongo.findById(letterId, OutcomeLetterDocument.class)).map(MongoOutcomeLetters::toDomain);
    }

    @Override
    public List<OutcomeLetter> ofReferral(String referralId) {
        Query query = Query.query(where("referralId").is(referralId)).with(Sort.by("createdAt", "_id"));
        return mongo.find(query, OutcomeLetterDocument.class).stream().map(MongoOutcomeLetters::toDomain).toList();
    }

    @Override
    public List<OutcomeLetter> due(Instant now, int limit) {
        Query query = Query.query(where("status").is(LetterStatus.PENDING.name()).and("nextAttemptAt").lte(now))
                .with(Sort.by("nextAttemptAt")).limit(limit);
        return mongo.find(query, OutcomeLetterDocument.class).stream().map(MongoOutcomeLetters::toDomain).toList();
    }

    @Override
    public long pending() {
        return mongo.count(Query.query(where("status").is(LetterStatus.PENDING.name())), OutcomeLetterDocument.class);
    }

    static OutcomeLetterDocument toDocument(OutcomeLetter letter) {
        OutcomeLetterDocument document = new OutcomeLetterDocument();
        DecisionFacts decision = letter.decision();
        document.letterId = letter.letterId();
        document.version = letter.version();
        document.referralId = decision.referralId();
        document.decisionId = decision.decisionId();
        document.decidedAt = decision.decidedAt();
        document.level = decision.level().number();
        document.route = decision.route().name();
        document.earlyHelpOffered = decision.earlyHelpOffered();
        document.team = decision.team();
        document.revisesDecisionId = decision.revisesDecisionId();
        document.status = letter.status().name();
        document.channel = letter.channel() == null ? null : letter.channel().name();
        document.emailAddress = letter.emailAddress();
        document.pdf = letter.pdf();
        document.createdAt = letter.createdAt();
        document.attempts = letter.attempts();
        document.nextAttemptAt = letter.nextAttemptAt();
        document.problem = letter.problem();
        document.notifyTried = letter.notifyTried();
        document.notificationId = letter.notificationId();
        document.sentAt = letter.sentAt();
        return document;
    }

    static OutcomeLetter toDomain(OutcomeLetterDocument document) {
        DecisionFacts decision = new DecisionFacts(document.decisionId, document.referralId, document.decidedAt,
                ThresholdLevel.of(document.level).orElseThrow(), Route.valueOf(document.route),
                document.earlyHelpOffered, document.team, document.revisesDecisionId);
        return new OutcomeLetter(document.letterId, decision, LetterStatus.valueOf(document.status),
                document.channel == null ? null : Channel.valueOf(document.channel), document.emailAddress,
                document.pdf, document.createdAt, document.attempts, document.nextAttemptAt, document.problem,
                document.notifyTried, document.notificationId, document.sentAt, document.version);
    }
}
