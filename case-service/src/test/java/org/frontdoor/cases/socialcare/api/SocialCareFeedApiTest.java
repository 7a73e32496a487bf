package org.frontdoor.cases.socialcare.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.frontdoor.cases.ContractSchemas;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cases.SocialCareEpisodeClosed;
import org.frontdoor.contracts.cases.StepDownReceived;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** The feed from the statutory case system through the whole service, to the topic. */
class SocialCareFeedApiTest extends CaseServiceIntegrationTest {

    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/London")).toString();

    private ResultActions send(String path, String body, String key, String subject, String... roles)
            throws Exception {
        var request = post(path).with(as(subject, roles)).contentType(MediaType.APPLICATION_JSON).content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    private static String closure(String episodeId, String childId, String reason) {
        return "{\"episodeId\":\"" + episodeId + "\",\"childId\":\"" + childId + "\",\"closedOn\":\"" + TODAY
                + "\",\"reasonCode\":\"" + reason + "\"}";
    }

    @Test
    void aClosureAndAStepDownEachGoOutOnceWithPayloadsTheirSchemasAccept() throws Exception {
        String episodeId = "episode-" + UUID.randomUUID();
        String childId = "child-" + UUID.randomUUID();
        send("/api/cases/social-care/closures", closure(episodeId, childId, "RC9"), null, "lcs", "SOCIAL_CARE_SYSTEM")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reasonCode").value("RC9"));
        send("/api/cases/social-care/closures", closure(episodeId, childId, "RC9"), null, "lcs", "SOCIAL_CARE_SYSTEM")
                .andExpect(status().isCreated());
        String stepDown = "{\"childId\":\"" + childId + "\",\"familyId\":\"family-1\",\"episodeId\":\"" + episodeId
                + "\"}";
        String first = send("/api/cases/step-downs", stepDown, "sd-" + episodeId, "lcs", "SOCIAL_CARE_SYSTEM")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String again = send("/api/cases/step-downs", stepDown, "sd-" + episodeId, "lcs", "SOCIAL_CARE_SYSTEM")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String stepDownId = JsonPath.read(first, "$.stepDownId");
        assertThat((String) JsonPath.read(again, "$.stepDownId")).isEqualTo(stepDownId);

        // once both outboxes are empty, everything (and any duplicate) has been sent: read the topic once
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() ->
                mongo.count(query(where("outbox.0").exists(true)), "socialCareEpisodeClosures") == 0
                        && mongo.count(query(where("outbox.0").exists(true)), "stepDowns") == 0);
        List<ConsumerRecord<String, byte[]>> all = readAll(Topics.CASES);
        List<ConsumerRecord<String, byte[]>> closures = all.stream().filter(r -> episodeId.equals(r.key())).toList();
        List<ConsumerRecord<String, byte[]>> stepDowns = all.stream().filter(r -> stepDownId.equals(r.key()))
                .toList();

        assertThat(closures).hasSize(1);
        assertThat(headerOf(closures.get(0), "ce_type")).isEqualTo(SocialCareEpisodeClosed.TYPE);
        assertThat(stepDowns).hasSize(1);
        assertThat(headerOf(stepDowns.get(0), "ce_type")).isEqualTo(StepDownReceived.TYPE);
        for (ConsumerRecord<String, byte[]> record : List.of(closures.get(0), stepDowns.get(0))) {
            String payload = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(ContractSchemas.violations(headerOf(record, "ce_type"), payload)).as(payload).isEmpty();
        }
        assertThat((String) JsonPath.read(new String(closures.get(0).value(), StandardCharsets.UTF_8),
                "$.closedOn")).isEqualTo(TODAY);
    }

    @Test
    void aDifferentClosureOfTheSameEpisodeIsAConflict() throws Exception {
        String episodeId = "episode-" + UUID.randomUUID();
        send("/api/cases/social-care/closures", closure(episodeId, "child-1", "RC8"), null, "admin-1", "ADMIN")
                .andExpect(status().isCreated());
        send("/api/cases/social-care/closures", closure(episodeId, "child-1", "RC9"), null, "admin-1", "ADMIN")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnknownReasonCodeIsAFieldErrorAndStoresNothing() throws Exception {
        String episodeId = "episode-" + UUID.randomUUID();
        send("/api/cases/social-care/closures", closure(episodeId, "child-1", "RC10"), null, "lcs",
                "SOCIAL_CARE_SYSTEM")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reasonCode"));
        send("/api/cases/social-care/closures", "{\"episodeId\":\"" + episodeId + "\",\"childId\":\"child-1\","
                + "\"closedOn\":\"2999-01-01\",\"reasonCode\":\"RC1\"}", null, "lcs", "SOCIAL_CARE_SYSTEM")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("closedOn"));
        assertThat(mongo.findById(episodeId, Document.class, "socialCareEpisodeClosures")).isNull();
    }

    @Test
    void onlyTheStatutorySystemOrAnAdministratorSendsTheFeed() throws Exception {
        String body = closure("episode-" + UUID.randomUUID(), "child-1", "RC9");
        for (String role : List.of("TRIAGE_MANAGER", "PRACTITIONER", "PERFORMANCE_ANALYST", "PARTNER_SYSTEM")) {
            send("/api/cases/social-care/closures", body, null, "someone", role).andExpect(status().isForbidden());
            send("/api/cases/step-downs", "{\"childId\":\"child-1\"}", null, "someone", role)
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/cases/step-downs").contentType(MediaType.APPLICATION_JSON)
                .content("{\"childId\":\"child-1\"}")).andExpect(status().isUnauthorized());
    }
}
