package org.frontdoor.referral.config;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The store's health by {@code ping} (Boot's own check uses {@code hello}, which the embedded
 * MongoDB-wire store does not answer). Contributes as {@code mongo}, in the readiness group.
 */
@Component("mongoHealthIndicator")
class MongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    MongoHealthIndicator(MongoTemplate mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
    }
}
