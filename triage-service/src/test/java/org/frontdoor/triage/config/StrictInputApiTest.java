package org.frontdoor.triage.config;

import org.bson.Document;
import org.frontdoor.triage.TriageServiceTest;
import org.frontdoor.triage.queue.store.TriageItemDocument;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.testkit.http.ChunkedBody.chunked;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Strict input (service-platform): a control character or a JSON number/boolean where a string belongs is a 400
 * naming the field and never echoing the value, and nothing is stored; the body limit holds for chunked bodies too.
 */
class StrictInputApiTest extends TriageServiceTest {

    private static final String DECISION = """
            {"level": 1, "route": "NO_FURTHER_ACTION", "rationale": %s}""";

    private ResultActions decide(String referralId, String json) throws Exception {
        return mvc.perform(post("/api/triage/{id}/decision", referralId).with(worker("worker-1"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private Document stored(String referralId) {
        return mongo.findOne(query(where("_id").is(referralId)), Document.class, TriageItemDocument.COLLECTION);
    }

    private long audited(String referralId) {
        return mongo.count(query(where("referralId").is(referralId)), "audit");
    }

    @Test
    void aRationaleHoldingAControlCharacterIsRefusedNamingTheFieldNotTheValueAndNothingIsStored() throws Exception {
        String referralId = referralInQueue();
        Document before = stored(referralId);
        String rationale = "\"The family asked for help a\\u0000b with routines\\u0007 and housing.\"";

        decide(referralId, DECISION.formatted(rationale))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("rationale"))
                .andExpect(jsonPath("$.errors[0].message").value("must not contain control characters"))
                .andExpect(content().string(not(containsString("routines"))));

        assertThat(stored(referralId)).isEqualTo(before);
        assertThat(audited(referralId)).isZero();
    }

    @Test
    void aControlCharacterInsideAListIsNamedWithItsIndex() throws Exception {
        String referralId = referralInQueue();

        decide(referralId, """
                {"level": 2, "route": "CONSULTATION", "primaryNeed": "N4", "assessmentFactors": ["3B", "1\\u001bA"],
                 "team": "EARLY_HELP_SOCIAL_WORKERS", "rationale": "%s"}""".formatted(RATIONALE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assessmentFactors[1]"))
                .andExpect(jsonPath("$.errors[0].message").value("must not contain control characters"));
        assertThat(stored(referralId).getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aNumberOrABooleanWhereAStringBelongsIsRefusedNotTurnedIntoText() throws Exception {
        String referralId = referralInQueue();

        decide(referralId, DECISION.formatted("12345678901234567890123"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("rationale"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a JSON string"));
        decide(referralId, """
                {"level": 2, "route": "CONSULTATION", "primaryNeed": true, "rationale": "%s"}""".formatted(RATIONALE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("primaryNeed"));
        mvc.perform(post("/api/triage/{id}/assignment", referralId).with(manager("manager-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assignee\": 42}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assignee"));

        assertThat(stored(referralId).getString("status")).isEqualTo("OPEN");
        assertThat(stored(referralId).get("claimedBy")).isNull();
        assertThat(audited(referralId)).isZero();
    }

    @Test
    void aReturnReasonHoldingAControlCharacterIsRefused() throws Exception {
        String referralId = referralInQueue();

        mvc.perform(post("/api/triage/{id}/proposals/{p}/return", referralId, "proposal-1").with(manager("manager-1"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Needs more\\u0000 detail.\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void aPathVariableOrAKeptHeaderHoldingAControlCharacterIsRefusedWithoutEchoingIt() throws Exception {
        String referralId = referralInQueue();

        mvc.perform(post("/api/triage/{id}/decision", referralId).with(worker("worker-1"))
                        .header("Idempotency-Key", "secret-key\u0001value")
                        .contentType(MediaType.APPLICATION_JSON).content(DECISION.formatted("\"" + RATIONALE + "\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
                .andExpect(content().string(not(containsString("secret-key"))));
        mvc.perform(post("/api/triage/{id}/claim", "ref-\u0007bell").with(worker("worker-1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("referralId"))
                .andExpect(content().string(not(containsString("\u0007"))))
                .andExpect(content().string(not(containsString("\\u0007"))));
        mvc.perform(get("/api/triage/queue").param("locality", "NORTH\u0000").with(worker("worker-1")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("locality"));

        assertThat(stored(referralId).getString("status")).isEqualTo("OPEN");
        assertThat(audited(referralId)).isZero();
    }

    @Test
    void anEncodedPathEscapeIsAProblemJson400NotAnEmptyBody() throws Exception {
        mvc.perform(get("/api/triage/..%2F..%2Fqueue").with(worker("worker-1")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413AndNothingIsStored() throws Exception {
        String referralId = referralInQueue();
        byte[] huge = DECISION.formatted("\"" + "x".repeat(70 * 1024) + "\"").getBytes();
        mvc.perform(post("/api/triage/{id}/decision", referralId).with(chunked(huge)).with(worker("worker-1")))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:request-too-large"))
                .andExpect(content().string(not(containsString("xxxxxxxx"))));

        assertThat(stored(referralId).getString("status")).isEqualTo("OPEN");
        assertThat(stored(referralId).get("decision")).isNull();
        assertThat(audited(referralId)).isZero();
    }
}
