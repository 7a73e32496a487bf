package org.frontdoor.triage.queue.domain;

import java.util.Comparator;

/** The order triage workers take referrals in: most urgent first, then the earliest deadline, then the longest waiting. */
public final class QueueOrder {

    public static final Comparator<TriageItem> MOST_PRESSING_FIRST = Comparator
            .comparing((TriageItem item) -> item.referral().urgency())
            .thenComparing(TriageItem::deadline)
            .thenComparing(item -> item.referral().receivedAt())
            .thenComparing(item -> item.referral().referralId());

    private QueueOrder() {
    }
}
