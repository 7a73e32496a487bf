package org.frontdoor.cases.earlyhelp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cases.CaseMember;
import org.frontdoor.contracts.cases.EarlyHelpCaseClosed;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cases.LeadProfessionalAllocated;
import org.frontdoor.contracts.cloudevents.FrontDoorEvents;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.cloudevents.ReceivedEvent;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.contracts.triage.TriageDecisionRevised;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.kafka.support.KafkaHeaders;

/** Triage decisions in, early help case events out, through the embedded broker and store. */
class TriageDecisionsOpenCasesTest extends CaseServiceIntegrationTest {

    @Test
    void targetedEarlyHelpDecisionOpensOneCaseAndPublishesEarlyHelpCaseOpened() throws Exception {
        String referralId = UUID.randomUUID().toString();
        TriageDecisionMade decision = decision(referralId, "EARLY_HELP_TARGETED", "family-1", "child-a", "child-b");

        publish(OutboxMessage.of("/triage-service", decision));

        String caseId = EarlyHelpCase.idForReferral(referralId);
        awaitCase(caseId);
        awaitOutboxEmpty(caseId);
        Document stored = storedCase(caseId);
        assertThat(stored.getString("status")).isEqualTo("OPEN");
        assertThat(stored.getString("sourceReferralId")).isEqualTo(referralId);
        assertThat(stored.getList("childIds", String.class)).containsExactly("child-a", "child-b");

        List<ConsumerRecord<String, byte[]>> published = readAll(Topics.CASES).stream()
                .filter(r -> caseId.equals(r.key())).toList();
        assertThat(published).hasSize(1);
        ReceivedEvent event = FrontDoorEvents.read(published.get(0));
        assertThat(event.source()).isEqualTo("/case-service");
        assertThat(event.subject()).isEqualTo(caseId);
        EarlyHelpCaseOpened opened = (EarlyHelpCaseOpened) event.payload();
        assertThat(opened.caseId()).isEqualTo(caseId);
        assertThat(opened.familyId()).isEqualTo("family-1");
        assertThat(opened.sourceReferralId()).isEqualTo(referralId);
        assertThat(opened.locality()).isEqualTo("NORTH");
        assertThat(opened.openedAt()).isEqualTo(decision.decidedAt());
        assertThat(opened.members()).containsExactly(new CaseMember("child-a", "CHILD"),
                new CaseMember("child-b", "CHILD"));
    }

