package org.frontdoor.triage.queue.store;

import java.time.Instant;
import java.util.List;

import org.frontdoor.triage.decision.domain.Route;
import org.frontdoor.triage.decision.domain.ThresholdLevel;
import org.frontdoor.triage.queue.domain.DecisionsAwaitingReferral;
import org.frontdoor.triage.queue.domain.LoggedDecision;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Decisions from the event log waiting for their referral (or for the decision they revise), in the
 * {@code decisionsAwaitingReferral} collection: {@code _id} = the decision id, so keeping one twice is a duplicate
 * key and changes nothing; removed once recorded.
 */
@Component
class MongoDecisionsAwaitingReferral implements DecisionsAwaitingReferral {

    private final MongoTemplate mongo;

    MongoDecisionsAwaitingReferral(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void keep(LoggedDecision decision) {
        try {
            mongo.insert(new AwaitingDocument(decision.decisionId(), decision.referralId(),
                    decision.revisesDecisionId(), decision.level().number(), decision.route().name(),
                    decision.earlyHelpOffered(), decision.primaryNeed(), decision.assessmentFactors(), decision.team(),
                    decision.decidedBy(), decision.decidedAt()));
        } catch (DuplicateKeyException alreadyKept) {
            // the same decision delivered again
        }
    }

    @Override
    public List<LoggedDecision> of(String referralId) {
        return mongo.find(Query.query(where("referralId").is(referralId)), AwaitingDocument.class).stream()
                .map(stored -> new LoggedDecision(stored.decisionId(), stored.referralId(), stored.revisesDecisionId(),
                        ThresholdLevel.of(stored.level()).orElseThrow(), Route.valueOf(stored.route()),
                        stored.earlyHelpOffered(), stored.primaryNeed(), stored.assessmentFactors(), stored.team(),
                        stored.decidedBy(), stored.decidedAt()))
                .toList();
    }

    @Override
    public void settled(String decisionId) {
        mongo.remove(Query.query(where("_id").is(decisionId)), AwaitingDocument.class);
    }

    @Document("decisionsAwaitingReferral")
    record AwaitingDocument(@Id String decisionId, String referralId, String revisesDecisionId, int level, String route,
                            boolean earlyHelpOffered, String primaryNeed, List<String> assessmentFactors, String team,
                            String decidedBy, Instant decidedAt) {
    }
}
