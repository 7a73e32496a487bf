package org.frontdoor.triage.queue.api;

import java.time.Instant;

import org.frontdoor.triage.queue.domain.TriageItem;

/** A line of the triage queue. Instants are UTC; {@code deadline} is the end of the next working day (London). */
record QueueEntryView(
        String referralId,
        Instant receivedAt,
        Instant deadline,
        boolean overdue,
        String urgency,
        String pathway,
        String claimedBy,
        Instant claimedAt) {

    static QueueEntryView of(TriageItem item, Instant now) {
        return new QueueEntryView(item.referralId(), item.referral().receivedAt(), item.deadline(), item.isOverdue(now),
                item.referral().urgency().name(), item.referral().pathway().name(), item.claimedBy(), item.claimedAt());
    }
}
