package org.frontdoor.triage.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The state of the queue at one moment, for the dashboards: open referrals by pathway, how long the
 * longest-waiting one has waited (since it was received), and how many are past their deadline.
 */
public record QueueSnapshot(Instant takenAt, Map<Pathway, Long> openByPathway, Duration oldestWaiting,
                            long breached) {

    public QueueSnapshot {
        openByPathway = Map.copyOf(openByPathway);
    }

    /** Counts the {@code open} items at {@code now}; the oldest wait is zero when the queue is empty. */
    public static QueueSnapshot of(Collection<TriageItem> open, Instant now) {
        Map<Pathway, Long> byPathway = new EnumMap<>(Pathway.class);
        for (Pathway pathway : Pathway.values()) {
            byPathway.put(pathway, 0L);
        }
        Instant oldest = now;
        long breached = 0;
        for (TriageItem item : open) {
            if (!item.isOpen()) {
                continue;
            }
            byPathway.merge(item.referral().pathway(), 1L, Long::sum);
            if (item.referral().receivedAt().isBefore(oldest)) {
                oldest = item.referral().receivedAt();
            }
            if (item.isOverdue(now)) {
                breached++;
            }
        }
        return new QueueSnapshot(now, byPathway, Duration.between(oldest, now), breached);
    }

    public long open(Pathway pathway) {
        return openByPathway.getOrDefault(pathway, 0L);
    }
}
