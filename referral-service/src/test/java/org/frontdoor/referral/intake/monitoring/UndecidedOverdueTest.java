package org.frontdoor.referral.intake.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import org.frontdoor.referral.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The safety net over HTTP and as a gauge, with the service clock fixed at {@link ServiceTest#NOW} (Monday 23 November
 * 2026, 10:00): a referral received on Thursday 19th was due by the end of Friday 20th and is overdue; one received
 * on Friday 20th is due by the end of today and is not.
 */
class UndecidedOverdueTest extends ServiceTest {

    private static final Instant THURSDAY = Instant.parse("2026-11-19T08:30:00Z");
    private static final Instant FRIDAY = Instant.parse("2026-11-20T15:00:00Z");

    @Autowired
    UndecidedOverdueGauge gauge;

    @Autowired
    MeterRegistry meters;

    @Test
    void managersSeeOnlyTheUndecidedReferralsPastTheirDeadlineOldestFirstWithoutNames() throws Exception {
        String overdue = receivedAt(THURSDAY, "Olive");
        String evenOlder = receivedAt(THURSDAY.minusSeconds(3600), "Otto");
        String notYetDue = receivedAt(FRIDAY, "Nora");
        String decided = receivedAt(THURSDAY, "Dora");
        String withdrawn = receivedAt(THURSDAY, "Wendy");
        decide(decided);
        withdraw(withdrawn);

        String body = mvc.perform(get("/api/referrals/undecided-overdue").param("size", "200")
                        .with(as("manager-1", "TRIAGE_MANAGER")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        List<String> listed = JsonPath.read(body, "$.referrals[*].referralId");
        assertThat(listed).contains(overdue, evenOlder).doesNotContain(notYetDue, decided, withdrawn);
        assertThat(listed.indexOf(evenOlder)).isLessThan(listed.indexOf(overdue));
        Map<String, Object> olive = JsonPath.<List<Map<String, Object>>>read(body,
                "$.referrals[?(@.referralId == '" + overdue + "')]").get(0);
        assertThat(olive).containsEntry("receivedAt", THURSDAY.toString())
                .containsEntry("deadline", "2026-11-21T00:00:00Z")
                .containsEntry("overdueBy", "PT58H")
                .containsEntry("pathway", "EARLY_HELP")
                .containsEntry("urgency", "ROUTINE")
                .containsEntry("locality", "NORTH")
                .containsEntry("sourceCode", "2A")
                .containsEntry("channel", "PHONE");
        assertThat(body).doesNotContain("Olive", "Undecided", "Jo Teacher", "Attendance");
    }

    @Test
    void theGaugeCountsTheOverdueReferralsFromTheStore() throws Exception {
        gauge.recount();
        double before = overdueGauge();

        String late = receivedAt(THURSDAY, "Gail");
        receivedAt(THURSDAY, "Gina");
        receivedAt(FRIDAY, "Gwen");
        gauge.recount();
        assertThat(overdueGauge()).isEqualTo(before + 2);

        decide(late);
        gauge.recount();
        assertThat(overdueGauge()).isEqualTo(before + 1);

        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("frontdoor_referrals_undecided_overdue " + (before + 1))));
    }

    @Test
    void onlyTriageManagersAndAdministratorsMayListThem() throws Exception {
        mvc.perform(get("/api/referrals/undecided-overdue").with(as("admin-1", "ADMIN"))).andExpect(status().isOk());
        for (String role : List.of("CONTACT_OFFICER", "TRIAGE_WORKER", "PARTNER_SYSTEM", "PERFORMANCE_ANALYST",
                "REFERRER_CONTACT_READER")) {
            mvc.perform(get("/api/referrals/undecided-overdue").with(as("someone", role)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    private double overdueGauge() {
        return meters.get(UndecidedOverdueGauge.NAME).gauge().value();
    }

    /** A referral recorded through the API, then dated back as if it had been received at {@code when}. */
    private String receivedAt(Instant when, String firstName) throws Exception {
        String created = mvc.perform(MockMvcRequestBuilders.post("/api/referrals").with(contactOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(phoneReferral(firstName, "Undecided")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.referralId");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("receivedAt", when), "referrals");
        return id;
    }

    private void decide(String referralId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(referralId)),
                new Update().set("status", "DECIDED"), "referrals");
    }

    private void withdraw(String referralId) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/referrals/{id}/withdrawal", referralId).with(contactOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"DUPLICATE\"}"))
                .andExpect(status().isOk());
    }
}
