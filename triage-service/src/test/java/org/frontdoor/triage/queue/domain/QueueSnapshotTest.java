package org.frontdoor.triage.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdoor.triage.queue.domain.AReferral.aReferral;

class QueueSnapshotTest {

    private static final Instant NOW = Instant.parse("2026-11-23T11:00:00Z");

    @Test
    void countsOpenReferralsByPathwayTheLongestWaitAndThosePastTheirDeadline() {
        TriageItem oldBreached = aReferral().pathway(Pathway.SOCIAL_CARE).receivedAt("2026-11-20T11:00:00Z")
                .deadline("2026-11-23T00:00:00Z").inQueue();
        TriageItem dueAtNow = aReferral().pathway(Pathway.SOCIAL_CARE).receivedAt("2026-11-22T11:00:00Z")
                .deadline("2026-11-23T11:00:00Z").inQueue();
        TriageItem inTime = aReferral().pathway(Pathway.EARLY_HELP).receivedAt("2026-11-23T09:00:00Z")
                .deadline("2026-11-25T00:00:00Z").inQueue();
        TriageItem withdrawn = aReferral().pathway(Pathway.CONSULTATION).receivedAt("2026-01-01T09:00:00Z")
                .deadline("2026-01-03T00:00:00Z").inQueue().withdraw("withdrawn-1", NOW).orElseThrow();

        QueueSnapshot snapshot = QueueSnapshot.of(List.of(oldBreached, dueAtNow, inTime, withdrawn), NOW);

        assertThat(snapshot.open(Pathway.SOCIAL_CARE)).isEqualTo(2);
        assertThat(snapshot.open(Pathway.EARLY_HELP)).isEqualTo(1);
        assertThat(snapshot.open(Pathway.CONSULTATION)).isZero();
        assertThat(snapshot.oldestWaiting()).isEqualTo(Duration.ofDays(3));
        assertThat(snapshot.breached()).isEqualTo(2);
    }

    @Test
    void anEmptyQueueHasWaitedNoTime() {
        QueueSnapshot snapshot = QueueSnapshot.of(List.of(), NOW);

        assertThat(snapshot.oldestWaiting()).isZero();
        assertThat(snapshot.breached()).isZero();
        assertThat(Set.of(Pathway.values())).allSatisfy(pathway -> assertThat(snapshot.open(pathway)).isZero());
    }
}
