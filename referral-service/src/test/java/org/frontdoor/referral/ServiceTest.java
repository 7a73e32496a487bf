package org.frontdoor.referral;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.FrontDoorEvent;
import org.frontdoor.referral.intake.domain.Referral;
import org.frontdoor.referral.intake.domain.ReferralLinking;
import org.frontdoor.referral.intake.domain.Referrals;
import org.frontdoor.referral.intake.domain.SearchCriteria;
import org.frontdoor.referral.intake.domain.SearchResults;
import org.frontdoor.referral.intake.domain.TriageOutcome;
import org.frontdoor.serviceplatform.outbox.OutboxCollection;
import org.frontdoor.serviceplatform.outbox.Outboxes;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.frontdoor.testkit.EmbeddedStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one Spring context every service test shares: the whole referral-service against the embedded
 * store and one embedded KRaft broker, a fixed clock, and an outbox that can be told to "crash" once. The outbox
 * relay's safety-net poll is set to an hour, so every event these tests see published left because the store
 * signalled its write (a test that needs a poll round runs one itself).
 */
@SpringBootTest(properties = {
        "spring.config.name=" + ReferralServiceApplication.CONFIG_NAME,
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.mongodb.database=referrals-service-test",
        "spring.kafka.consumer.properties.metadata.max.age.ms=1000",
        "frontdoor.outbox.relay-interval=1h"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, // KRaft is the only mode in spring-kafka-test 4 (no "kraft" attribute)
        topics = {Topics.REFERRALS, Topics.TRIAGE, Topics.TRIAGE + Topics.DEAD_LETTER_SUFFIX})
@Import(ServiceTestWiring.class)
public abstract class ServiceTest {

    /** The server clock in every service test. */
    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected CrashOnceOutbox outbox;

    @Autowired
    protected RacingReferrals referrals;

    protected static JwtRequestPostProcessor contactOfficer() {
        return as("officer-1", "CONTACT_OFFICER");
    }

    protected static JwtRequestPostProcessor partner(String partnerId) {
        return jwt().jwt(token -> token.subject("client-" + partnerId).claim("partner_id", partnerId))
                .authorities(new SimpleGrantedAuthority("ROLE_PARTNER_SYSTEM"));
    }

    protected static JwtRequestPostProcessor as(String subject, String... roles) {
        return jwt().jwt(token -> token.subject(subject))
                .authorities(Arrays.stream(roles)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList());
    }

    /** A valid phone referral about one child, as a contact officer sends it. */
    protected static String phoneReferral(String childFirstName, String childLastName) {
        return """
                {
                  "referrer": {"type": "PROFESSIONAL", "name": "Jo Teacher", "role": "Designated safeguarding lead",
                               "organisation": "Oak Primary School", "phone": "01743 123456",
                               "email": "jo.teacher@oak.example.org",
                               "postalAddress": {"lines": ["Oak Primary School", "School Lane", "Wem"], "postcode": "SY4 5XX"}},
                  "channel": "PHONE",
                  "sourceCode": "2A",
                  "pathway": "EARLY_HELP",
                  "urgency": "ROUTINE",
                  "children": [{"firstName": "%s", "lastName": "%s", "dateOfBirth": "2018-03-14",
                                "gender": "FEMALE", "ethnicity": "WBRI",
                                "address": {"lines": ["1 High Street", "Wem"], "postcode": "SY4 5AB"},
                                "school": "Oak Primary School"}],
                  "concerns": "Attendance has dropped and she says there is no food at home.",
                  "consent": {"status": "GIVEN", "givenBy": "Mother, Jane", "givenAt": "2026-11-20T09:30:00Z"},
                  "needIdentifiedAt": "2026-11-20T09:00:00Z"
                }
                """.formatted(childFirstName, childLastName);
    }

    /** The real outboxes, except that, when armed, the next removal fails as if the relay crashed after sending. */
    public static final class CrashOnceOutbox extends Outboxes {

        private final AtomicBoolean crashNextRemove = new AtomicBoolean();
        private final AtomicInteger crashes = new AtomicInteger();

        CrashOnceOutbox(MongoTemplate mongo, List<OutboxCollection> collections) {
            super(mongo, collections);
        }

        public void crashOnNextRemove() {
            crashNextRemove.set(true);
        }

        /** How many removals have failed so far. */
        public int crashes() {
            return crashes.get();
        }

        @Override
        public void published(Pending published) {
            if (crashNextRemove.compareAndSet(true, false)) {
                crashes.incrementAndGet();
                throw new IllegalStateException("simulated crash between send and $pull");
            }
            super.published(published);
        }
    }

    /** The real store, except that, when armed, another change lands just before the next update (a lost race). */
    public static final class RacingReferrals implements Referrals {

        private final Referrals store;
        private final AtomicReference<Runnable> beforeNextUpdate = new AtomicReference<>();

        RacingReferrals(Referrals store) {
            this.store = store;
        }

        public void beforeNextUpdate(Runnable otherChange) {
            beforeNextUpdate.set(otherChange);
        }

        @Override
        public void add(Referral referral, List<FrontDoorEvent> events) {
            store.add(referral, events);
        }

        @Override
        public Optional<Referral> find(String referralId) {
            return store.find(referralId);
        }

        @Override
        public Optional<Referral> findByIdempotencyKey(String createdBy, String key) {
            return store.findByIdempotencyKey(createdBy, key);
        }

        @Override
        public void update(Referral changed, List<FrontDoorEvent> events) {
            Runnable otherChange = beforeNextUpdate.getAndSet(null);
            if (otherChange != null) {
                otherChange.run();
            }
            store.update(changed, events);
        }

        @Override
        public SearchResults search(SearchCriteria criteria, int page, int size) {
            return store.search(criteria, page, size);
        }

        @Override
        public List<ReferralLinking.EarlierReferral> earlierAbout(List<String> childIds) {
            return store.earlierAbout(childIds);
        }

        @Override
        public SearchResults postedBy(String partnerId, int page, int size) {
            return store.postedBy(partnerId, page, size);
        }

        @Override
        public boolean recordDecision(String referralId, String eventId, TriageOutcome outcome) {
            return store.recordDecision(referralId, eventId, outcome);
        }
    }
}
