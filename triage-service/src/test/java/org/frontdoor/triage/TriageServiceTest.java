package org.frontdoor.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.frontdoor.contracts.Topics;
import org.frontdoor.testkit.EmbeddedStore;
import org.frontdoor.triage.queue.domain.Pathway;
import org.frontdoor.triage.queue.domain.Referral;
import org.frontdoor.triage.queue.domain.ReferralIntake;
import org.frontdoor.triage.queue.domain.Urgency;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * The one Spring context every service test shares: the whole triage-service against the embedded
 * store and one embedded KRaft broker. Tests use fresh referral ids, so they do not see each other's data.
 */
@SpringBootTest(properties = {
        "spring.config.name=" + TriageServiceApplication.CONFIG_NAME,
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.mongodb.database=triage-test",
        "frontdoor.outbox.relay-interval=50ms"})
@EmbeddedKafka(partitions = 1, // KRaft: spring-kafka-test 4 has no ZooKeeper mode (and no kraft attribute)
        topics = {Topics.REFERRALS, Topics.TRIAGE, Topics.REFERRALS + Topics.DEAD_LETTER_SUFFIX,
                Topics.TRIAGE + Topics.DEAD_LETTER_SUFFIX})
@AutoConfigureMockMvc
public abstract class TriageServiceTest {

    protected static final String RATIONALE =
            "School reports falling attendance; mother asked for help with routines and housing.";

    /**
     * Stands in for referral-service and case-service (the referral in front of the worker). One server for the
     * shared context; tests stub their own referral and child ids. Unstubbed calls answer 404.
     */
    protected static final WireMockServer REMOTE = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        REMOTE.start();
        // the first request of a JVM (the JDK HTTP client and the stand-in both starting up) can take seconds on a
        // busy machine: make it here, unhurried, so the tests' timeouts measure only their own calls
        try {
            java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(REMOTE.baseUrl() + "/warm-up")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The store is reached through a link a test can cut and mend ({@code StoreOutageTest}), to show what the
     * service does while its database is unreachable.
     */
    protected static final StoreLink STORE = new StoreLink(EmbeddedStore.uri());

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", STORE::uri);
        registry.add("triage.referral-service.url", REMOTE::baseUrl);
        registry.add("triage.case-service.url", REMOTE::baseUrl);
        registry.add("triage.referral-service.details-timeout", () -> "5s");
        registry.add("triage.case-service.timeout", () -> "5s");
    }

    /** Stands in for the identity provider's keys: tests that send real bearer tokens say what each decodes to. */
    @MockitoBean
    protected JwtDecoder jwtDecoder;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected ReferralIntake intake;

    protected static String newReferralId() {
        return "ref-" + UUID.randomUUID();
    }

    protected static JwtRequestPostProcessor worker(String sub) {
        return as(sub, "TRIAGE_WORKER");
    }

    protected static JwtRequestPostProcessor manager(String sub) {
        return as(sub, "TRIAGE_MANAGER");
    }

    protected static JwtRequestPostProcessor as(String sub, String... roles) {
        return jwt().jwt(token -> token.subject(sub).claim("roles", List.of(roles)))
                .authorities(java.util.Arrays.stream(roles)
                        .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList());
    }

    /** Puts a referral straight into the queue (as the listener would), received at {@code receivedAt}. */
    protected String referralInQueue(Urgency urgency, Instant receivedAt) {
        return referralInQueue(urgency, receivedAt, Pathway.SOCIAL_CARE, "NORTH");
    }

    /** As {@link #referralInQueue(Urgency, Instant)}, on a pathway and in a locality (a fresh one keeps a test's filters to its own data). */
    protected String referralInQueue(Urgency urgency, Instant receivedAt, Pathway pathway, String locality) {
        String referralId = newReferralId();
        intake.received(UUID.randomUUID().toString(), new Referral(referralId, receivedAt, receivedAt.minusSeconds(3600),
                pathway, urgency, "2A", "PHONE", List.of("child-" + referralId), "family-1", locality));
        return referralId;
    }

    protected static String newLocality() {
        return "LOC-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected String referralInQueue() {
        return referralInQueue(Urgency.ROUTINE, Instant.now());
    }

}
