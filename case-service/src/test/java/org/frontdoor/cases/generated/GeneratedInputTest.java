package org.frontdoor.cases.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.frontdoor.cases.access.domain.Role;
import org.frontdoor.cases.earlyhelp.domain.OpenCaseFromTriage;
import org.frontdoor.cases.earlyhelp.domain.Route;
import org.frontdoor.cases.earlyhelp.domain.TriageRouting;
import org.frontdoor.contracts.Topics;
import org.frontdoor.testkit.generated.GeneratedRequests;
import org.frontdoor.testkit.generated.QuietMockMvc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.UriUtils;

/**
 * At least 10,000 generated requests to every write endpoint of the service, in-process: mutations of a valid body,
 * random path values, headers, content types and roles. Never a 5xx; every 4xx is problem+json; a refused request
 * stores nothing (each case's version grows by no more than the changes accepted on it, and the feed's collections
 * by no more than the records accepted).
 */
class GeneratedInputTest extends CaseServiceIntegrationTest {

    /** 10,000 by default; {@code -Dfrontdoor.generated.requests=N} for a quicker or a longer run. */
    private static final int REQUESTS_PER_ENDPOINT = GeneratedRequests.requestsPerEndpoint();
    /** A new seed each run, printed; {@code -Dfrontdoor.generated.seed=N} repeats one. */
    private static final long SEED = GeneratedRequests.seedFromSystemProperty();
    private static final String CHILD = "gen-child";
    private static final String FAMILY = "gen-family";
    private static final String LEAD = "gen-lead";
    private static final String DLT = Topics.deadLetterOf(Topics.TRIAGE);
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/json;charset=ISO-8859-1", "multipart/form-data", "application/x-www-form-urlencoded",
            "application/*", "no slash", "application/json; q=\u00e9");

    @Autowired
    OpenCaseFromTriage openCaseFromTriage;

    private GeneratedRequests generate;
    private final Map<String, RequestPostProcessor> signedIn = new HashMap<>();

    /** Who may use an endpoint, and the path it is at (its variables generated). */
    private record Endpoint(String name, List<String> permitted, Function<GeneratedRequests, String> path,
                            String validBody, int permittedPercent) {
    }

    private RequestPostProcessor actor(String subjectAndRole) {
        return signedIn.computeIfAbsent(subjectAndRole, key -> {
            String[] parts = key.split(" ");
            return as(parts[0], parts[1]);
        });
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }

    @Autowired
    WebApplicationContext context;
    /** Not the shared MockMvc: that one formats every request for printing on failure. */
    private MockMvc quiet;

    @BeforeEach
    void generator() {
        generate = new GeneratedRequests(SEED);
        quiet = QuietMockMvc.of(context);
        System.out.println("generated input: seed " + SEED);
    }

    @Test
    void everyWriteEndpointAnswersGeneratedInputWithoutA5xxAndStoresNothingItRefuses() throws Exception {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cases.add(openCaseFromTriage.on(new TriageRouting(UUID.randomUUID().toString(), Route.EARLY_HELP_TARGETED,
                    Instant.now().minus(30, ChronoUnit.DAYS), FAMILY, List.of(CHILD), "NORTH")).orElseThrow());
        }
        Map<String, Long> versionsBefore = versions(cases);
        long stepDownsBefore = mongo.getCollection("stepDowns").countDocuments();
        long closuresBefore = mongo.getCollection("socialCareEpisodeClosures").countDocuments();
        Map<String, Integer> acceptedOnCase = new HashMap<>();
        Map<String, Integer> acceptedOn = new HashMap<>();

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String anHourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        List<String> caseWorkers = List.of(LEAD + " PRACTITIONER", "gen-manager TRIAGE_MANAGER");
        Function<String, Function<GeneratedRequests, String>> onACase = what -> g ->
                "/api/cases/" + segment(g.pathValue(cases.get(g.nextInt(cases.size())))) + "/" + what;
        List<Endpoint> endpoints = List.of(
                new Endpoint("lead-professional", List.of("gen-manager TRIAGE_MANAGER", LEAD + " PRACTITIONER"),
                        onACase.apply("lead-professional"),
                        "{\"leadProfessionalId\":\"" + LEAD + "\",\"agency\":\"SCHOOL\"}", 70),
                new Endpoint("themes", caseWorkers, onACase.apply("themes"),
                        "{\"themes\":[\"EDUCATION\",\"WORK_FINANCES\"]}", 70),
                new Endpoint("members", caseWorkers, onACase.apply("members"), "{\"personId\":\"adult-1\"}", 70),
                new Endpoint("webstars", caseWorkers, onACase.apply("webstars"),
                        "{\"personId\":\"" + CHILD + "\",\"role\":\"CHILD\",\"type\":\"REVIEW\",\"assessedAt\":\""
                                + anHourAgo + "\",\"scores\":{\"happy\":4,\"safe\":6}}", 70),
                new Endpoint("outcome-evidence", caseWorkers, onACase.apply("outcome-evidence"),
                        "{\"theme\":\"EDUCATION\",\"sustainedFrom\":\"" + today.minusDays(20) + "\"}", 70),
                new Endpoint("reviews", caseWorkers, onACase.apply("reviews"),
                        "{\"reviewedAt\":\"" + anHourAgo + "\",\"nextReviewDue\":\"" + today.plusDays(42) + "\"}",
                        70),
                new Endpoint("plan", caseWorkers, onACase.apply("plan"),
                        "{\"familyView\":\"Calmer mornings\",\"goals\":[{\"theme\":\"EDUCATION\",\"difference\":"
                                + "\"At school every day\",\"targetDate\":\"" + today.plusDays(70) + "\",\"actions\":[{"
                                + "\"action\":\"Meet the head of year\",\"owner\":{\"personId\":\"teacher-9\","
                                + "\"agency\":\"SCHOOL\"},\"dueDate\":\"" + today.plusDays(14) + "\"}]}]}", 70),
                // an action id of the plan only by chance: most answers are 404, none may be a 5xx
                new Endpoint("plan action updates", caseWorkers, g -> "/api/cases/"
                        + segment(g.pathValue(cases.get(g.nextInt(cases.size())))) + "/plan/actions/"
                        + segment(g.pathValue("action-1")) + "/updates",
                        "{\"owner\":{\"personId\":\"teacher-10\",\"agency\":\"SCHOOL\"},\"status\":\"IN_PROGRESS\"}",
                        70),
                new Endpoint("step-up", caseWorkers, onACase.apply("step-up"),
                        "{\"childIds\":[\"" + CHILD + "\"],\"referralId\":\"ref-1\",\"judgement\":"
                                + "\"PARTIALLY_ACHIEVED\",\"summary\":\"Needs more than early help.\"}", 70),
                new Endpoint("closure", caseWorkers, onACase.apply("closure"),
                        "{\"reason\":\"OUTCOMES_ACHIEVED\",\"judgement\":\"FULLY_ACHIEVED\",\"summary\":\"Done\"}",
                        70),
                new Endpoint("reopening", caseWorkers, onACase.apply("reopening"), "{}", 70),
                new Endpoint("social-care/closures", List.of("lcs SOCIAL_CARE_SYSTEM", "admin-1 ADMIN"),
                        g -> "/api/cases/social-care/closures",
                        "{\"episodeId\":\"gen-episode\",\"childId\":\"" + CHILD + "\",\"closedOn\":\""
                                + today.minusDays(1) + "\",\"reasonCode\":\"RC9\"}", 70),
                new Endpoint("step-downs", List.of("lcs SOCIAL_CARE_SYSTEM", "admin-1 ADMIN"),
                        g -> "/api/cases/step-downs",
                        "{\"childId\":\"" + CHILD + "\",\"familyId\":\"" + FAMILY + "\"}", 70),
                // nothing of the request is read; a rebuild re-reads the topic, so few are an administrator's
                new Endpoint("rebuild", List.of("admin-1 ADMIN"), g -> "/api/cases/rebuild", "{}", 3),
                // a real dead-letter place only now and then: each one is a read of the broker
                new Endpoint("replay", List.of("admin-1 ADMIN"), g -> "/api/cases/dead-letters/"
                        + segment(g.chance(1) && g.chance(30) ? DLT : g.pathValue("frontdoor.cases.v1"))
                        + "/" + segment(g.pathValue("0")) + "/" + segment(g.pathValue(String.valueOf(g.nextInt(50))))
                        + "/replay", "{}", 70));

        List<String> everyRole = new ArrayList<>();
        for (Role role : Role.values()) {
            everyRole.add("someone-" + role.name().toLowerCase() + " " + role.name());
        }
        everyRole.add("triage-service REFERRER_CONTACT_READER");

        for (Endpoint endpoint : endpoints) {
            long started = System.nanoTime();
            for (int i = 0; i < REQUESTS_PER_ENDPOINT; i++) {
                String path = endpoint.path().apply(generate);
                String who = generate.chance(endpoint.permittedPercent())
                        ? endpoint.permitted().get(generate.nextInt(endpoint.permitted().size()))
                        : everyRole.get(generate.nextInt(everyRole.size()));
                MockHttpServletRequestBuilder request = post(URI.create(path)).with(actor(who))
                        .content(generate.body(endpoint.validBody()))
                        .contentType(generate.chance(95) ? MediaType.APPLICATION_JSON_VALUE
                                : CONTENT_TYPES.get(generate.nextInt(CONTENT_TYPES.size())));
                String key = generate.headerValue();
                if (key != null) {
                    request.header("Idempotency-Key", key);
                }
                MockHttpServletResponse response = quiet.perform(request).andReturn().getResponse();

                int status = response.getStatus();
                assertThat(status).as("%s %s (seed %d)", endpoint.name(), path, SEED).isLessThan(500);
                if (status >= 400) {
                    assertThat(response.getContentType()).as("%s %s answered %d", endpoint.name(), path, status)
                            .isNotNull();
                    assertThat(MediaType.parseMediaType(response.getContentType())
                            .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                            .as("%s %s answered %d with %s", endpoint.name(), path, status,
                                    response.getContentType()).isTrue();
                } else {
                    acceptedOn.merge(endpoint.name(), 1, Integer::sum);
                    cases.stream().filter(path::contains).forEach(caseId -> acceptedOnCase.merge(caseId, 1,
                            Integer::sum));
                }
            }
            System.out.printf("generated input: %d requests to %s in %d ms, %d accepted%n", REQUESTS_PER_ENDPOINT,
                    endpoint.name(), (System.nanoTime() - started) / 1_000_000,
                    acceptedOn.getOrDefault(endpoint.name(), 0));
        }

        Map<String, Long> versionsAfter = versions(cases);
        for (String caseId : cases) {
            assertThat(versionsAfter.get(caseId) - versionsBefore.get(caseId))
                    .as("changes stored on case %s", caseId)
                    .isLessThanOrEqualTo(acceptedOnCase.getOrDefault(caseId, 0));
        }
        assertThat(mongo.getCollection("stepDowns").countDocuments() - stepDownsBefore)
                .isLessThanOrEqualTo(acceptedOn.getOrDefault("step-downs", 0));
        assertThat(mongo.getCollection("socialCareEpisodeClosures").countDocuments() - closuresBefore)
                .isLessThanOrEqualTo(acceptedOn.getOrDefault("social-care/closures", 0));
        assertThat(mongo.count(query(where("familyId").is(FAMILY)), "cases")).isEqualTo(cases.size());
        assertThat(acceptedOn).as("the valid bodies reach the use cases too")
                .containsKeys("themes", "webstars", "step-downs");
    }

    private Map<String, Long> versions(List<String> cases) {
        Map<String, Long> versions = new HashMap<>();
        for (String caseId : cases) {
            versions.put(caseId, ((Number) storedCase(caseId).get("version")).longValue());
        }
        return versions;
    }
}
