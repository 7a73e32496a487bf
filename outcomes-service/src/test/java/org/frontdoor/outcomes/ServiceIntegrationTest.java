package org.frontdoor.outcomes;

import org.frontdoor.contracts.Topics;
import org.frontdoor.testkit.EmbeddedStore;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One application context (embedded broker, KRaft-only in spring-kafka-test 4, + embedded store) shared by the service's integration tests. */
@SpringBootTest(properties = {
        "spring.config.name=" + OutcomesServiceApplication.CONFIG_NAME,
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.mongodb.database=outcomes-it"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, topics = {
        Topics.REFERRALS, Topics.TRIAGE, Topics.CONSULTATIONS, Topics.CASES,
        Topics.REFERRALS + Topics.DEAD_LETTER_SUFFIX, Topics.TRIAGE + Topics.DEAD_LETTER_SUFFIX,
        Topics.CONSULTATIONS + Topics.DEAD_LETTER_SUFFIX, Topics.CASES + Topics.DEAD_LETTER_SUFFIX})
public abstract class ServiceIntegrationTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry);
    }
}
