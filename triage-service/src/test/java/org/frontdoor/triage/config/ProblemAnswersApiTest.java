package org.frontdoor.triage.config;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.bson.Document;
import org.frontdoor.triage.TriageServiceTest;
import org.frontdoor.triage.queue.domain.Teams;
import org.frontdoor.triage.queue.store.TriageItemDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * triage-service answers errors in service-platform's one dialect ({@code urn:frontdoor:problem:<slug>}): its own
 * refusals by {@link TriageProblems}, everything else by the platform. An unexpected failure is a 500 with the trace
 * id whose log line names neither the request's values nor the failure's message, and no refusal quotes a value the
 * caller sent, not even a path's id as the problem's {@code instance}.
 */
class ProblemAnswersApiTest extends TriageServiceTest {

    /** Stands for a child's details in what a caller sends. */
    private static final String PERSONAL = "Jayden-Okafor-2019";

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(logged);
        MDC.clear();
    }

    private static String decision(int level, String route, String primaryNeed, String rationale) {
        return """
                {"level": %d, "route": "%s", "primaryNeed": "%s", "assessmentFactors": ["3B"],
                 "rationale": "%s", "team": %s}""".formatted(level, route, primaryNeed, rationale,
                Teams.teamFor(route) == null ? "null" : "\"" + Teams.teamFor(route) + "\"");
    }

    private ResultActions decide(String referralId, String json, String idempotencyKey) throws Exception {
        var request = post("/api/triage/{id}/decision", referralId).with(worker("worker-1"))
                .contentType(MediaType.APPLICATION_JSON).content(json);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return mvc.perform(request);
    }

    private Document stored(String referralId) {
        return mongo.findOne(query(where("_id").is(referralId)), Document.class, TriageItemDocument.COLLECTION);
    }

    @Test
    void anUnexpectedFailureIsAProblemJson500WithTheTraceIdAndTheLogHoldsNoSubmittedValue() throws Exception {
        String referralId = referralInQueue();
        // a document this version cannot read: reading it fails in a way no mapping of triage's covers. (Its
        // status is not OPEN, so the queue, which every test shares, never reads it; it is removed at the end.)
        mongo.updateFirst(query(where("_id").is(referralId)), Update.update("status", "UNREADABLE-" + PERSONAL),
                TriageItemDocument.COLLECTION);
        try {
            unexpectedFailure(referralId);
        } finally {
            mongo.remove(query(where("_id").is(referralId)), TriageItemDocument.COLLECTION);
        }
    }

    private void unexpectedFailure(String referralId) throws Exception {
        String body = decide(referralId, decision(1, "NO_FURTHER_ACTION", "N9", RATIONALE + " " + PERSONAL),
                "key-" + PERSONAL)
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:internal-error"))
                .andExpect(jsonPath("$.traceId").isString())
                .andReturn().getResponse().getContentAsString();
        String traceId = com.jayway.jsonpath.JsonPath.read(body, "$.traceId");

        assertThat(body).doesNotContain(PERSONAL).doesNotContain("UNREADABLE").doesNotContain("routines");
        List<String> lines = logged.list.stream().map(ProblemAnswersApiTest::everything).toList();
        // the user's report of the error (its trace id) finds the log line
        assertThat(logged.list).anySatisfy(line -> assertThat(line.getMDCPropertyMap()).containsEntry("traceId", traceId));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("POST /api/triage/{referralId}/decision").doesNotContain(referralId));
        assertThat(lines).allSatisfy(line -> assertThat(line)
                .doesNotContain(PERSONAL).doesNotContain(referralId).doesNotContain("routines"));
        assertThat(stored(referralId).get("decision")).isNull();
    }

    @Test
    void triagesOwnRefusalsSpeakThePlatformsDialect() throws Exception {
        String referralId = referralInQueue();
        mvc.perform(post("/api/triage/{id}/claim", referralId).with(worker("worker-1")))
                .andExpect(status().isOk());

        mvc.perform(post("/api/triage/{id}/claim", referralId).with(worker("worker-2")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:triage-conflict"))
                .andExpect(jsonPath("$.reason").value("CLAIMED_BY_ANOTHER"));
        mvc.perform(post("/api/triage/{id}/release", referralId).with(worker("worker-2")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:not-your-claim"));
        decide(referralId, decision(2, "STRATEGY_DISCUSSION", "N1", RATIONALE), null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:route-not-allowed-at-level"))
                .andExpect(jsonPath("$.allowedLevels[0]").value(4));
        decide(referralId, "{\"level\": 1}", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:invalid-request"))
                .andExpect(jsonPath("$.title").value("Invalid request"));
        mvc.perform(post("/api/triage/{id}/proposals/{p}/approval", referralId, "proposal-x").with(manager("m-1")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:proposal-not-found"))
                .andExpect(jsonPath("$.reason").value("NO_SUCH_PROPOSAL"));
        mvc.perform(post("/api/triage/{id}/claim", newReferralId()).with(worker("worker-1")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:referral-not-in-triage"));
        mvc.perform(get("/api/triage/letters/{id}", "no-such-letter").with(worker("worker-1")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:letter-not-found"));
        mvc.perform(get("/api/triage/queue").with(as("officer-1", "CONTACT_OFFICER")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:forbidden"));
        mvc.perform(get("/api/triage/queue"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:unauthorized"));
    }

    @Test
    void noRefusalQuotesAValueTheCallerSent() throws Exception {
        String referralId = referralInQueue();

        // codes that do not exist, a level out of range, a team that does not exist
        String unknownCodes = """
                {"level": 9, "route": "R-%1$s", "primaryNeed": "N-%1$s", "assessmentFactors": ["F-%1$s"],
                 "rationale": "%2$s", "team": "T-%1$s"}""".formatted(PERSONAL, RATIONALE);
        quotesNothing(decide(referralId, unknownCodes, null).andExpect(status().isBadRequest()));
        String unknownTeam = decision(3, "EARLY_HELP_TARGETED", "N4", RATIONALE)
                .replace("\"team\": \"", "\"team\": \"T-" + PERSONAL);
        quotesNothing(decide(referralId, unknownTeam, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("team")));

        // an Idempotency-Key used again for a different body
        String key = "key-" + PERSONAL;
        decide(referralId, decision(2, "CONSULTATION", "N4", RATIONALE), key).andExpect(status().isCreated());
        quotesNothing(decide(referralId, decision(2, "EARLY_HELP_SINGLE_AGENCY", "N4", RATIONALE), key)
                .andExpect(status().isConflict()));

        // a revision of a decision that is not the current one
        String revision = """
                {"revisesDecisionId": "decision-%s", "level": 1, "route": "NO_FURTHER_ACTION",
                 "rationale": "%s"}""".formatted(PERSONAL, RATIONALE);
        quotesNothing(mvc.perform(post("/api/triage/{id}/decision/revisions", referralId).with(manager("m-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(revision))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("NOT_THE_CURRENT_DECISION")));

        // ids in the path
        String unknownReferral = "ref-" + PERSONAL;
        quotesNothing(mvc.perform(post("/api/triage/{id}/claim", unknownReferral).with(worker("worker-1")))
                .andExpect(status().isNotFound()));
        quotesNothing(mvc.perform(post("/api/triage/{id}/proposals/{p}/return", referralId, "p-" + PERSONAL)
                        .with(manager("m-1")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Please add the school's view first.\"}"))
                .andExpect(status().isNotFound()));
        quotesNothing(mvc.perform(get("/api/triage/letters/{id}", "letter-" + PERSONAL).with(worker("worker-1")))
                .andExpect(status().isNotFound()));
    }

    /** The answer holds {@link #PERSONAL} nowhere, and no {@code instance} (the path the caller sent). */
    private static void quotesNothing(ResultActions answer) throws Exception {
        answer.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.instance").doesNotExist());
        assertThat(answer.andReturn().getResponse().getContentAsString()).doesNotContain(PERSONAL);
    }

    /** A log event's message, its arguments and its exception's messages, as one text. */
    private static String everything(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy failure = event.getThrowableProxy(); failure != null; failure = failure.getCause()) {
            text.append(' ').append(failure.getClassName()).append(' ').append(failure.getMessage());
        }
        return text.toString();
    }
}
