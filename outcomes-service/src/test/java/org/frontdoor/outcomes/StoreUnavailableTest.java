package org.frontdoor.outcomes;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
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

/**
 * The service starts against its own store, which then goes away: requests that need the store answer 503
 * problem+json with Retry-After (service-platform's advice), never a 500. No broker: the listener does not start.
 */
@SpringBootTest(properties = {
        "spring.config.name=" + OutcomesServiceApplication.CONFIG_NAME,
        "spring.kafka.bootstrap-servers=127.0.0.1:1",
        "spring.kafka.listener.auto-startup=false",
        "spring.mongodb.database=outcomes-store-down"})
@AutoConfigureMockMvc
class StoreUnavailableTest {

    private static final MongoServer store = new MongoServer(new MemoryBackend());

    @Autowired
    private MockMvc mvc;

    @DynamicPropertySource
    static void storeThatWillGoAway(DynamicPropertyRegistry registry) {
        var address = store.bind();
        registry.add("spring.mongodb.uri", () -> "mongodb://" + address.getHostString() + ":" + address.getPort()
                + "/?serverSelectionTimeoutMS=500&connectTimeoutMS=500&socketTimeoutMS=1000");
    }

    @AfterAll
    static void stop() {
        store.shutdownNow();
    }

    @Test
    void aRebuildAndTheExportAuditAnswer503WhileTheStoreIsDown() throws Exception {
        store.shutdownNow();

        mvc.perform(post("/api/outcomes/rebuild").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"))))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:frontdoor:problem:store-unavailable"));
        mvc.perform(get("/api/outcomes/exports/audit").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"))))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
