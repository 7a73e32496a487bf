package org.frontdoor.outcomes.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.frontdoor.contracts.EventCatalogue;
import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.outcomes.ServiceIntegrationTest;
import org.frontdoor.outcomes.eventlog.domain.EventLog;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The Annex A export over the real event log and the audit trail in the store, through the API. */
class ExportsIntegrationTest extends ServiceIntegrationTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private EventLog eventLog;
    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private MeterRegistry meters;

    private static RequestPostProcessor as(String subject, String role) {
        return jwt().jwt(token -> token.subject(subject).claim("roles", List.of(role)))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Test
    void aList3DownloadReadsTheLoggedEventsAndLeavesAnEntryInTheAppendOnlyTrail() throws Exception {
        String subject = "analyst-" + UUID.randomUUID();
        double countedBefore = exportsCounted("ANNEX_A_LIST_3");
        ChildOnReferral child = new ChildOnReferral("it-child-9", LocalDate.parse("2020-02-29"), "FEMALE", "WIRT", false);
        log(new ReferralReceived("it-x-r1", Instant.parse("2031-01-15T10:00:00Z"), Instant.parse("2031-01-15T09:00:00Z"),
                "PHONE", "PROFESSIONAL", "6", "SOCIAL_CARE", "ROUTINE", "GIVEN", "NORTH", "family-9", null, List.of(child)));
        log(new ReferralReceived("it-x-r2", Instant.parse("2031-02-15T10:00:00Z"), Instant.parse("2031-02-15T09:00:00Z"),
                "PHONE", "PROFESSIONAL", "3E", "SOCIAL_CARE", "ROUTINE", "GIVEN", "NORTH", "family-9", null, List.of(child)));

        String csv = mvc.perform(get("/api/outcomes/exports/annex-a/list-3?from=2031-02-01&to=2031-03-01")
                        .with(as(subject, "PERFORMANCE_ANALYST")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(csv).isEqualTo("Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of referral,"
                + "Referral Source,Referral NFA?,Number of Referrals in Last 12 Months,Allocated Team,Allocated Worker\r\n"
                + "it-child-9,b) Female,c) WIRT,29/02/2020,10,15/02/2031,k) 3E: Health services,b) No,2,,\r\n");

        mvc.perform(get("/api/outcomes/exports/audit?limit=1000").with(as("admin-1", "ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[?(@.subject == '" + subject + "')].export").value("ANNEX_A_LIST_3"))
                .andExpect(jsonPath("$.entries[?(@.subject == '" + subject + "')].rows").value(1))
                .andExpect(jsonPath("$.entries[?(@.subject == '" + subject + "')].from").value("2031-02-01"))
                .andExpect(jsonPath("$.entries[?(@.subject == '" + subject + "')].roles[0]").value("PERFORMANCE_ANALYST"));
        assertThat(mongo.count(Query.query(Criteria.where("subject").is(subject)), "export_audit")).isEqualTo(1);
        assertThat(exportsCounted("ANNEX_A_LIST_3")).isEqualTo(countedBefore + 1);
    }

    private double exportsCounted(String export) {
        var counter = meters.find("frontdoor.outcomes.exports").tag("export", export).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aForbiddenOrInvalidRequestLeavesNoEntry() throws Exception {
        String subject = "worker-" + UUID.randomUUID();
        mvc.perform(get("/api/outcomes/exports/annex-a/list-1?from=2031-02-01&to=2031-03-01")
                        .with(as(subject, "TRIAGE_WORKER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/outcomes/exports/annex-a/list-1?from=2031-03-01&to=2031-02-01")
                        .with(as(subject, "ADMIN")))
                .andExpect(status().isBadRequest());

        assertThat(mongo.count(Query.query(Criteria.where("subject").is(subject)), "export_audit")).isZero();
    }

    @Test
    void theApiDocsListTheScorecardTheExportsAndTheTrail() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/outcomes/scorecard'].get.parameters[*].name").value(
                        org.hamcrest.Matchers.hasItems("period", "asOf", "format", "locality", "source", "pathway")))
                .andExpect(jsonPath("$.paths['/api/outcomes/scorecard'].get.responses['200'].content['application/json']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/outcomes/scorecard'].get.responses['200'].content['text/csv']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/outcomes/scorecard'].get.parameters[?(@.name == 'period')].required")
                        .value(true))
                .andExpect(jsonPath("$.paths['/api/outcomes/exports/annex-a/{list}'].get.responses['200'].content['text/csv']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/outcomes/exports/annex-a/{list}'].get.parameters[*].name").value(
                        org.hamcrest.Matchers.hasItems("list", "from", "to")))
                .andExpect(jsonPath("$.paths['/api/outcomes/exports/audit'].get").exists());
    }

    private void log(FrontDoorEvent event) {
        eventLog.append(new LoggedEvent(UUID.randomUUID().toString(), EventCatalogue.of(event).type(), "/test",
                event.subject(), event.occurredAt(), event));
    }
}
