package org.frontdoor.consultation.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdoor.consultation.booking.domain.Fixtures.CONSULTANT;
import static org.frontdoor.consultation.booking.domain.Fixtures.NOW;
import static org.frontdoor.consultation.booking.domain.Fixtures.OTHER_PRACTITIONER;
import static org.frontdoor.consultation.booking.domain.Fixtures.PRACTITIONER;
import static org.frontdoor.consultation.booking.domain.Fixtures.TRIAGE_WORKER;
import static org.frontdoor.consultation.booking.domain.Fixtures.bookedSlot;
import static org.frontdoor.consultation.booking.domain.Fixtures.freeSlot;
import static org.frontdoor.consultation.booking.domain.Fixtures.question;
import static org.frontdoor.consultation.booking.domain.Fixtures.questionAboutCase;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.frontdoor.consultation.access.domain.Actor;
import org.frontdoor.consultation.access.domain.NotPermitted;
import org.frontdoor.consultation.access.domain.Role;
import org.frontdoor.contracts.EventJson;
import org.frontdoor.contracts.consultations.ConsultationBooked;
import org.frontdoor.contracts.consultations.ConsultationCancelled;
import org.frontdoor.contracts.consultations.ConsultationHeld;
import org.frontdoor.contracts.consultations.ConsultationRequested;
import org.frontdoor.contracts.consultations.ConsultationRescheduled;
import org.junit.jupiter.api.Test;

class ConsultationTransitionsTest {

