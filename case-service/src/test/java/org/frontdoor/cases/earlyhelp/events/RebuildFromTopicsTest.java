package org.frontdoor.cases.earlyhelp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.frontdoor.cases.earlyhelp.domain.EarlyHelpCase;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cases.EarlyHelpCaseOpened;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * {@code POST /api/cases/rebuild}: the triage decisions are read again from the beginning; a lost case opens again
 * as it was, and nothing already applied is applied twice.
 */
class RebuildFromTopicsTest extends CaseServiceIntegrationTest {

    private String openCaseFor(String referralId) throws Exception {
        publish(OutboxMessage.of("/triage-service", decision(referralId, "EARLY_HELP_TARGETED",
                "family-" + UUID.randomUUID(), "child-" + UUID.randomUUID(), "child-" + UUID.randomUUID())));
        String caseId = EarlyHelpCase.idForReferral(referralId);
        awaitCase(caseId);
        awaitOutboxEmpty(caseId);
        return caseId;
    }

    private void rebuild() throws Exception {
        mvc.perform(post("/api/cases/rebuild").with(as("admin-1", "ADMIN")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.groups[0].groupId").value("case-service"))
                .andExpect(jsonPath("$.groups[0].partitions[0]").value(Topics.TRIAGE + "-0"));
    }

    private void lose(String caseId) {
        assertThat(mongo.remove(query(where("_id").is(caseId)), "cases").getDeletedCount()).isEqualTo(1);
    }

    private List<ConsumerRecord<String, byte[]>> openedRecordsOf(String caseId) {
        return readAll(Topics.CASES).stream()
                .filter(r -> caseId.equals(r.key()) && EarlyHelpCaseOpened.TYPE.equals(headerOf(r, "ce_type")))
                .toList();
    }

    @Test
    void aLostCaseIsBackAfterARebuildAndASecondRebuildOpensAndPublishesNothingMore() throws Exception {
        String referralId = UUID.randomUUID().toString();
        String caseId = openCaseFor(referralId);
        // opened after the lost case, so it is read again after it: once the marker is back, the replay is past both
        String markerId = openCaseFor(UUID.randomUUID().toString());
        Document asOpened = storedCase(caseId);
        String openedEventId = headerOf(openedRecordsOf(caseId).get(0), "ce_id");

        lose(caseId);
        rebuild();
        awaitCase(caseId);
        awaitOutboxEmpty(caseId);

        assertThat(storedCase(caseId)).isEqualTo(asOpened);
        assertThat(openedRecordsOf(caseId)).as("re-sent with the id it first had, which consumers ignore")
                .extracting(r -> headerOf(r, "ce_id")).containsOnly(openedEventId);
        int publishedAfterTheFirstRebuild = openedRecordsOf(caseId).size();

        lose(markerId);
        rebuild();
        awaitCase(markerId);
        awaitOutboxEmpty(markerId);

        assertThat(mongo.count(query(where("sourceReferralId").is(referralId)), "cases")).isEqualTo(1);
        assertThat(storedCase(caseId)).isEqualTo(asOpened);
        assertThat(openedRecordsOf(caseId)).hasSize(publishedAfterTheFirstRebuild);
    }

    @Test
    void onlyAnAdministratorRebuilds() throws Exception {
        mvc.perform(post("/api/cases/rebuild").with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/cases/rebuild")).andExpect(status().isUnauthorized());
    }
}
