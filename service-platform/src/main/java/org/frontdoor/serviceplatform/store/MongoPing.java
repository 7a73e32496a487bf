package org.frontdoor.serviceplatform.store;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The store's health by {@code ping} (Boot's own check asks {@code hello}, which the embedded MongoDB-wire store used
 * in tests and the local platform does not answer). Contributes as {@code mongo}, in the readiness group: a service
 * whose store is down is taken out of the load balancer, not restarted.
 */
public class MongoPing extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public MongoPing(MongoTemplate mongo) {
        super("MongoDB ping failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
    }
}
