package org.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.frontdoor.testkit.generated.GeneratedRequests;
import org.frontdoor.testkit.generated.QuietMockMvc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Generated input (issue 8): at least 10,000 generated requests to each write endpoint, in-process,
 * through the whole filter chain. Never a 5xx; every 4xx is problem+json; a refused request stores nothing (each
 * endpoint's own documents grow only by what was answered as accepted): each endpoint has its own caller and its own
 * documents, so the counts stay exact whatever else the shared store holds. A failure names the seed; {@code -Dfrontdoor.generated.seed=...} repeats a run and {@code -Dfrontdoor.generated.requests=...}
 * changes the count.
 */
class GeneratedInputTest extends ServiceTest {

    private static final int REQUESTS = GeneratedRequests.requestsPerEndpoint();
    private static final long SEED = GeneratedRequests.seedFromSystemProperty();
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/json;charset=latin1", "application/*", "garbage", "multipart/form-data; boundary=x");

    @Autowired
    WebApplicationContext context;

    /** Not the shared MockMvc: that one formats every request for printing on failure. */
    private MockMvc quiet;

    @BeforeEach
    void quietMockMvc() {
        quiet = QuietMockMvc.of(context);
    }

    @Test
    void contactsFromAContactOfficer(TestInfo test) throws Exception {
        contacts(new Run(test), "generated-officer", as("generated-officer", "CONTACT_OFFICER"));
    }

    @Test
    void contactsFromAPartnerSystem(TestInfo test) throws Exception {
        contacts(new Run(test), "client-generated-partner", partner("generated-partner"));
    }

    @Test
    void amendments(TestInfo test) throws Exception {
        Run run = new Run(test);
        String target = create(phoneReferral("Gemma", "Generatedamend"));
        long versionBefore = version(target);
        JwtRequestPostProcessor worker = as("generated-amender", "TRIAGE_WORKER");
        int accepted = 0;
        for (int i = 0; i < REQUESTS; i++) {
            MockHttpServletResponse response = run.send(i, post("/api/referrals/{id}/amendments",
                    run.generated.pathValue(target)), run.generated.mutate(AMENDMENT), worker);
            if (response.getStatus() == 200) {
                accepted++;
            }
        }
        run.report();
        assertThat(version(target) - versionBefore).as(run.note()).isLessThanOrEqualTo(accepted);
        assertThat(count(Query.query(Criteria.where("createdBy").is("generated-amender")), "referrals")).isZero();
        assertThat(count(Query.query(Criteria.where("who").is("generated-amender")), "audit"))
                .as(run.note()).isLessThanOrEqualTo(accepted);
    }

    @Test
    void withdrawals(TestInfo test) throws Exception {
        Run run = new Run(test);
        JwtRequestPostProcessor officer = as("generated-withdrawer", "CONTACT_OFFICER");
        String target = create(phoneReferral("Wren", "Generatedwithdrawal"), officer);
        Set<String> withdrawn = new HashSet<>();
        int targets = 1;
        for (int i = 0; i < REQUESTS; i++) {
            MockHttpServletResponse response = run.send(i, post("/api/referrals/{id}/withdrawal",
                    run.generated.pathValue(target)), run.generated.mutate(WITHDRAWAL), officer);
            if (response.getStatus() == 200) {
                assertThat(withdrawn.add(JsonPath.read(response.getContentAsString(), "$.referralId"))).isTrue();
                if (targets++ < 20) {
                    target = create(phoneReferral("Wren", "Generatedwithdrawal"), officer);
                }
            }
        }
        run.report();
        Query mine = Query.query(Criteria.where("createdBy").is("generated-withdrawer").and("status").is("WITHDRAWN"));
        assertThat(count(mine, "referrals")).as(run.note()).isEqualTo(withdrawn.size());
        assertThat(count(Query.query(Criteria.where("who").is("generated-withdrawer")), "audit"))
                .as(run.note()).isEqualTo(withdrawn.size());
    }

    @Test
    void possibleMatchConfirmations(TestInfo test) throws Exception {
        decisions(new Run(test), "confirmation", "Connie");
    }

    @Test
    void possibleMatchRejections(TestInfo test) throws Exception {
        decisions(new Run(test), "rejection", "Rhian");
    }

    /** POST /api/referrals: the caller's referrals grow by exactly those answered 201, and nothing is audited. */
    private void contacts(Run run, String subject, JwtRequestPostProcessor caller) throws Exception {
        Query theirs = Query.query(Criteria.where("createdBy").is(subject));
        long before = count(theirs, "referrals");
        Set<String> accepted = new HashSet<>();
        String valid = phoneReferral("Gina", "Generated");
        for (int i = 0; i < REQUESTS; i++) {
            MockHttpServletRequestBuilder request = post("/api/referrals");
            String key = run.generated.headerValue();
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            if (run.generated.chance(10)) {
                request.param(run.generated.anyText(), run.generated.anyText());
            }
            MockHttpServletResponse response = run.send(i, request, run.generated.mutate(valid), caller);
            if (response.getStatus() == 201) {
                accepted.add(response.getHeader("Location"));
            }
        }
        run.report();
        assertThat(count(theirs, "referrals") - before).as(run.note()).isEqualTo(accepted.size());
        assertThat(count(Query.query(Criteria.where("who").is(subject)), "audit")).as(run.note()).isZero();
    }

    /** A possible match's confirmation or rejection: random ids and bodies; the one real match decided at most once. */
    private void decisions(Run run, String decision, String firstName) throws Exception {
        create(phoneReferral(firstName, "Generatedmatch"));
        String later = create(phoneReferral(firstName, "Generatedmatch").replace("SY4 5AB", "SY8 1AA"));
        Document match = mongo.findOne(Query.query(Criteria.where("referralId").is(later)), Document.class,
                "possibleMatches");
        assertThat(match).as("the second referral at another address is a possible match").isNotNull();
        String matchId = match.getString("_id");
        String worker = "generated-" + decision;
        int accepted = 0;
        for (int i = 0; i < REQUESTS; i++) {
            MockHttpServletRequestBuilder request = post("/api/person-index/possible-matches/{id}/" + decision,
                    run.generated.pathValue(matchId));
            byte[] body = run.generated.chance(20) ? run.generated.mutate("{}") : new byte[0];
            if (run.send(i, request, body, as(worker, "TRIAGE_WORKER")).getStatus() == 200) {
                accepted++;
            }
        }
        run.report();
        boolean decided = !"OPEN".equals(mongo.findById(matchId, Document.class, "possibleMatches").getString("status"));
        assertThat(accepted).as(run.note()).isEqualTo(decided ? 1 : 0);
        assertThat(count(Query.query(Criteria.where("who").is(worker)), "audit")).as(run.note()).isEqualTo(accepted);
    }

    /** One endpoint's run: its generator (seeded from the run's seed and the test) and the answers it got. */
    private final class Run {

        final GeneratedRequests generated;
        private final String name;
        private final long seed;
        private final Map<Integer, Integer> answers = new TreeMap<>();

        Run(TestInfo test) {
            this.name = test.getDisplayName();
            this.seed = SEED ^ test.getTestMethod().orElseThrow().getName().hashCode();
            this.generated = new GeneratedRequests(seed);
        }

        String note() {
            return name + " with seed " + SEED;
        }

        /** Statuses only: what the run exercised, for whoever tunes the generators. */
        void report() {
            System.out.printf("%s: %d requests, answers %s (seed %d)%n", name, REQUESTS, answers, SEED);
        }

        /** Sends one generated request and checks the two rules every answer keeps. */
        MockHttpServletResponse send(int index, MockHttpServletRequestBuilder request, byte[] body,
                                     JwtRequestPostProcessor caller) throws Exception {
            if (generated.chance(2)) {
                request.header("Content-Type", CONTENT_TYPES.get(index % CONTENT_TYPES.size()));
            } else {
                request.contentType(MediaType.APPLICATION_JSON);
            }
            MockHttpServletResponse response = quiet.perform(request.with(caller).content(body)).andReturn().getResponse();
            answers.merge(response.getStatus(), 1, Integer::sum);
            Supplier<String> described = () -> note() + ", request #" + index + ", status " + response.getStatus()
                    + ", body: " + excerpt(body);
            assertThat(response.getStatus()).as(described).isLessThan(500);
            if (response.getStatus() >= 400) {
                assertThat(response.getContentType()).as(described).isNotNull();
                assertThat(MediaType.parseMediaType(response.getContentType())
                        .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(described).isTrue();
            }
            return response;
        }
    }

    private String create(String body) throws Exception {
        return create(body, contactOfficer());
    }

    private String create(String body, JwtRequestPostProcessor caller) throws Exception {
        String created = mvc.perform(post("/api/referrals").with(caller)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.referralId");
    }

    private long version(String referralId) {
        Number version = (Number) mongo.findById(referralId, Document.class, "referrals").get("version");
        return version == null ? 0 : version.longValue();
    }

    private long count(Query query, String collection) {
        return mongo.count(query, collection);
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    private static final String AMENDMENT = """
            {"referrer": {"type": "PROFESSIONAL", "name": "Jo Teacher", "role": "Designated safeguarding lead",
                          "organisation": "Oak Primary School", "phone": "01743 123456",
                          "email": "jo.teacher@oak.example.org",
                          "postalAddress": {"lines": ["Oak Primary School", "Wem"], "postcode": "SY4 5XX"}},
             "sourceCode": "2A", "pathway": "EARLY_HELP", "urgency": "PRIORITY", "immediateRisk": false,
             "concerns": "Corrected: attendance has dropped since September.",
             "assessmentFactors": ["18C", "4B"], "familyThemes": ["CHILDREN_NEED_HELP", "HEALTH"],
             "consent": {"status": "GIVEN", "givenBy": "Mother, Jane", "givenAt": "2026-11-20T09:30:00Z"},
             "children": [{"firstName": "Gemma", "lastName": "Generatedamend", "dateOfBirth": "2018-03-14",
                           "gender": "FEMALE", "ethnicity": "WBRI",
                           "address": {"lines": ["1 High Street", "Wem"], "postcode": "SY4 5AB"}}],
             "adults": [{"firstName": "Jane", "lastName": "Generatedamend", "dateOfBirth": "1990-05-01",
                         "gender": "FEMALE", "relationships": [{"child": 0, "relationship": "MOTHER"}]}]}
            """;

    private static final String WITHDRAWAL = """
            {"reason": "REFERRER_WITHDREW", "note": "Mum called back: the school had misunderstood."}
            """;
}
