package org.frontdoor.contracts.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.frontdoor.contracts.referrals.ReferralWithdrawn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class OutboxMessageTraceTest {

    private final ReferralWithdrawn withdrawn = new ReferralWithdrawn("r-1", Instant.parse("2026-03-02T09:00:00Z"),
            "DUPLICATE");

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void anEventKeepsTheTraceOfTheWorkThatWroteIt() {
        MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        MDC.put("spanId", "00f067aa0ba902b7");

        assertThat(OutboxMessage.of("/referral-service", withdrawn).traceparent())
                .isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    @Test
    void outsideATraceOrWithSomethingElseInTheLoggingContextThereIsNone() {
        assertThat(OutboxMessage.of("/referral-service", withdrawn).traceparent()).isNull();
        MDC.put("traceId", "not a trace id");
        MDC.put("spanId", "00f067aa0ba902b7");
        assertThat(OutboxMessage.of("/referral-service", withdrawn).traceparent()).isNull();
    }
}
