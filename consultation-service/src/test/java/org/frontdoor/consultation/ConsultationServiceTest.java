package org.frontdoor.consultation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.frontdoor.contracts.Topics;
import org.frontdoor.testkit.EmbeddedStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one Spring context every service test shares: the real embedded store, one embedded KRaft broker,
 * a clock tests can move forward. Test data is kept apart by fresh ids (consultants, practitioners, slots).
 */
@SpringBootTest(properties = {
        "spring.config.name=" + ConsultationServiceApplication.CONFIG_NAME,
        "spring.mongodb.database=consultations-test",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "frontdoor.outbox.relay-interval=50ms"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, topics = Topics.CONSULTATIONS)
@Import(ConsultationServiceTest.TestClock.class)
public abstract class ConsultationServiceTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MovableClock clock;

    protected static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    protected static JwtRequestPostProcessor as(String subject, String... roles) {
        return jwt().jwt(token -> token.subject(subject).claim("roles", List.of(roles)))
                .authorities(Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                        .toArray(GrantedAuthority[]::new));
    }

    protected static String slotJson(Instant startsAt, Duration length, String consultantType, String mode) {
        return """
                {"startsAt":"%s","endsAt":"%s","consultantType":"%s","mode":"%s"}"""
                .formatted(startsAt, startsAt.plus(length), consultantType, mode);
    }

    /** Publishes a 60-minute slot starting {@code in} from now, and answers its id. */
    protected String publishSlot(String consultantId, String consultantType, Duration in) throws Exception {
        String body = mvc.perform(post("/api/consultations/slots").with(as(consultantId, "CONSULTANT"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(slotJson(clock.instant().plus(in), Duration.ofMinutes(60), consultantType, "VIDEO")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    protected static String bookingJson(String slotId, String childId, String question) {
        return """
                {"slotId":"%s","childId":"%s","question":"%s"}""".formatted(slotId, childId, question);
    }

    /** Books a slot as a practitioner and answers the consultation id. */
    protected String book(String practitionerId, String slotId, String question) throws Exception {
        String body = mvc.perform(post("/api/consultations").with(as(practitionerId, "PRACTITIONER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bookingJson(slotId, newId("child"), question)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
