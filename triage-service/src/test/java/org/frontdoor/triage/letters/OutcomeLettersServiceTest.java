package org.frontdoor.triage.letters;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.frontdoor.contracts.Topics;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.frontdoor.contracts.referrals.ChildOnReferral;
import org.frontdoor.contracts.referrals.ReferralReceived;
import org.frontdoor.contracts.triage.TriageDecisionMade;
import org.frontdoor.testkit.EmbeddedStore;
import org.frontdoor.triage.TriageServiceApplication;
import org.frontdoor.triage.letters.domain.LetterDesk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The letter end to end inside triage-service: a referral arrives by Kafka, a worker decides it through the API,
 * triage's outbox publishes {@code TriageDecisionMade}, the letters' consumer stores the letter, the sender fetches
 * the referrer from (WireMock) referral-service with a service token and sends it to (WireMock) GOV.UK Notify,
 * and the letter can be listed and downloaded.
 */
@SpringBootTest(properties = {
        "spring.config.name=" + TriageServiceApplication.CONFIG_NAME,
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.mongodb.database=triage-letters-test",
        "frontdoor.outbox.relay-interval=50ms",
        "triage.letters.send-delay=100ms",
        "triage.letters.first-wait=200ms",
        "triage.letters.max-wait=1s",
        "notify.email-template-id=f33517ff-2a88-4f6e-b855-c550268ce08a",
        "notify.api-key=" + LetterSendingTest.API_KEY})
@EmbeddedKafka(partitions = 1, topics = {Topics.REFERRALS, Topics.TRIAGE, Topics.REFERRALS + Topics.DEAD_LETTER_SUFFIX,
        Topics.TRIAGE + Topics.DEAD_LETTER_SUFFIX})
@AutoConfigureMockMvc
class OutcomeLettersServiceTest {

    static final WireMockServer NOTIFY = new WireMockServer(options().dynamicPort());
    static final WireMockServer REFERRALS = new WireMockServer(options().dynamicPort());
    static final String RATIONALE = "School reports falling attendance; the family has asked for help and has"
            + " been given details of the Family Information Service.";

