package org.frontdoor.triage.queue.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.bson.Document;
import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.frontdoor.triage.TriageServiceTest;
import org.frontdoor.triage.queue.store.TriageItemDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Through the broker: decisions triage did not make (imported history, the demo year), published straight to
 * {@code frontdoor.triage.v1} with triage's own CloudEvents source, are recorded from the log. The referral leaves
 * the queue, its record shows the decision without a rationale, no letter is written, a redelivery changes nothing,
 * and a decision that arrives before its referral still ends decided.
 */
class ImportedDecisionsKafkaTest extends TriageServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** demo-data publishes with the same source as triage-service: the source cannot tell them apart. */
    private static final String TRIAGE_SOURCE = "/triage-service";

    @Autowired
    KafkaTemplate<String, CloudEvent> cloudEvents;

    private void send(OutboxMessage message) throws Exception {
        cloudEvents.send(message.toProducerRecord()).get();
    }

    private void send(String source, FrontDoorEvent event) throws Exception {
        send(OutboxMessage.of(source, event));
    }

    private static ReferralReceived received(String referralId) {
        Instant at = Instant.parse("2026-11-23T08:00:00Z");
        return new ReferralReceived(referralId, at, at.minusSeconds(600), "PHONE", "PROFESSIONAL", "2A", "EARLY_HELP",
                "ROUTINE", "GIVEN", "NORTH", "family-" + referralId, null,
                List.of(new ChildOnReferral("child-" + referralId, LocalDate.parse("2016-04-01"), "FEMALE", "WBRI",
                        false)));
    }

    private static TriageDecisionMade decisionOnTheLog(String decisionId, String referralId) {
        return new TriageDecisionMade(decisionId, referralId, Instant.parse("2026-11-23T14:00:00Z"), "old-system:jb",
                3, "EARLY_HELP_TARGETED", false, "N1", List.of("4A"), "EARLY_HELP", List.of("child-" + referralId),
                "family-" + referralId, "NORTH", "ENHANCE");
    }

    private Document stored(String referralId) {
        return mongo.findOne(query(where("_id").is(referralId)), Document.class, TriageItemDocument.COLLECTION);
    }

    private boolean decided(String referralId) {
        Document item = stored(referralId);
        return item != null && "DECIDED".equals(item.getString("status"));
    }

    private long lettersOf(String referralId) {
        return mongo.count(query(where("referralId").is(referralId)), "outcomeLetters");
    }

    /**
     * A referral decided through the API after everything sent so far: once its letter is stored, the letters'
     * consumer has read every earlier decision event on the (single) partition.
     */
    private void lettersConsumerHasCaughtUp() throws Exception {
        String later = newReferralId();
        send("/referral-service", received(later));
        await().atMost(WAIT).until(() -> stored(later) != null);
        mvc.perform(post("/api/triage/{id}/decision", later).with(worker("worker-9"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"level": 1, "route": "NO_FURTHER_ACTION", "rationale": "%s"}""".formatted(RATIONALE)))
                .andExpect(status().isCreated());
        await().atMost(WAIT).until(() -> lettersOf(later) == 1);
    }

    /** A decision from the log sent after everything so far: once it is recorded, the decision-log consumer has caught up. */
    private void decisionLogHasCaughtUp() throws Exception {
        String later = newReferralId();
        send("/referral-service", received(later));
        send(TRIAGE_SOURCE, decisionOnTheLog(UUID.randomUUID().toString(), later));
        await().atMost(WAIT).until(() -> decided(later));
    }

    @Test
    void aDecisionFromTheLogTakesTheReferralOutOfTheQueueIsShownAsRecordedFromTheLogAndGetsNoLetter() throws Exception {
        String referralId = newReferralId();
        String decisionId = UUID.randomUUID().toString();
        send("/referral-service", received(referralId));
        OutboxMessage decision = OutboxMessage.of(TRIAGE_SOURCE, decisionOnTheLog(decisionId, referralId));
        send(decision);

        await().atMost(WAIT).until(() -> decided(referralId));
        mvc.perform(get("/api/triage/queue").with(worker("worker-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.referralId == '" + referralId + "')]").isEmpty());
        mvc.perform(get("/api/triage/{id}", referralId).with(worker("worker-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.decision.decisionId").value(decisionId))
                .andExpect(jsonPath("$.decision.recordedFromEventLog").value(true))
                .andExpect(jsonPath("$.decision.rationale").value("not held: decided outside this service"))
                .andExpect(jsonPath("$.decision.level").value(3))
                .andExpect(jsonPath("$.decision.route").value("EARLY_HELP_TARGETED"))
                .andExpect(jsonPath("$.decision.team").value("ENHANCE"))
                .andExpect(jsonPath("$.decision.decidedBy").value("old-system:jb"))
                .andExpect(jsonPath("$.decision.decidedAt").value("2026-11-23T14:00:00Z"))
                .andExpect(jsonPath("$.decisionHistory.length()").value(1));
        Document item = stored(referralId);
        assertThat(item.getList("outbox", Object.class)).isEmpty();
        assertThat(item.get("decision", Document.class).get("rationale")).isNull();

        send(decision); // redelivered: the same CloudEvent id
        decisionLogHasCaughtUp();
        lettersConsumerHasCaughtUp();

        assertThat(stored(referralId).getLong("version")).isEqualTo(item.getLong("version"));
        assertThat(lettersOf(referralId)).isZero();
    }

    @Test
    void aDecisionThatArrivesBeforeItsReferralEndsDecidedAndItsRevisionFollows() throws Exception {
        String referralId = newReferralId();
        String decisionId = UUID.randomUUID().toString();
        String revisionId = UUID.randomUUID().toString();
        send(TRIAGE_SOURCE, decisionOnTheLog(decisionId, referralId));
        send(TRIAGE_SOURCE, new TriageDecisionRevised(revisionId, referralId, decisionId,
                Instant.parse("2026-11-24T10:00:00Z"), "old-system:mgr", 4, "SOCIAL_WORK_ASSESSMENT", false, "N1",
                List.of(), "EARLY_HELP", List.of("child-" + referralId), "family-" + referralId, "NORTH",
                "ASSESSMENT_TEAM_NORTH"));
        decisionLogHasCaughtUp();
        assertThat(stored(referralId)).isNull();

        send("/referral-service", received(referralId));

        await().atMost(WAIT).until(() -> decided(referralId)
                && stored(referralId).getList("revisions", Document.class).size() == 1);
        mvc.perform(get("/api/triage/{id}", referralId).with(manager("manager-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.decisionId").value(revisionId))
                .andExpect(jsonPath("$.decision.revisesDecisionId").value(decisionId))
                .andExpect(jsonPath("$.decision.recordedFromEventLog").value(true))
                .andExpect(jsonPath("$.decisionHistory[0].decisionId").value(decisionId))
                .andExpect(jsonPath("$.decisionHistory[0].rationale").value("not held: decided outside this service"));
        mvc.perform(get("/api/triage/queue").with(worker("worker-1")))
                .andExpect(jsonPath("$[?(@.referralId == '" + referralId + "')]").isEmpty());
        assertThat(mongo.count(query(where("referralId").is(referralId)), "decisionsAwaitingReferral")).isZero();
    }

    @Test
    void aDecisionMadeHereComingBackOnTheLogChangesNothingAndStillGetsItsLetter() throws Exception {
        String referralId = newReferralId();
        send("/referral-service", received(referralId));
        await().atMost(WAIT).until(() -> stored(referralId) != null);
        mvc.perform(post("/api/triage/{id}/decision", referralId).with(worker("worker-2"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"level": 1, "route": "NO_FURTHER_ACTION", "rationale": "%s"}""".formatted(RATIONALE)))
                .andExpect(status().isCreated());
        await().atMost(WAIT).until(() -> stored(referralId).getList("outbox", Object.class).isEmpty());
        long version = stored(referralId).getLong("version");

        decisionLogHasCaughtUp();
        await().atMost(WAIT).until(() -> lettersOf(referralId) == 1);

        Document decision = stored(referralId).get("decision", Document.class);
        assertThat(stored(referralId).getLong("version")).isEqualTo(version);
        assertThat(decision.getString("rationale")).isEqualTo(RATIONALE);
        assertThat(decision.get("recordedFromEventLog")).isNull();
    }
}
