package org.frontdoor.triage.decision.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.FrontDoorEvents;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralLinked;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.triage.TriageServiceTest;
import org.frontdoor.triage.queue.store.TriageItemDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Through the broker: a further contact linked to an earlier undecided referral (whatever the order of the
 * events) is decided with it, one TriageDecisionMade per contact; a worker's level-4 proposal approved by a
 * manager publishes exactly one TriageDecisionMade, however often the approval is sent.
 */
class LinkingAndApprovalKafkaTest extends TriageServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    KafkaTemplate<String, CloudEvent> cloudEvents;

    @Autowired
    EmbeddedKafkaBroker broker;

    private void send(FrontDoorEvent event) throws Exception {
        cloudEvents.send(OutboxMessage.of("/referral-service", event).toProducerRecord()).get();
    }

    private static ReferralReceived received(String referralId, String childId, String receivedAt) {
        return new ReferralReceived(referralId, Instant.parse(receivedAt), Instant.parse(receivedAt).minusSeconds(600),
                "PHONE", "PROFESSIONAL", "2A", "SOCIAL_CARE", "PRIORITY", "NOT_SOUGHT_RISK_OF_HARM", "NORTH",
                "family-" + childId, null, List.of(new ChildOnReferral(childId, LocalDate.parse("2019-05-01"),
                "MALE", "WBRI", false)));
    }

    private Document stored(String referralId) {
        return mongo.findOne(query(where("_id").is(referralId)), Document.class, TriageItemDocument.COLLECTION);
    }

    @Test
    void aFurtherContactLinkedBeforeItArrivesIsDecidedWithTheEarlierReferralOneEventPerContact() throws Exception {
        String earlier = newReferralId();
        String contact = newReferralId();
        String child = "child-" + UUID.randomUUID();
        try (KafkaConsumer<String, byte[]> triage = consumer()) {
            send(received(earlier, child, "2026-11-23T08:00:00Z"));
            send(new ReferralLinked(contact, Instant.parse("2026-11-23T09:00:01Z"), earlier, child, "FURTHER_CONTACT"));
            send(received(contact, child, "2026-11-23T09:00:00Z"));

            await().atMost(WAIT).until(() -> stored(contact) != null && "LINKED".equals(stored(contact).getString("status"))
                    && stored(earlier).getList("furtherContacts", Document.class).size() == 1);
            mvc.perform(get("/api/triage/queue").param("assignee", "unassigned").with(worker("worker-1")))
                    .andExpect(jsonPath("$[?(@.referralId == '" + contact + "')]").isEmpty())
                    .andExpect(jsonPath("$[?(@.referralId == '" + earlier + "')].contacts[1]").value(contact));

            mvc.perform(post("/api/triage/{id}/decision", earlier).with(manager("manager-1"))
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"level": 4, "route": "STRATEGY_DISCUSSION", "primaryNeed": "N1",
                                     "team": "ASSESSMENT_TEAM_NORTH",
                                     "rationale": "Two agencies report the same injuries within a day: strategy now."}"""))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.furtherContacts[0].referralId").value(contact));

            List<TriageDecisionMade> made = decisionsUntil(triage, List.of(earlier, contact), 2);
            assertThat(made).extracting(TriageDecisionMade::referralId).containsExactlyInAnyOrder(earlier, contact);
            assertThat(made).extracting(TriageDecisionMade::decisionId).doesNotHaveDuplicates();
            assertThat(made).extracting(TriageDecisionMade::team).containsOnly("ASSESSMENT_TEAM_NORTH");
            assertThat(stored(contact).getString("status")).isEqualTo("DECIDED");
        }
    }

    @Test
    void aLevelFourProposalApprovedByAManagerPublishesExactlyOneDecision() throws Exception {
        String referralId = newReferralId();
        try (KafkaConsumer<String, byte[]> triage = consumer()) {
            send(received(referralId, "child-" + UUID.randomUUID(), "2026-11-23T08:00:00Z"));
            await().atMost(WAIT).until(() -> stored(referralId) != null);

            String proposal = JsonPath.read(mvc.perform(post("/api/triage/{id}/decision", referralId)
                            .with(worker("worker-4")).contentType(MediaType.APPLICATION_JSON).content("""
                                    {"level": 4, "route": "SOCIAL_WORK_ASSESSMENT", "primaryNeed": "N1",
                                     "team": "DISABLED_CHILDRENS_TEAM",
                                     "rationale": "Needs of the child exceed what early help can offer: section 17."}"""))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"))
                    .andReturn().getResponse().getContentAsString(), "$.proposalId");
            mvc.perform(get("/api/triage/queue").with(manager("manager-2")))
                    .andExpect(jsonPath("$[?(@.referralId == '" + referralId + "')].awaitingApproval.proposalId")
                            .value(proposal));

            for (int i = 0; i < 2; i++) {
                mvc.perform(post("/api/triage/{id}/proposals/{p}/approval", referralId, proposal)
                                .with(manager("manager-2")))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.decidedBy").value("manager-2"))
                        .andExpect(jsonPath("$.approvedProposalId").value(proposal));
            }

            List<TriageDecisionMade> made = decisionsUntil(triage, List.of(referralId), 1);
            await().atMost(WAIT).until(() -> stored(referralId).getList("outbox", Object.class).isEmpty());
            made.addAll(decisions(triage, List.of(referralId), Duration.ofSeconds(2)));
            assertThat(made).singleElement().satisfies(decision -> {
                assertThat(decision.decidedBy()).isEqualTo("manager-2");
                assertThat(decision.team()).isEqualTo("DISABLED_CHILDRENS_TEAM");
            });
            assertThat(mongo.count(query(where("referralId").is(referralId).and("what").regex("^(PROPOSE|APPROVE)")),
                    "audit")).isEqualTo(2);
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(Topics.TRIAGE));
        return consumer;
    }

    private static List<TriageDecisionMade> decisionsUntil(KafkaConsumer<String, byte[]> consumer, List<String> keys,
                                                           int count) {
        List<TriageDecisionMade> seen = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            seen.addAll(decisions(consumer, keys, Duration.ofMillis(200)));
            return seen.size() >= count;
        });
        return seen;
    }

    private static List<TriageDecisionMade> decisions(KafkaConsumer<String, byte[]> consumer, List<String> keys,
                                                      Duration pollFor) {
        List<TriageDecisionMade> found = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : consumer.poll(pollFor)) {
            var type = record.headers().lastHeader("ce_type");
            if (keys.contains(record.key()) && type != null
                    && TriageDecisionMade.TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
                found.add((TriageDecisionMade) FrontDoorEvents.read(record).payload());
            }
        }
        return found;
    }
}
