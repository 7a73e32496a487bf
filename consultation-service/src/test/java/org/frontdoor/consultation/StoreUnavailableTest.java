package org.frontdoor.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The service's own store goes away after start-up: every request that needs it answers 503 problem+json with
 * Retry-After (service-platform's advice), never a 500; when the store is back, nothing of those requests is there.
 * No broker: nothing reaches the outbox while the store is down.
 */
@SpringBootTest(properties = {
        "spring.config.name=" + ConsultationServiceApplication.CONFIG_NAME,
        "spring.mongodb.database=" + StoreUnavailableTest.DATABASE,
        "spring.kafka.bootstrap-servers=127.0.0.1:1"})
@AutoConfigureMockMvc
class StoreUnavailableTest {

    static final String DATABASE = "consultations-store-down";

    /** Kept across the outage: stopping the server must not empty the store, only make it unreachable. */
    private static final MongoBackend backend = new MemoryBackend() {
        @Override
        public void close() {
        }
    };
    private static MongoServer store = new MongoServer(backend);
    private static InetSocketAddress address;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MongoTemplate mongo;

    @DynamicPropertySource
    static void storeThatGoesAway(DynamicPropertyRegistry registry) {
        address = store.bind();
        registry.add("spring.mongodb.uri", () -> "mongodb://" + address.getHostString() + ":" + address.getPort()
                + "/?serverSelectionTimeoutMS=500&connectTimeoutMS=500&socketTimeoutMS=2000");
    }

    @AfterAll
    static void stop() {
        store.shutdownNow();
    }

    @Test
    void whileTheStoreIsDownWritesAndReadsAnswer503AndNothingIsStored() throws Exception {
        String consultant = "consultant-store-down";
        String slot = JsonPath.read(publish(consultant).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        long slotsBefore = mongo.getCollection("slots").countDocuments();
        long readsBefore = mongo.getCollection("consultationReads").countDocuments();

        store.shutdownNow();

        storeUnavailable(publish(consultant));
        storeUnavailable(mvc.perform(post("/api/consultations").with(as("practitioner-1", "PRACTITIONER"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"slotId":"%s","childId":"child-1","question":"Can we talk about Sam?"}""".formatted(slot))));
        storeUnavailable(mvc.perform(get("/api/consultations/some-consultation").with(as("triage-1", "TRIAGE_WORKER"))));
        storeUnavailable(mvc.perform(get("/api/consultations/audit").with(as("admin-1", "ADMIN"))));

        store = new MongoServer(backend);
        store.bind(address.getHostString(), address.getPort());
        try (MongoClient direct = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            // Read with a client of its own: the service's, told to give up on a server after 500 ms, may not have
            // seen the store come back yet, and whether it has is not what this test is about.
            MongoDatabase database = direct.getDatabase(DATABASE);
            assertThat(database.getCollection("slots").countDocuments()).isEqualTo(slotsBefore);
            assertThat(database.getCollection("consultationReads").countDocuments()).isEqualTo(readsBefore);
            assertThat(database.getCollection("slots").find(new org.bson.Document("_id", slot)).first()
                    .getString("status")).isEqualTo("FREE");
        }
    }

    private ResultActions publish(String consultant) throws Exception {
        Instant startsAt = Instant.now().plus(Duration.ofDays(1));
        return mvc.perform(post("/api/consultations/slots").with(as(consultant, "CONSULTANT"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"startsAt":"%s","endsAt":"%s","consultantType":"EARLY_HELP_SOCIAL_WORKER","mode":"VIDEO"}"""
                        .formatted(startsAt, startsAt.plus(Duration.ofHours(1)))));
    }

    private static void storeUnavailable(ResultActions result) throws Exception {
        result.andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:store-unavailable"));
    }

    private static RequestPostProcessor as(String subject, String... roles) {
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(token -> token.subject(subject).claim("roles", List.of(roles)))
                .authorities(Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toArray(GrantedAuthority[]::new));
    }
}
