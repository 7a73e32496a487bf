package org.frontdoor.referral.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.frontdoor.referral.ReferralServiceApplication;
import org.frontdoor.referral.StoreLink;
import org.frontdoor.serviceplatform.StoreUnavailableAdvice;
import org.frontdoor.testkit.EmbeddedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The store unreachable (issue 8): a contact is answered 503 problem+json with {@code Retry-After}, never a 500, and
 * nothing of it is stored. Its own context, reaching the embedded store through a {@link StoreLink} the test cuts,
 * with short driver timeouts; no broker (nothing is published while nothing is stored).
 */
@SpringBootTest(properties = {
        "spring.config.name=" + ReferralServiceApplication.CONFIG_NAME,
        "spring.mongodb.database=" + StoreUnavailableTest.DATABASE,
        "spring.kafka.bootstrap-servers=127.0.0.1:9",
        "spring.kafka.listener.auto-startup=false",
        "spring.kafka.admin.auto-create=false",
        "frontdoor.outbox.relay-interval=1h",
        "frontdoor.undecided.recount-interval-ms=3600000"})
@AutoConfigureMockMvc
class StoreUnavailableTest {

    static final String DATABASE = "referrals-store-unreachable-test";
    private static StoreLink link;

    @DynamicPropertySource
    static void storeBehindALink(DynamicPropertyRegistry registry) {
        link = StoreLink.to(EmbeddedStore.uri());
        registry.add("spring.mongodb.uri",
                () -> link.uri() + "/?serverSelectionTimeoutMS=500&connectTimeoutMS=500&socketTimeoutMS=2000");
    }

    @AfterAll
    static void closeLink() {
        link.close();
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aContactWhileTheStoreIsUnreachableIsA503WithRetryAfterAndNothingIsStored() throws Exception {
        mvc.perform(post("/api/referrals").with(role("officer-1", "CONTACT_OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON).content(CONTACT.replace("Amy", "Ava")))
                .andExpect(status().isCreated());
        assertThat(stored("referrals")).isEqualTo(1);
        long people = stored("people");

        link.cut();

        for (String key : new String[] {null, "retry-me-1"}) {
            MockHttpServletRequestBuilder contact = post("/api/referrals")
                    .with(role("officer-1", "CONTACT_OFFICER"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(CONTACT);
            if (key != null) {
                contact.header("Idempotency-Key", key);
            }
            mvc.perform(contact)
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.type").value(StoreUnavailableAdvice.TYPE.toString()))
                    .andExpect(jsonPath("$.status").value(503));
        }

        assertThat(stored("referrals")).isEqualTo(1);
        assertThat(stored("people")).isEqualTo(people);
        assertThat(stored("possibleMatches")).isZero();

        // Whatever else needs the store answers the same way: 503, never a 500.
        for (MockHttpServletRequestBuilder request : List.of(
                get("/api/referrals/{id}", "any-referral").with(role("worker-1", "TRIAGE_WORKER")),
                get("/api/referrals").param("lastName", "Smith").param("dateOfBirth", "2018-03-14")
                        .with(role("worker-1", "TRIAGE_WORKER")),
                post("/api/referrals/{id}/amendments", "any-referral").with(role("worker-1", "TRIAGE_WORKER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"urgency\": \"PRIORITY\"}"),
                post("/api/referrals/{id}/withdrawal", "any-referral").with(role("officer-1", "CONTACT_OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"DUPLICATE\"}"),
                get("/api/referrals/undecided-overdue").with(role("manager-1", "TRIAGE_MANAGER")),
                get("/api/referrals/audit").with(role("admin-1", "ADMIN")),
                get("/api/person-index/possible-matches").with(role("worker-1", "TRIAGE_WORKER")))) {
            mvc.perform(request)
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    /** Counted straight from the store, around the cut link. */
    private static long stored(String collection) {
        try (MongoClient direct = MongoClients.create(EmbeddedStore.uri())) {
            MongoDatabase database = direct.getDatabase(DATABASE);
            return database.getCollection(collection).countDocuments();
        }
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor role(String subject, String role) {
        return jwt().jwt(token -> token.subject(subject)).authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    private static final String CONTACT = """
            {
              "referrer": {"type": "PROFESSIONAL", "name": "Jo Teacher", "organisation": "Oak Primary School",
                           "phone": "01743 123456"},
              "channel": "PHONE", "sourceCode": "2A", "pathway": "EARLY_HELP", "urgency": "ROUTINE",
              "children": [{"firstName": "Amy", "lastName": "Unreachable", "dateOfBirth": "2018-03-14",
                            "gender": "FEMALE", "address": {"lines": ["1 High Street", "Wem"], "postcode": "SY4 5AB"}}],
              "concerns": "Attendance has dropped.",
              "consent": {"status": "GIVEN", "givenBy": "Mother", "givenAt": "2026-11-20T09:30:00Z"},
              "needIdentifiedAt": "2026-11-20T09:00:00Z"
            }
            """;
}