    static {
        NOTIFY.start();
        REFERRALS.start();
        REFERRALS.stubFor(post("/oauth2/token").willReturn(okJson(
                "{\"access_token\":\"service-token\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        NOTIFY.stubFor(get(urlPathEqualTo("/v2/notifications")).willReturn(okJson("{\"notifications\":[]}")));
        NOTIFY.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/v2/notifications/email")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"740e5834-3a29-46b4-9a6f-16142fde533a\"}")));
    }

    @DynamicPropertySource
    static void dependencies(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry);
        registry.add("notify.base-url", NOTIFY::baseUrl);
        registry.add("triage.referral-service.url", REFERRALS::baseUrl);
        registry.add("triage.referral-service.token-uri", () -> REFERRALS.baseUrl() + "/oauth2/token");
    }

    @AfterAll
    static void stop() {
        NOTIFY.stop();
        REFERRALS.stop();
    }

    @MockitoBean
    JwtDecoder jwtDecoder;

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, CloudEvent> cloudEvents;

    @Autowired
    KafkaTemplate<String, byte[]> rawRecords;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    MeterRegistry meters;

    @Autowired
    LockProvider locks;

    @Autowired
    LetterDesk desk;

    static JwtRequestPostProcessor as(String sub, String partnerId, String... roles) {
        return jwt().jwt(token -> {
            token.subject(sub).claim("roles", List.of(roles));
            if (partnerId != null) {
                token.claim("partner_id", partnerId);
            }
        }).authorities(java.util.Arrays.stream(roles)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList());
    }

    /** A referral posted by {@code partnerId}'s system arrives, its referrer is known to referral-service, and a worker decides it. */
    private String decidedReferral(String partnerId) throws Exception {
        return decidedReferralWithDecision(partnerId)[0];
    }

    /** As {@link #decidedReferral}; returns the referral id and the decision id. */
    private String[] decidedReferralWithDecision(String partnerId) throws Exception {
        String referralId = "ref-" + UUID.randomUUID();
        REFERRALS.stubFor(get("/api/referrals/" + referralId + "/referrer").willReturn(okJson("""
                {"referralId": "%s", "referrer": {"type": "PROFESSIONAL", "name": "Sam Teacher",
                 "organisation": "Oakmeadow Primary", "email": "sam.teacher@school.example"}}""".formatted(referralId))));
        Instant now = Instant.now();
        cloudEvents.send(OutboxMessage.of("/referral-service", new ReferralReceived(referralId, now,
                now.minusSeconds(3600), "PARTNER_API", "PROFESSIONAL", "2A", "EARLY_HELP", "ROUTINE", "GIVEN", "NORTH",
                "family-" + referralId, partnerId, List.of(new ChildOnReferral("child-" + referralId,
                LocalDate.parse("2015-03-01"), "FEMALE", "WBRI", false)))).toProducerRecord()).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(query(where("_id").is(referralId)), "triageItems"));
        String decision = mvc.perform(post("/api/triage/{id}/decision", referralId)
                        .with(as("worker-7", null, "TRIAGE_WORKER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"level": 1, "route": "NO_FURTHER_ACTION", "earlyHelpOffered": true, "primaryNeed": null,
                                 "assessmentFactors": [], "rationale": "%s", "team": null}""".formatted(RATIONALE)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return new String[] {referralId, com.jayway.jsonpath.JsonPath.read(decision, "$.decisionId")};
    }

    private Document letterOf(String referralId) {
        return mongo.findOne(query(where("referralId").is(referralId)), Document.class, "outcomeLetters");
    }

    private int emailsFor(String letterId) {
        return NOTIFY.findAll(postRequestedFor(urlPathEqualTo("/v2/notifications/email"))
                .withRequestBody(containing("\"reference\":\"" + letterId + "\""))).size();
    }

    @Test
    void aDecisionReachesTheReferrerThroughNotifyExactlyOnceAndCanBeDownloaded() throws Exception {
        String referralId = decidedReferral(null);

        await().atMost(Duration.ofSeconds(30)).until(() -> letterOf(referralId) != null
                && "SENT".equals(letterOf(referralId).getString("status")));
        String letterId = letterOf(referralId).getString("_id");
        assertThat(emailsFor(letterId)).isEqualTo(1);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/triage/{id}/letters", referralId).with(as("worker-7", null, "TRIAGE_WORKER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(letterId))
                .andExpect(jsonPath("$[0].status").value("SENT"))
                .andExpect(jsonPath("$[0].channel").value("EMAIL"))
                .andExpect(jsonPath("$[0].createdAt").exists())
                .andExpect(jsonPath("$[0].sentAt").exists());
        MvcResult pdf = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/triage/letters/{id}", letterId).with(as("manager-1", null, "TRIAGE_MANAGER")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn();
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Compass").contains("Our reference: " + referralId)
                    .contains("No further action is needed from children's services.")
                    .contains("Early help has been offered to the family.")
                    .contains(RATIONALE);
        }
        assertThat(mongo.find(query(where("referralId").is(referralId)), Document.class, "audit"))
                .extracting(entry -> entry.getString("what"))
                .contains("LIST outcome letters", "READ outcome letter " + letterId);
        assertThat(meters.get("frontdoor.triage.letters.sent").tag("channel", "EMAIL").counter().count())
                .isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void aRevisedDecisionGetsARevisedOutcomeLetterOfItsOwn() throws Exception {
        String[] decided = decidedReferralWithDecision(null);
        String referralId = decided[0];
        String revisedRationale = "New information from the school nurse: the family needs a targeted early help"
                + " worker, so EnHance will contact them.";
        mvc.perform(post("/api/triage/{id}/decision/revisions", referralId).with(as("manager-1", null, "TRIAGE_MANAGER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"revisesDecisionId": "%s", "level": 3, "route": "EARLY_HELP_TARGETED", "primaryNeed": "N1",
                                 "team": "ENHANCE", "rationale": "%s"}""".formatted(decided[1], revisedRationale)))
                .andExpect(status().isCreated());

        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.find(query(where("referralId").is(referralId)
                .and("status").is("SENT")), Document.class, "outcomeLetters").size() == 2);
        Document revised = mongo.findOne(query(where("referralId").is(referralId).and("revisesDecisionId")
                .is(decided[1])), Document.class, "outcomeLetters");
        try (PDDocument document = Loader.loadPDF(revised.get("pdf", org.bson.types.Binary.class).getData())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Revised outcome of your referral").contains(revisedRationale)
                    .contains("Team or service: EnHance").doesNotContain(RATIONALE);
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/triage/{id}/letters", referralId).with(as("worker-7", null, "TRIAGE_WORKER")))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].decisionId").value(revised.getString("decisionId")))
                .andExpect(jsonPath("$[1].revisedDecision").value(true));
    }

    @Test
    void aRedeliveredDecisionEventSendsNoSecondLetter() throws Exception {
        String referralId = decidedReferral(null);
        ConsumerRecord<String, byte[]> published = publishedDecisionOf(referralId);
        await().atMost(Duration.ofSeconds(30)).until(() -> letterOf(referralId) != null
                && "SENT".equals(letterOf(referralId).getString("status")));
        String letterId = letterOf(referralId).getString("_id");

        rawRecords.send(new ProducerRecord<>(Topics.TRIAGE, null, published.key(), published.value(),
                published.headers())).get();
        // the redelivery is processed once a later event on the same partition is: a fresh decision's letter
        String later = decidedReferral(null);
        await().atMost(Duration.ofSeconds(30)).until(() -> letterOf(later) != null
                && "SENT".equals(letterOf(later).getString("status")));

        assertThat(mongo.count(query(where("referralId").is(referralId)), "outcomeLetters")).isEqualTo(1);
        assertThat(emailsFor(letterId)).isEqualTo(1);
        assertThat(letterId).isEqualTo(LetterDesk.letterIdFor(new String(published.headers().lastHeader("ce_id").value())));
    }

    @Test
    void aPartnerReadsTheLettersOfItsOwnReferralsOnly() throws Exception {
        String referralId = decidedReferral("school-mis-1");
        await().atMost(Duration.ofSeconds(30)).until(() -> letterOf(referralId) != null
                && letterOf(referralId).get("pdf") != null);
        String letterId = letterOf(referralId).getString("_id");

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/triage/{id}/letters", referralId).with(as("client-1", "school-mis-1", "PARTNER_SYSTEM")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(letterId));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/triage/letters/{id}", letterId).with(as("client-1", "school-mis-1", "PARTNER_SYSTEM")))
                .andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/triage/{id}/letters", referralId).with(as("client-2", "police-2", "PARTNER_SYSTEM")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/triage/letters/{id}", letterId).with(as("client-2", "police-2", "PARTNER_SYSTEM")))
                .andExpect(status().isNotFound());
    }

    @Test
    void whileAnotherReplicaHoldsTheSendersLockThisOneSendsNothingAndTheLetterGoesOnceItIsReleased() throws Exception {
        // another replica's sender takes the lock in triage's store, as the next free run would
        AtomicReference<SimpleLock> held = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            locks.lock(new LockConfiguration(ClockProvider.now(), "triage-outcome-letters", Duration.ofMinutes(10),
                    Duration.ZERO)).ifPresent(held::set);
            return held.get() != null;
        });
        String referralId;
        try {
            referralId = decidedReferral(null);
            await().atMost(Duration.ofSeconds(30)).until(() -> letterOf(referralId) != null);

            // this replica's sender (every 100 ms) skips its runs: the letter is not even prepared
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() ->
                    "PENDING".equals(letterOf(referralId).getString("status")) && letterOf(referralId).get("pdf") == null);
        } finally {
            held.get().unlock();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(letterOf(referralId).getString("status")));
        assertThat(emailsFor(letterOf(referralId).getString("_id"))).isEqualTo(1);
        assertThat(mongo.findOne(query(where("_id").is("triage-outcome-letters")), Document.class, "shedLock"))
                .isNotNull();
    }

    /**
     * Two more replicas' senders, each with its own ShedLock Mongo provider on triage's one store, run round after
     * round beside the running service's own (three schedulers in all) while decisions are made: no two of their
     * runs overlap, and each letter is emailed once.
     */
    @Test
    void twoMoreReplicasSendersOnOneStoreNeverRunTogetherAndEachLetterIsSentOnce() throws Exception {
        AtomicInteger atWork = new AtomicInteger();
        AtomicBoolean overlapped = new AtomicBoolean();
        AtomicInteger runs = new AtomicInteger();
        AtomicBoolean deciding = new AtomicBoolean(true);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        List<String> referralIds = new java.util.ArrayList<>();
        try {
            List<Future<?>> senders = new java.util.ArrayList<>();
            for (int replica = 0; replica < 2; replica++) {
                DefaultLockingTaskExecutor scheduler = new DefaultLockingTaskExecutor(
                        new MongoLockProvider(mongo.getCollection("shedLock")));
                senders.add(replicas.submit(() -> {
                    while (deciding.get()) {
                        // as LetterSender's @SchedulerLock: the lock held at least one send-delay (100 ms here)
                        scheduler.executeWithLock((Runnable) () -> {
                            if (atWork.incrementAndGet() > 1) {
                                overlapped.set(true);
                            }
                            try {
                                runs.incrementAndGet();
                                desk.sendDue();
                            } finally {
                                atWork.decrementAndGet();
                            }
                        }, new LockConfiguration(ClockProvider.now(), "triage-outcome-letters",
                                Duration.ofMinutes(10), Duration.ofMillis(100)));
                        Thread.sleep(20);
                    }
                    return null;
                }));
            }
            for (int n = 0; n < 4; n++) {
                referralIds.add(decidedReferral(null));
            }
            for (String referralId : referralIds) {
                await().atMost(Duration.ofSeconds(30)).until(() -> letterOf(referralId) != null
                        && "SENT".equals(letterOf(referralId).getString("status")));
            }
            deciding.set(false);
            for (Future<?> sender : senders) {
                sender.get(30, TimeUnit.SECONDS);
            }
        } finally {
            deciding.set(false);
            replicas.shutdownNow();
        }

        assertThat(overlapped).isFalse();
        for (String referralId : referralIds) {
            assertThat(emailsFor(letterOf(referralId).getString("_id"))).as(referralId).isEqualTo(1);
        }
        System.out.printf("Two more replicas' senders ran %d times under the lock beside the service's own%n",
                runs.get());
    }

    @Test
    void otherRolesAndAnonymousCallersAreRefused() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/triage/{id}/letters", "ref-x").with(as("officer-1", null, "CONTACT_OFFICER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/triage/letters/{id}", "letter-x"))
                .andExpect(status().isUnauthorized());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/triage/letters/{id}", "letter-x").with(as("worker-1", null, "TRIAGE_WORKER")))
                .andExpect(status().isNotFound());
    }

    /** The TriageDecisionMade triage's outbox published for the referral, as a consumer receives it. */
    private ConsumerRecord<String, byte[]> publishedDecisionOf(String referralId) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "letters-test-" + UUID.randomUUID(), false);
        props.put("auto.offset.reset", "earliest");
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(Topics.TRIAGE));
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < until) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (referralId.equals(record.key()) && record.headers().lastHeader("ce_type") != null
                            && TriageDecisionMade.TYPE.equals(new String(record.headers().lastHeader("ce_type").value()))) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No TriageDecisionMade published for " + referralId);
    }
}
