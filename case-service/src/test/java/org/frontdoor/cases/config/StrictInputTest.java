package org.frontdoor.cases.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.frontdoor.cases.earlyhelp.domain.OpenCaseFromTriage;
import org.frontdoor.cases.earlyhelp.domain.Route;
import org.frontdoor.cases.earlyhelp.domain.TriageRouting;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Strict input on every write: a control character, or a JSON number or boolean where a string is expected, is 400
 * problem+json naming the field; no answer repeats what was sent; nothing is stored.
 */
class StrictInputTest extends CaseServiceIntegrationTest {

    /** Sent in every refused value: it must never come back in an answer. */
    private static final String MARKER = "Zanzibar";
    /** {@code Zanzibar} with a NUL and a BEL, as JSON escapes. */
    private static final String CONTROL = "Zan\\u0000zi\\u0007bar";
    private static final String CONTROL_MESSAGE = "must not contain control characters";

    @Autowired
    OpenCaseFromTriage openCaseFromTriage;

    private String childId;

    /** A case led by {@code worker-7}, with its themes identified (so outcome evidence reaches the body checks). */
    private String ledCase() throws Exception {
        childId = "child-" + UUID.randomUUID();
        String caseId = openCaseFromTriage.on(new TriageRouting(UUID.randomUUID().toString(),
                Route.EARLY_HELP_TARGETED, Instant.now().minus(30, ChronoUnit.DAYS), "family-" + UUID.randomUUID(),
                List.of(childId), "NORTH")).orElseThrow();
        mvc.perform(post("/api/cases/{id}/lead-professional", caseId).with(as("manager-1", "TRIAGE_MANAGER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leadProfessionalId\":\"worker-7\",\"agency\":\"SCHOOL\"}"))
                .andExpect(status().isOk());
        return caseId;
    }

    private MockHttpServletResponse refused(MockHttpServletRequestBuilder request, String field, String message)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:invalid-request"))
                .andExpect(jsonPath("$.instance").doesNotExist())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message))
                .andReturn().getResponse();
        assertThat(response.getContentAsString()).doesNotContain(MARKER, "Zan", "bar\"");
        return response;
    }

    private MockHttpServletRequestBuilder asLead(String caseId, String what, String body) {
        return post("/api/cases/{id}/" + what, caseId).with(as("worker-7", "PRACTITIONER"))
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockHttpServletRequestBuilder asSocialCare(String path, String body) {
        return post(path).with(as("lcs", "SOCIAL_CARE_SYSTEM")).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** The case as stored, without what the relay changes meanwhile. */
    private Document stateOf(String caseId) {
        Document stored = storedCase(caseId);
        stored.remove("outbox");
        return stored;
    }

    @Test
    void aControlCharacterInAnyTextFieldOfACaseIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String caseId = ledCase();
        asLeadIdentifiesThemes(caseId);
        Document before = stateOf(caseId);
        String at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();

        refused(post("/api/cases/{id}/lead-professional", caseId).with(as("manager-1", "TRIAGE_MANAGER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"leadProfessionalId\":\"" + CONTROL + "\",\"agency\":\"SCHOOL\"}"),
                "leadProfessionalId", CONTROL_MESSAGE);
        refused(asLead(caseId, "members", "{\"personId\":\"" + CONTROL + "\"}"), "personId", CONTROL_MESSAGE);
        refused(asLead(caseId, "webstars", "{\"personId\":\"" + CONTROL + "\",\"role\":\"CHILD\",\"type\":\"REVIEW\","
                + "\"assessedAt\":\"" + at + "\",\"scores\":{\"happy\":4}}"), "personId", CONTROL_MESSAGE);
        refused(asLead(caseId, "themes", "{\"themes\":[\"EDUCATION\",\"" + CONTROL + "\"]}"), "themes[1]",
                CONTROL_MESSAGE);
        refused(asLead(caseId, "outcome-evidence", "{\"theme\":\"" + CONTROL + "\",\"sustainedFrom\":\"2026-01-05\"}"),
                "theme", CONTROL_MESSAGE);
        refused(asLead(caseId, "reviews", "{\"reviewedAt\":\"" + CONTROL + "\"}"), "reviewedAt",
                "must be an ISO-8601 instant, e.g. 2026-11-20T09:30:00Z");
        refused(asLead(caseId, "step-up", "{\"childIds\":[\"" + childId + "\",\"" + CONTROL + "\"]}"), "childIds[1]",
                CONTROL_MESSAGE);
        refused(asLead(caseId, "step-up", "{\"referralId\":\"" + CONTROL + "\"}"), "referralId", CONTROL_MESSAGE);
        refused(asLead(caseId, "step-up", "{\"summary\":\"Family " + CONTROL + "\"}"), "summary", CONTROL_MESSAGE);
        refused(asLead(caseId, "closure", "{\"reason\":\"MOVED_OUT_OF_AREA\",\"summary\":\"" + CONTROL + "\"}"),
                "summary", CONTROL_MESSAGE);

        assertThat(stateOf(caseId)).isEqualTo(before);
    }

    @Test
    void freeTextKeepsItsLineBreaksAndTabs() throws Exception {
        String caseId = ledCase();

        mvc.perform(asLead(caseId, "closure", "{\"reason\":\"MOVED_OUT_OF_AREA\","
                        + "\"summary\":\"Moved to Wales.\\r\\n\\tHanded over to the new school.\"}"))
                .andExpect(status().isOk());

        assertThat(storedCase(caseId).get("closure", Document.class).getString("summary"))
                .isEqualTo("Moved to Wales.\r\n\tHanded over to the new school.");
    }

    @Test
    void aNumberOrABooleanWhereAStringIsExpectedIsRefusedNotTurnedIntoText() throws Exception {
        String caseId = ledCase();
        Document before = stateOf(caseId);

        refused(asLead(caseId, "members", "{\"personId\":12345}"), "personId", "must be a JSON string");
        refused(asLead(caseId, "members", "{\"personId\":true}"), "personId", "must be a JSON string");
        refused(asLead(caseId, "themes", "{\"themes\":[\"EDUCATION\",7.5]}"), "themes[1]", "must be a JSON string");
        refused(asLead(caseId, "step-up", "{\"summary\":false}"), "summary", "must be a JSON string");

        assertThat(stateOf(caseId)).isEqualTo(before);
    }

    @Test
    void theSocialCareFeedRefusesControlCharactersAndNumbersAndStoresNothing() throws Exception {
        long closures = mongo.getCollection("socialCareEpisodeClosures").countDocuments();
        long stepDowns = mongo.getCollection("stepDowns").countDocuments();

        refused(asSocialCare("/api/cases/social-care/closures", "{\"episodeId\":\"" + CONTROL + "\",\"childId\":"
                + "\"child-1\",\"closedOn\":\"2026-01-05\",\"reasonCode\":\"RC9\"}"), "episodeId", CONTROL_MESSAGE);
        refused(asSocialCare("/api/cases/social-care/closures", "{\"episodeId\":\"episode-1\",\"childId\":4417,"
                + "\"closedOn\":\"2026-01-05\",\"reasonCode\":\"RC9\"}"), "childId", "must be a JSON string");
        refused(asSocialCare("/api/cases/step-downs", "{\"childId\":\"" + CONTROL + "\"}"), "childId",
                CONTROL_MESSAGE);
        refused(asSocialCare("/api/cases/step-downs", "{\"childId\":\"child-1\",\"familyId\":\"" + CONTROL + "\"}"),
                "familyId", CONTROL_MESSAGE);
        refused(asSocialCare("/api/cases/step-downs", "{\"childId\":\"child-1\",\"episodeId\":true}"), "episodeId",
                "must be a JSON string");

        assertThat(mongo.getCollection("socialCareEpisodeClosures").countDocuments()).isEqualTo(closures);
        assertThat(mongo.getCollection("stepDowns").countDocuments()).isEqualTo(stepDowns);
    }

    @Test
    void anUnknownFieldIsNamedWhenItHasTheShapeOfAFieldName() throws Exception {
        mvc.perform(asLead(ledCase(), "members", "{\"personId\":\"adult-1\",\"notes\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("notes"))
                .andExpect(jsonPath("$.errors[0].message").value("unknown field: it is not part of this API"));
    }

    @Test
    void noRefusalRepeatsWhatWasSent() throws Exception {
        String caseId = ledCase();
        String at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();

        refused(asLead(caseId, "members", "{\"personId\":\"adult-1\",\"" + CONTROL + "\":1}"), "(body)",
                "must hold only the fields [personId]");
        refused(asLead(caseId, "members", "{\"personId\":\"adult-1\",\"Zan zi bar\":1}"), "(body)",
                "must hold only the fields [personId]");
        refused(asLead(caseId, "closure", "{\"reason\":\"" + MARKER + "\"}"), "reason",
                "must be one of OUTCOMES_ACHIEVED, STEPPED_DOWN_TO_UNIVERSAL, STEPPED_UP_TO_SOCIAL_CARE, "
                        + "CONSENT_WITHDRAWN, DISENGAGED, MOVED_OUT_OF_AREA, OTHER");
        refused(asLead(caseId, "reviews", "{\"reviewedAt\":\"" + MARKER + "\"}"), "reviewedAt",
                "must be an ISO-8601 instant, e.g. 2026-11-20T09:30:00Z");
        refused(asLead(caseId, "webstars", "{\"personId\":\"" + childId + "\",\"role\":\"CHILD\",\"type\":\"REVIEW\","
                + "\"assessedAt\":\"" + at + "\",\"scores\":{\"" + CONTROL + "\":4}}"), "scores",
                "is not an area of INDIVIDUAL_WEBSTAR version 1; expected one of [happy, healthy, safe, "
                        + "valued_and_accepted, responsible_for_actions, engaged_in_community, achieving_goals]");
        refused(asLead(caseId, "webstars", "{\"personId\":\"" + childId + "\",\"role\":\"CHILD\",\"type\":\"REVIEW\","
                + "\"assessedAt\":\"" + at + "\",\"scores\":{\"happy\":\"" + MARKER + "\"}}"), "scores.happy",
                "must be a whole number on the tool's scale");
        refused(asLead(caseId, "themes", "{\"themes\":[\"" + MARKER + "\"]}"), "themes[0]",
                "is not a theme of STRENGTHENING_FAMILIES version 2021.1; expected one of [CRIME_ASB, EDUCATION, "
                        + "CHILDREN_NEED_HELP, WORK_FINANCES, DOMESTIC_ABUSE_SAFETY, HEALTH]");
        refused(asLead(caseId, "step-up", "{\"childIds\":[\"" + MARKER + "\"]}"), "childIds[0]",
                "is not a child in this case; its children are [" + childId + "]");
        refused(asLead(caseId, "members", "{\"personId\":\"" + childId + "\"}"), "personId",
                "is the family or a child of this case, not a parent or carer");
        refused(asLead(caseId, "webstars", "{\"personId\":\"" + MARKER + "\",\"role\":\"PARENT\",\"type\":\"REVIEW\","
                + "\"assessedAt\":\"" + at + "\",\"scores\":{\"happy\":4}}").header("Idempotency-Key", MARKER + " !"),
                "Idempotency-Key", "must be 1 to 100 visible ASCII characters");
        refused(get("/api/cases").param("status", MARKER).with(as("worker-1", "TRIAGE_WORKER")), "status",
                "must be one of OPEN, CLOSED");
        refused(get("/api/cases").param("page", MARKER).with(as("worker-1", "TRIAGE_WORKER")), "page",
                "must be a whole number");
        // a control character in a query parameter is refused by service-platform's PlainTextParameters first
        refused(get("/api/cases/history").param("childId", "Zanzibar\u0000").with(as("worker-1", "TRIAGE_WORKER")),
                "childId", "must not contain control characters");
        refused(get("/api/cases/history").param("childId", "Zanzibar bar\"").with(as("worker-1", "TRIAGE_WORKER")),
                "childId", "must be a pseudonymous id (1 to 64 letters, digits, '.', '_', ':' or '-')");
    }

    @Test
    void springsOwnRefusalsRepeatNeitherThePathNorTheContentType() throws Exception {
        String notFound = mvc.perform(get("/api/cases/{id}", MARKER).with(as("worker-1", "TRIAGE_WORKER")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        String unsupported = mvc.perform(post("/api/cases/step-downs").with(as("lcs", "SOCIAL_CARE_SYSTEM"))
                        .contentType("text/" + MARKER).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        String noRoute = mvc.perform(get("/api/cases/{id}/" + MARKER.toLowerCase(), "x")
                        .with(as("worker-1", "TRIAGE_WORKER")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        String noResource = mvc.perform(get("/swagger-ui/" + MARKER + ".js"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:not-found"))
                .andReturn().getResponse().getContentAsString();
        String refusedPath = mvc.perform(get("/api/cases/..%2F" + MARKER).with(as("worker-1", "TRIAGE_WORKER")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();

        assertThat(List.of(notFound, unsupported, noRoute, noResource, refusedPath))
                .allSatisfy(answer -> assertThat(answer).doesNotContainIgnoringCase(MARKER)
                        .doesNotContain("/api/cases", "/swagger-ui", "text/"));
    }

    private void asLeadIdentifiesThemes(String caseId) throws Exception {
        mvc.perform(asLead(caseId, "themes", "{\"themes\":[\"EDUCATION\",\"WORK_FINANCES\"]}"))
                .andExpect(status().isOk());
    }
}
