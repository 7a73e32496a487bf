package org.frontdoor.cases.reminders.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.frontdoor.cases.CaseServiceIntegrationTest;
import org.frontdoor.cases.access.domain.Role;
import org.frontdoor.testkit.generated.GeneratedRequests;
import org.frontdoor.testkit.generated.QuietMockMvc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.UriUtils;

/**
 * Generated requests to {@code PUT /api/cases/lead-professionals/{id}/contact} (as the service's
 * {@code GeneratedInputTest} does for its POST endpoints): mutations of a valid body, random path values, headers,
 * content types and roles. Never a 5xx; every 4xx is problem+json; a contact is stored only for a request accepted.
 */
class ContactGeneratedInputTest extends CaseServiceIntegrationTest {

    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/json;charset=ISO-8859-1", "application/x-www-form-urlencoded", "no slash");

    @Autowired
    WebApplicationContext context;

    @Test
    void theContactEndpointAnswersGeneratedInputWithoutA5xxAndStoresOnlyWhatItAccepts() throws Exception {
        GeneratedRequests generate = new GeneratedRequests(GeneratedRequests.seedFromSystemProperty());
        MockMvc quiet = QuietMockMvc.of(context);
        String lead = "gen-contact-" + UUID.randomUUID();
        String manager = "gen-contact-manager-" + UUID.randomUUID();
        List<String> everyRole = new ArrayList<>();
        for (Role role : Role.values()) {
            everyRole.add(role.name());
        }
        Set<String> accepted = new HashSet<>();
        int requests = GeneratedRequests.requestsPerEndpoint();
        for (int i = 0; i < requests; i++) {
            String id = generate.pathValue(lead);
            String path = "/api/cases/lead-professionals/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8)
                    + "/contact";
            boolean asManager = generate.chance(30);
            String subject = asManager ? manager : generate.chance(70) ? lead : "someone-else";
            String role = generate.chance(70) ? (asManager ? "TRIAGE_MANAGER" : "PRACTITIONER")
                    : everyRole.get(generate.nextInt(everyRole.size()));
            MockHttpServletRequestBuilder request = put(URI.create(path)).with(as(subject, role))
                    .content(generate.body("{\"email\":\"sam.lead@council.gov.uk\"}"))
                    .contentType(generate.chance(95) ? MediaType.APPLICATION_JSON_VALUE
                            : CONTENT_TYPES.get(generate.nextInt(CONTENT_TYPES.size())));
            String key = generate.headerValue();
            if (key != null) {
                request.header("Idempotency-Key", key);
            }
            MockHttpServletResponse response = quiet.perform(request).andReturn().getResponse();

            int status = response.getStatus();
            assertThat(status).as("%s (seed %d)", path, generate.seed()).isLessThan(500);
            if (status >= 400) {
                assertThat(response.getContentType()).as("%s answered %d", path, status).isNotNull();
                assertThat(MediaType.parseMediaType(response.getContentType())
                        .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as("%s answered %d", path, status)
                        .isTrue();
            } else {
                accepted.add(JsonPath.read(response.getContentAsString(), "$.leadProfessionalId"));
            }
        }

        List<Document> stored = mongo.find(query(where("recordedBy").in(lead, manager, "someone-else")),
                Document.class, "leadProfessionalContacts");
        assertThat(stored).extracting(d -> d.getString("_id")).allSatisfy(id -> assertThat(accepted).contains(id));
        assertThat(accepted).as("the valid body reaches the use case too").isNotEmpty();
    }
}
