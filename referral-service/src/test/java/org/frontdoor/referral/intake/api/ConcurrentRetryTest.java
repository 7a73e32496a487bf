package org.frontdoor.referral.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.frontdoor.referral.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

class ConcurrentRetryTest extends ServiceTest {

    private static final int RETRIES = 4;

    @Test
    void parallelRetriesWithTheSameIdempotencyKeyCreateExactlyOneReferral() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = phoneReferral("Iris", "Concurrent");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(RETRIES);
        try {
            List<Future<MockHttpServletResponse>> responses = new ArrayList<>();
            for (int i = 0; i < RETRIES; i++) {
                responses.add(callers.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/referrals").with(contactOfficer()).header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
                }));
            }
            start.countDown();

            List<String> bodies = new ArrayList<>();
            for (Future<MockHttpServletResponse> response : responses) {
                MockHttpServletResponse answer = response.get(60, TimeUnit.SECONDS);
                assertThat(answer.getStatus()).isEqualTo(201);
                bodies.add(answer.getContentAsString());
            }
            assertThat(bodies).allSatisfy(answer -> assertThat(answer).isEqualTo(bodies.get(0)));
            assertThat(mongo.count(Query.query(Criteria.where("idempotency.key").is(key)), "referrals")).isEqualTo(1);
            String childId = JsonPath.read(bodies.get(0), "$.children[0].childId");
            assertThat(mongo.count(Query.query(Criteria.where("_id").is(childId)), "people")).isEqualTo(1);
        } finally {
            callers.shutdownNow();
        }
    }
}
