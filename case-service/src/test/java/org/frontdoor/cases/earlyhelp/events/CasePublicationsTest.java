package org.frontdoor.cases.earlyhelp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.frontdoor.cases.earlyhelp.domain.Agency;
import org.frontdoor.cases.earlyhelp.domain.AttendeeRole;
import org.frontdoor.cases.earlyhelp.domain.CaseEvent;
import org.frontdoor.cases.earlyhelp.domain.FamilyMember;
import org.frontdoor.cases.earlyhelp.domain.GoalProgress;
import org.frontdoor.cases.earlyhelp.domain.MemberRole;
import org.frontdoor.cases.earlyhelp.domain.PlanReview;
import org.frontdoor.cases.earlyhelp.domain.ReviewAttendee;
import org.frontdoor.contracts.cases.PlanReviewed;
import org.frontdoor.contracts.cloudevents.OutboxMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * The case opened from a triage decision has an id derived from the case (a rebuild re-sends the same event) and
 * keeps the trace of the decision's delivery, so one trace id follows a referral from triage into early help. A
 * review is published with codes and counts only, its added fields left out when it did not record them.
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

    @Test
    void aReviewRecordedWithItsDateOnlyIsPublishedAsBeforeWithTheAddedFieldsLeftOut() {
        PlanReview review = new PlanReview("r1", 2, Instant.parse("2026-04-30T14:00:00Z"),
                LocalDate.parse("2026-06-11"), "worker-1", Instant.parse("2026-04-30T15:00:00Z"), null);

        assertThat(CasePublications.contractOf(new CaseEvent.PlanReviewed("case-1", review))).isEqualTo(
                new PlanReviewed("case-1", Instant.parse("2026-04-30T14:00:00Z"), 2, LocalDate.parse("2026-06-11")));
    }

    @Test
    void aReviewWithAttendeesAndProgressIsPublishedAsCodesAndCounts() {
        PlanReview review = new PlanReview("r1", 1, Instant.parse("2026-04-30T14:00:00Z"),
                LocalDate.parse("2026-06-11"), List.of(new ReviewAttendee(AttendeeRole.PARENT_OR_CARER, null),
                new ReviewAttendee(AttendeeRole.PRACTITIONER, Agency.HEALTH)), 3,
                Map.of("g1", GoalProgress.ACHIEVED, "g2", GoalProgress.PROGRESSING, "g3", GoalProgress.PROGRESSING),
                List.of(), "worker-1", Instant.parse("2026-04-30T15:00:00Z"), null);

        PlanReviewed published = (PlanReviewed) CasePublications.contractOf(new CaseEvent.PlanReviewed("case-1",
                review));

        assertThat(published.attendees()).containsExactly(
                new org.frontdoor.contracts.cases.ReviewAttendee("PARENT_OR_CARER", null),
                new org.frontdoor.contracts.cases.ReviewAttendee("PRACTITIONER", "HEALTH"));
        assertThat(published.planVersion()).isEqualTo(3);
        assertThat(List.of(published.goalsAchieved(), published.goalsProgressing(), published.goalsNotProgressing()))
                .containsExactly(1, 2, 0);
    }
}
