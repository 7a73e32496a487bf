package org.frontdoor.consultation.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdoor.consultation.booking.domain.Fixtures.CONSULTANT;
import static org.frontdoor.consultation.booking.domain.Fixtures.NOW;
import static org.frontdoor.consultation.booking.domain.Fixtures.PRACTITIONER;
import static org.frontdoor.consultation.booking.domain.Fixtures.bookedSlot;
import static org.frontdoor.consultation.booking.domain.Fixtures.freeSlot;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.frontdoor.consultation.access.domain.Actor;
import org.frontdoor.consultation.access.domain.NotPermitted;
import org.frontdoor.consultation.access.domain.Role;
import org.junit.jupiter.api.Test;

class SlotRulesTest {

    @Test
    void publishedSlotIsFreeAndBelongsToTheConsultant() {
        Slot slot = freeSlot();

        assertThat(slot.status()).isEqualTo(SlotStatus.FREE);
        assertThat(slot.consultantId()).isEqualTo(CONSULTANT.id());
        assertThat(slot.booking()).isNull();
    }

    @Test
    void slotMustStartInTheFuture() {
        assertThatThrownBy(() -> Slot.publish("s", CONSULTANT, ConsultantType.TARGETED_YOUTH_SUPPORT,
                ConsultationMode.PHONE, NOW, NOW.plus(Duration.ofMinutes(30)), NOW))
                .isInstanceOf(InvalidRequest.class)
                .extracting(e -> ((InvalidRequest) e).field()).isEqualTo("startsAt");
    }

    @Test
    void slotShorterThanFifteenMinutesIsRejected() {
        assertThatThrownBy(() -> publishLasting(Duration.ofMinutes(14)))
                .isInstanceOf(InvalidRequest.class)
                .extracting(e -> ((InvalidRequest) e).field()).isEqualTo("endsAt");
    }

    @Test
    void slotLongerThanThreeHoursIsRejected() {
        assertThatThrownBy(() -> publishLasting(Duration.ofMinutes(181))).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void slotEndingBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> publishLasting(Duration.ofMinutes(-30))).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void slotsOfFifteenAndOneHundredEightyMinutesAreAccepted() {
        assertThat(publishLasting(Duration.ofMinutes(15)).status()).isEqualTo(SlotStatus.FREE);
        assertThat(publishLasting(Duration.ofMinutes(180)).status()).isEqualTo(SlotStatus.FREE);
    }

    @Test
    void slotsOverlapWhenTheyShareAnyTimeButBackToBackSlotsDoNot() {
        Slot slot = freeSlot();
        Instant start = slot.startsAt();
        Instant end = slot.endsAt();

        assertThat(slot.overlaps(start.minus(Duration.ofMinutes(30)), start.plus(Duration.ofMinutes(1)))).isTrue();
        assertThat(slot.overlaps(start.plus(Duration.ofMinutes(10)), start.plus(Duration.ofMinutes(20)))).isTrue();
        assertThat(slot.overlaps(end, end.plus(Duration.ofMinutes(30)))).isFalse();
        assertThat(slot.overlaps(start.minus(Duration.ofMinutes(30)), start)).isFalse();
    }

    @Test
    void withdrawnSlotTakesUpNoTime() {
        Slot withdrawn = freeSlot().withdraw(CONSULTANT);

        assertThat(withdrawn.status()).isEqualTo(SlotStatus.WITHDRAWN);
        assertThat(withdrawn.overlaps(withdrawn.startsAt(), withdrawn.endsAt())).isFalse();
    }

    @Test
    void onlyTheConsultantWhoPublishedASlotCanWithdrawIt() {
        Actor otherConsultant = new Actor("consultant-2", Set.of(Role.CONSULTANT));

        assertThatThrownBy(() -> freeSlot().withdraw(otherConsultant)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> freeSlot().withdraw(PRACTITIONER)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void bookedSlotCannotBeWithdrawn() {
        assertThatThrownBy(() -> bookedSlot().withdraw(CONSULTANT)).isInstanceOf(Conflict.class);
    }

    private static Slot publishLasting(Duration length) {
        Instant start = NOW.plus(Duration.ofHours(2));
        return Slot.publish("s", CONSULTANT, ConsultantType.EARLY_HELP_SOCIAL_WORKER, ConsultationMode.IN_PERSON,
                start, start.plus(length), NOW);
    }
}
