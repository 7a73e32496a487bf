package org.frontdoor.triage.queue.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.triage.queue.domain.AReferral.aReferral;

class QueueOrderTest {

    @Test
    void immediateRiskComesFirstThenPriorityThenRoutineWhateverTheDeadline() {
        TriageItem routine = aReferral().id("routine").urgency(Urgency.ROUTINE).deadline("2026-11-20T00:00:00Z").inQueue();
        TriageItem priority = aReferral().id("priority").urgency(Urgency.PRIORITY).deadline("2026-11-25T00:00:00Z").inQueue();
        TriageItem immediate = aReferral().id("immediate").urgency(Urgency.IMMEDIATE_RISK).deadline("2026-11-26T00:00:00Z").inQueue();

        assertThat(sorted(routine, priority, immediate)).containsExactly("immediate", "priority", "routine");
    }

    @Test
    void withinAnUrgencyTheEarliestDeadlineComesFirstThenTheLongestWaiting() {
        TriageItem later = aReferral().id("later-deadline").receivedAt("2026-11-20T08:00:00Z")
                .deadline("2026-11-25T00:00:00Z").inQueue();
        TriageItem sooner = aReferral().id("sooner-deadline").receivedAt("2026-11-20T12:00:00Z")
                .deadline("2026-11-24T00:00:00Z").inQueue();
        TriageItem soonerAndWaitingLonger = aReferral().id("sooner-waiting-longer").receivedAt("2026-11-20T09:00:00Z")
                .deadline("2026-11-24T00:00:00Z").inQueue();

        assertThat(sorted(later, sooner, soonerAndWaitingLonger))
                .containsExactly("sooner-waiting-longer", "sooner-deadline", "later-deadline");
    }

    private static List<String> sorted(TriageItem... items) {
        return List.of(items).stream().sorted(QueueOrder.MOST_PRESSING_FIRST).map(TriageItem::referralId).toList();
    }
}
