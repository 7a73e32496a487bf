package org.frontdoor.serviceplatform.tracing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.referrals.ReferralWithdrawn;
import org.frontdoor.serviceplatform.outbox.OutboxCollection;
import org.frontdoor.serviceplatform.security.AccessRules;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service as small as can be with everything tracing touches: an HTTP write that stores a change and its event in
 * one document, the platform's outbox relay, and a consumer of the event.
 */
@SpringBootApplication
public class TracedServiceApp {

    static final String COLLECTION = "withdrawals";

    @Bean
    AccessRules openWithdrawals() {
        return requests -> requests.requestMatchers("/referrals/*/withdrawal").permitAll();
    }

    @Bean
    OutboxCollection withdrawals() {
        return OutboxCollection.named(COLLECTION);
    }

    @RestController
    static class WithdrawalController {

        private final MongoTemplate mongo;

        WithdrawalController(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @PostMapping("/referrals/{id}/withdrawal")
        @ResponseStatus(HttpStatus.ACCEPTED)
        void withdraw(@PathVariable String id) {
            OutboxMessage event = OutboxMessage.of("/traced-service",
                    new ReferralWithdrawn(id, Instant.parse("2026-03-02T09:00:00Z"), "DUPLICATE"));
            Document outboxed = new Document();
            mongo.getConverter().write(event, outboxed);
            outboxed.remove("_class");
            mongo.getCollection(COLLECTION).insertOne(new Document("_id", UUID.randomUUID().toString())
                    .append("referralId", id).append("outbox", List.of(outboxed)));
        }
    }

    /** Takes the events; the platform's EventReceipts logs each one. */
    @Component
    static class WithdrawalListener {

        @KafkaListener(topics = "frontdoor.referrals.v1", groupId = "traced-consumer")
        void on(ConsumerRecord<String, byte[]> record) {
        }
    }
}