    @Test
    void decisionDeliveredTwiceOpensOneCaseAndPublishesOneEarlyHelpCaseOpened() throws Exception {
        String referralId = UUID.randomUUID().toString();
        OutboxMessage message = OutboxMessage.of("/triage-service",
                decision(referralId, "EARLY_HELP_TARGETED", "family-2", "child-c"));

        publish(message);
        publish(message);
        String laterCase = openCaseThroughTriage();

        String caseId = EarlyHelpCase.idForReferral(referralId);
        awaitOutboxEmpty(caseId);
        awaitOutboxEmpty(laterCase);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("sourceReferralId").is(referralId)),
                "cases")).isEqualTo(1);
        assertThat(publishedTypesOf(caseId)).containsExactly(EarlyHelpCaseOpened.TYPE);
    }

    @Test
    void noFurtherActionDecisionOpensNothing() throws Exception {
        String referralId = UUID.randomUUID().toString();

        publish(OutboxMessage.of("/triage-service", decision(referralId, "NO_FURTHER_ACTION", "family-3", "child-d")));
        openCaseThroughTriage();

        assertThat(storedCase(EarlyHelpCase.idForReferral(referralId))).isNull();
    }

    @Test
    void decisionWithARouteThisServiceDoesNotKnowOpensNothingAndIsNotDeadLettered() throws Exception {
        String referralId = UUID.randomUUID().toString();

        publish(OutboxMessage.of("/triage-service", decision(referralId, "FAMILY_HUB_REFERRAL", "family-5",
                "child-g")));
        openCaseThroughTriage();

        assertThat(storedCase(EarlyHelpCase.idForReferral(referralId))).isNull();
        assertThat(readAll(Topics.deadLetterOf(Topics.TRIAGE)))
                .noneSatisfy(record -> assertThat(record.key()).isEqualTo(referralId));
    }

    @Test
    void revisionToTargetedEarlyHelpOpensTheCaseTheFirstDecisionDidNot() throws Exception {
        String referralId = UUID.randomUUID().toString();
        TriageDecisionMade first = decision(referralId, "EARLY_HELP_SINGLE_AGENCY", "family-4", "child-e");
        TriageDecisionRevised revised = new TriageDecisionRevised(UUID.randomUUID().toString(), referralId,
                first.decisionId(), Instant.now().truncatedTo(ChronoUnit.MILLIS), "manager-1", 3,
                "EARLY_HELP_TARGETED", false, "N1", List.of(), "EARLY_HELP", List.of("child-e"), "family-4",
                "SOUTH");

        publish(OutboxMessage.of("/triage-service", first));
        publish(OutboxMessage.of("/triage-service", revised));

        String caseId = EarlyHelpCase.idForReferral(referralId);
        awaitCase(caseId);
        assertThat(storedCase(caseId).getString("locality")).isEqualTo("SOUTH");
    }

    @Test
    void poisonRecordGoesToDeadLetterTopicAndTheNextDecisionStillOpensItsCase() throws Exception {
        byte[] poison = ("not a cloud event " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);

        publishRaw(Topics.TRIAGE, "poison", poison);
        openCaseThroughTriage();

        List<ConsumerRecord<String, byte[]>> deadLetters = readAll(Topics.deadLetterOf(Topics.TRIAGE));
        assertThat(deadLetters).anySatisfy(record -> {
            assertThat(record.value()).isEqualTo(poison);
            assertThat(headerOf(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNotBlank();
        });
    }

    @Test
    void targetedDecisionNamingNoFamilyGoesToDeadLetterTopic() throws Exception {
        String referralId = UUID.randomUUID().toString();

        publish(OutboxMessage.of("/triage-service", decision(referralId, "EARLY_HELP_TARGETED", null, "child-f")));
        openCaseThroughTriage();

        assertThat(storedCase(EarlyHelpCase.idForReferral(referralId))).isNull();
        assertThat(readAll(Topics.deadLetterOf(Topics.TRIAGE)))
                .anySatisfy(record -> assertThat(record.key()).isEqualTo(referralId));
    }

    @Test
    void allocationAndClosurePublishTheirEventsKeyedByCaseId() throws Exception {
        String caseId = openCaseThroughTriage();

        mvc.perform(post("/api/cases/{id}/lead-professional", caseId).with(as("manager-1", "TRIAGE_MANAGER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leadProfessionalId\":\"worker-7\",\"agency\":\"SCHOOL\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/cases/{id}/closure", caseId).with(as("worker-7", "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"OUTCOMES_ACHIEVED\",\"judgement\":\"FULLY_ACHIEVED\","
                                + "\"summary\":\"Plan complete\"}"))
                .andExpect(status().isOk());

        awaitOutboxEmpty(caseId);
        List<ReceivedEvent> events = readAll(Topics.CASES).stream().filter(r -> caseId.equals(r.key()))
                .map(FrontDoorEvents::read).toList();
        assertThat(events).extracting(ReceivedEvent::type).containsExactly(EarlyHelpCaseOpened.TYPE,
                LeadProfessionalAllocated.TYPE, EarlyHelpCaseClosed.TYPE);
        LeadProfessionalAllocated allocated = (LeadProfessionalAllocated) events.get(1).payload();
        assertThat(allocated.leadProfessionalId()).isEqualTo("worker-7");
        assertThat(allocated.agency()).isEqualTo("SCHOOL");
        EarlyHelpCaseClosed closed = (EarlyHelpCaseClosed) events.get(2).payload();
        assertThat(closed.reason()).isEqualTo("OUTCOMES_ACHIEVED");
        assertThat(closed.judgement()).isEqualTo("FULLY_ACHIEVED");
        assertThat(new String(readAll(Topics.CASES).stream().filter(r -> caseId.equals(r.key()))
                .reduce((a, b) -> b).orElseThrow().value(), StandardCharsets.UTF_8))
                .as("free text stays in the service").doesNotContain("Plan complete");
    }
}
