package org.frontdoor.cases.earlyhelp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.frontdoor.cases.earlyhelp.domain.CaseEvent;
import org.frontdoor.cases.earlyhelp.domain.FamilyMember;
import org.frontdoor.cases.earlyhelp.domain.MemberRole;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * The case opened from a triage decision has an id derived from the case (a rebuild re-sends the same event) and
 * keeps the trace of the decision's delivery, so one trace id follows a referral from triage into early help.
 */
class CasePublicationsTest {

    private final CaseEvent.Opened opened = new CaseEvent.Opened("case-1", Instant.parse("2026-03-02T09:00:00Z"),
            "family-1", List.of(new FamilyMember("child-1", MemberRole.CHILD)), "referral-1", "NORTH");

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void theOpenedCaseKeepsItsDerivedIdAndTheTraceOfTheDecisionThatOpenedIt() {
        MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        MDC.put("spanId", "00f067aa0ba902b7");

        OutboxMessage message = CasePublications.outboxMessage(opened);

        assertThat(message.eventId()).isEqualTo(CasePublications.openedEventId("case-1"));
        assertThat(message.traceparent()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    }

    @Test
    void outsideATraceTheOpenedCaseCarriesNone() {
        assertThat(CasePublications.outboxMessage(opened).traceparent()).isNull();
    }
}
