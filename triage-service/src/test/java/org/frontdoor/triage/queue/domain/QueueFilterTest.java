package org.frontdoor.triage.queue.domain;

import java.time.Instant;
import java.util.Set;

import org.frontdoor.triage.access.domain.Actor;
import org.frontdoor.triage.domain.InvalidField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontdoor.triage.queue.domain.AReferral.aReferral;

class QueueFilterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T11:00:00Z");
    private static final Actor WORKER = new Actor("worker-1", Set.of(Actor.TRIAGE_WORKER));
    private static final Actor OTHER_WORKER = new Actor("worker-2", Set.of(Actor.TRIAGE_WORKER));

    @Test
    void noParametersIsTheWholeQueue() {
        assertThat(QueueFilter.of(null, null, null, WORKER)).isEqualTo(QueueFilter.EVERYTHING);
        assertThat(QueueFilter.EVERYTHING.matches(aReferral().inQueue())).isTrue();
    }

    @Test
    void everyGivenFilterHasToMatch() {
        TriageItem item = aReferral().pathway(Pathway.SOCIAL_CARE).locality("NORTH").inQueue().claim(WORKER, NOW).item();

        assertThat(QueueFilter.of("SOCIAL_CARE", "NORTH", "worker-1", OTHER_WORKER).matches(item)).isTrue();
        assertThat(QueueFilter.of("EARLY_HELP", "NORTH", "worker-1", WORKER).matches(item)).isFalse();
        assertThat(QueueFilter.of("SOCIAL_CARE", "SOUTH", "worker-1", WORKER).matches(item)).isFalse();
        assertThat(QueueFilter.of("SOCIAL_CARE", "NORTH", "worker-2", WORKER).matches(item)).isFalse();
    }

    @Test
    void meIsTheSignedInWorkerAndUnassignedIsNobodysClaim() {
        TriageItem unclaimed = aReferral().inQueue();
        TriageItem mine = unclaimed.claim(WORKER, NOW).item();

        QueueFilter me = QueueFilter.of(null, null, "me", WORKER);
        assertThat(me.matches(mine)).isTrue();
        assertThat(me.matches(unclaimed)).isFalse();
        assertThat(QueueFilter.of(null, null, "me", OTHER_WORKER).matches(mine)).isFalse();

        QueueFilter unassigned = QueueFilter.of(null, null, "unassigned", WORKER);
        assertThat(unassigned.matches(unclaimed)).isTrue();
        assertThat(unassigned.matches(mine)).isFalse();
    }

    @Test
    void invalidParametersAreEachNamed() {
        assertThatThrownBy(() -> QueueFilter.of("social_care", "NORTH EAST", "", WORKER))
                .isInstanceOfSatisfying(InvalidQueueFilter.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidField::field).containsExactly("pathway", "locality", "assignee"));
        assertThatThrownBy(() -> QueueFilter.of(null, "x".repeat(31), null, WORKER))
                .isInstanceOfSatisfying(InvalidQueueFilter.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidField::field).containsExactly("locality"));
        assertThatThrownBy(() -> QueueFilter.of(null, null, "worker 1", WORKER))
                .isInstanceOfSatisfying(InvalidQueueFilter.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidField::field).containsExactly("assignee"));
    }
}