    private static final Instant AFTER_START = NOW.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(5));

    @Test
    void bookingAFreeSlotRequestsAndBooksTheConsultationAtTheSameInstant() {
        Change<Slot> booked = freeSlot().book("consultation-1", PRACTITIONER, question(), NOW);

        assertThat(booked.state().status()).isEqualTo(SlotStatus.BOOKED);
        assertThat(booked.state().booking().status()).isEqualTo(ConsultationStatus.BOOKED);
        assertThat(booked.events()).hasSize(2);
        ConsultationRequested requested = (ConsultationRequested) booked.events().get(0);
        ConsultationBooked bookedEvent = (ConsultationBooked) booked.events().get(1);
        assertThat(requested.requestedAt()).isEqualTo(bookedEvent.bookedAt()).isEqualTo(NOW);
        assertThat(requested.requestedBy()).isEqualTo(PRACTITIONER.id());
        assertThat(requested.consultantType()).isEqualTo("PRIMARY_MENTAL_HEALTH_WORKER");
        assertThat(bookedEvent.slotId()).isEqualTo("slot-1");
        assertThat(bookedEvent.consultantId()).isEqualTo(CONSULTANT.id());
        assertThat(bookedEvent.childId()).isEqualTo("child-7");
    }

    @Test
    void aConsultationBookedFromACaseNamesTheCaseInTheRequestAndKeepsItWhenMovedAndCancelled() {
        Change<Slot> booked = freeSlot().book("consultation-1", PRACTITIONER, questionAboutCase("case-5"), NOW);
        Instant later = NOW.plus(Duration.ofDays(2));
        Slot to = Slot.publish("slot-2", CONSULTANT, ConsultantType.PRIMARY_MENTAL_HEALTH_WORKER,
                ConsultationMode.PHONE, later, later.plus(Duration.ofMinutes(30)), NOW);

        Change<Slot> received = to.receive(booked.state().movableBy("consultation-1", PRACTITIONER, NOW),
                booked.state(), NOW);
        Change<Slot> cancelled = received.state().cancel("consultation-1", PRACTITIONER,
                CancellationReason.NO_LONGER_NEEDED, NOW);

        assertThat(((ConsultationRequested) booked.events().get(0)).caseId()).isEqualTo("case-5");
        assertThat(booked.state().booking().caseId()).isEqualTo("case-5");
        assertThat(received.state().booking().caseId()).isEqualTo("case-5");
        assertThat(cancelled.state().pastBookings()).singleElement()
                .satisfies(c -> assertThat(c.caseId()).isEqualTo("case-5"));
        assertThat(cancelled.events()).noneSatisfy(event ->
                assertThat(EventJson.MAPPER.writeValueAsString(event)).contains("case-5"));
    }

    @Test
    void aConsultationNotBookedFromACaseNamesNone() {
        Change<Slot> booked = freeSlot().book("consultation-1", PRACTITIONER, question(), NOW);

        assertThat(((ConsultationRequested) booked.events().get(0)).caseId()).isNull();
        assertThat(booked.state().booking().caseId()).isNull();
    }

    @Test
    void eventsNeverCarryTheQuestionText() {
        Change<Slot> booked = freeSlot().book("consultation-1", PRACTITIONER, question(), NOW);

        booked.events().forEach(event ->
                assertThat(EventJson.MAPPER.writeValueAsString(event)).doesNotContain("self-harm", "school nurse"));
    }

    @Test
    void bookedSlotCannotBeBookedAgain() {
        assertThatThrownBy(() -> bookedSlot().book("consultation-2", OTHER_PRACTITIONER, question(), NOW))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void slotThatHasStartedCannotBeBooked() {
        assertThatThrownBy(() -> freeSlot().book("consultation-1", PRACTITIONER, question(), AFTER_START))
                .isInstanceOf(Conflict.class).hasMessageContaining("started");
    }

    @Test
    void withdrawnSlotCannotBeBooked() {
        Slot withdrawn = freeSlot().withdraw(CONSULTANT);

        assertThatThrownBy(() -> withdrawn.book("consultation-1", PRACTITIONER, question(), NOW))
                .isInstanceOf(Conflict.class).hasMessageContaining("withdrawn");
    }

    @Test
    void practitionerWhoBookedCanCancelAndTheSlotIsFreeAgain() {
        Change<Slot> cancelled = bookedSlot().cancel("consultation-1", PRACTITIONER,
                CancellationReason.NO_LONGER_NEEDED, NOW);

        assertThat(cancelled.state().status()).isEqualTo(SlotStatus.FREE);
        assertThat(cancelled.state().booking()).isNull();
        assertThat(cancelled.state().pastBookings()).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(ConsultationStatus.CANCELLED));
        ConsultationCancelled event = (ConsultationCancelled) cancelled.events().get(0);
        assertThat(event.cancelledBy()).isEqualTo("PRACTITIONER");
        assertThat(event.reason()).isEqualTo("NO_LONGER_NEEDED");
        assertThat(event.slotId()).isEqualTo("slot-1");
    }

    @Test
    void cancelledSlotCanBeBookedByAnotherPractitioner() {
        Slot freedAgain = bookedSlot().cancel("consultation-1", PRACTITIONER, CancellationReason.OTHER, NOW).state();

        Change<Slot> rebooked = freedAgain.book("consultation-2", OTHER_PRACTITIONER, question(), NOW);

        assertThat(rebooked.state().booking().id()).isEqualTo("consultation-2");
        assertThat(rebooked.state().consultation("consultation-1")).get()
                .extracting(Consultation::status).isEqualTo(ConsultationStatus.CANCELLED);
    }

    @Test
    void consultantCanCancelAsConsultant() {
        Change<Slot> cancelled = bookedSlot().cancel("consultation-1", CONSULTANT,
                CancellationReason.CONSULTANT_UNAVAILABLE, NOW);

        assertThat(((ConsultationCancelled) cancelled.events().get(0)).cancelledBy()).isEqualTo("CONSULTANT");
    }

    @Test
    void nobodyElseCanCancelAConsultation() {
        assertThatThrownBy(() -> bookedSlot().cancel("consultation-1", OTHER_PRACTITIONER,
                CancellationReason.OTHER, NOW)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> bookedSlot().cancel("consultation-1", TRIAGE_WORKER,
                CancellationReason.OTHER, NOW)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void outcomeCanBeRecordedOnlyOnceTheConsultationHasStarted() {
        assertThatThrownBy(() -> bookedSlot().recordOutcome("consultation-1", CONSULTANT,
                ConsultationOutcome.ADVICE_GIVEN, "notes", NOW)).isInstanceOf(Conflict.class);
    }

    @Test
    void consultantRecordsTheOutcomeAndTheConsultationIsHeld() {
        Change<Slot> held = bookedSlot().recordOutcome("consultation-1", CONSULTANT,
                ConsultationOutcome.REFER_TO_CAMHS, "Agreed CAMHS referral with the school nurse", AFTER_START);

        assertThat(held.state().booking().status()).isEqualTo(ConsultationStatus.HELD);
        assertThat(held.state().booking().held().notes()).contains("CAMHS referral");
        ConsultationHeld event = (ConsultationHeld) held.events().get(0);
        assertThat(event.heldAt()).isEqualTo(AFTER_START);
        assertThat(event.outcome()).isEqualTo("REFER_TO_CAMHS");
        assertThat(event.consultantType()).isEqualTo("PRIMARY_MENTAL_HEALTH_WORKER");
        assertThat(event.childId()).isEqualTo("child-7");
        assertThat(EventJson.MAPPER.writeValueAsString(event)).doesNotContain("school nurse");
    }

    @Test
    void outcomeCanBeRecordedOnlyOnce() {
        Slot held = bookedSlot().recordOutcome("consultation-1", CONSULTANT, ConsultationOutcome.ADVICE_GIVEN, "n",
                AFTER_START).state();

        assertThatThrownBy(() -> held.recordOutcome("consultation-1", CONSULTANT, ConsultationOutcome.NO_ACTION, "n",
                AFTER_START)).isInstanceOf(Conflict.class);
    }

    @Test
    void onlyTheSlotsConsultantRecordsTheOutcome() {
        assertThatThrownBy(() -> bookedSlot().recordOutcome("consultation-1", PRACTITIONER,
                ConsultationOutcome.ADVICE_GIVEN, "n", AFTER_START)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void heldConsultationCannotBeCancelled() {
        Slot held = bookedSlot().recordOutcome("consultation-1", CONSULTANT, ConsultationOutcome.ADVICE_GIVEN, "n",
                AFTER_START).state();

        assertThatThrownBy(() -> held.cancel("consultation-1", PRACTITIONER, CancellationReason.OTHER, AFTER_START))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void unknownConsultationIsNotFoundInTheSlot() {
        assertThatThrownBy(() -> bookedSlot().cancel("consultation-9", PRACTITIONER, CancellationReason.OTHER, NOW))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void consultationIsCaseworkForWhoBookedItItsConsultantAndTriageButNotForAnAdministrator() {
        Slot slot = bookedSlot();
        Consultation consultation = slot.booking();

        assertThat(slot.readableBy(consultation, PRACTITIONER)).isTrue();
        assertThat(slot.readableBy(consultation, CONSULTANT)).isTrue();
        assertThat(slot.readableBy(consultation, TRIAGE_WORKER)).isTrue();
        assertThat(slot.readableBy(consultation, new Actor("admin", Set.of(Role.ADMIN)))).as("only by break glass")
                .isFalse();
        assertThat(slot.readableBy(consultation, OTHER_PRACTITIONER)).isFalse();
    }

    @Test
    void rescheduledConsultationMovesToAFreeSlotOfTheSameTypeOfConsultant() {
        Slot from = bookedSlot();
        Instant later = NOW.plus(Duration.ofDays(2));
        Slot to = Slot.publish("slot-2", CONSULTANT, ConsultantType.PRIMARY_MENTAL_HEALTH_WORKER,
                ConsultationMode.PHONE, later, later.plus(Duration.ofMinutes(30)), NOW);

        Change<Slot> received = to.receive(from.movableBy("consultation-1", PRACTITIONER, NOW), from, NOW);
        Change<Slot> movedAway = from.movedAway("consultation-1", received.state(), NOW);
        Slot released = movedAway.state();

        assertThat(received.state().booking().rescheduledFromSlotId()).isEqualTo("slot-1");
        assertThat(received.state().booking().question()).isEqualTo(question().question());
        ConsultationRescheduled event = (ConsultationRescheduled) movedAway.events().get(0);
        assertThat(event.fromSlotId()).isEqualTo("slot-1");
        assertThat(event.toSlotId()).isEqualTo("slot-2");
        assertThat(event.startsAt()).isEqualTo(later);
        assertThat(released.status()).isEqualTo(SlotStatus.FREE);
        assertThat(released.pastBookings()).singleElement()
                .satisfies(c -> assertThat(c.movedToSlotId()).isEqualTo("slot-2"));
    }

    @Test
    void rescheduledIsAnnouncedByTheOldSlotLettingGoNotByTheNewSlotReceiving() {
        Slot from = bookedSlot();
        Instant later = NOW.plus(Duration.ofDays(2));
        Slot to = Slot.publish("slot-2", CONSULTANT, ConsultantType.PRIMARY_MENTAL_HEALTH_WORKER,
                ConsultationMode.PHONE, later, later.plus(Duration.ofMinutes(30)), NOW);

        Change<Slot> received = to.receive(from.movableBy("consultation-1", PRACTITIONER, NOW), from, NOW);

        assertThat(received.events()).isEmpty();
        assertThat(from.movedAway("consultation-1", received.state(), NOW).events())
                .singleElement().isInstanceOf(ConsultationRescheduled.class);
    }

    @Test
    void consultationCannotBeRescheduledToAnotherTypeOfConsultant() {
        Slot from = bookedSlot();
        Instant later = NOW.plus(Duration.ofDays(2));
        Slot to = Slot.publish("slot-2", CONSULTANT, ConsultantType.TARGETED_YOUTH_SUPPORT,
                ConsultationMode.PHONE, later, later.plus(Duration.ofMinutes(30)), NOW);

        assertThatThrownBy(() -> to.receive(from.movableBy("consultation-1", PRACTITIONER, NOW), from, NOW))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void consultationThatHasStartedCannotBeRescheduled() {
        assertThatThrownBy(() -> bookedSlot().movableBy("consultation-1", PRACTITIONER, AFTER_START))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void onlyWhoBookedOrTheConsultantCanReschedule() {
        assertThatThrownBy(() -> bookedSlot().movableBy("consultation-1", OTHER_PRACTITIONER, NOW))
                .isInstanceOf(NotPermitted.class);
        assertThat(bookedSlot().movableBy("consultation-1", CONSULTANT, NOW).id()).isEqualTo("consultation-1");
    }
}
