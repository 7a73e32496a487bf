package org.frontdoor.triage.queue.domain;

import java.util.Comparator;

/**
 * The order triage workers take referrals in: immediate risk first; then referrals flagged as needing a strategy
 * discussion; then by urgency (priority before routine); then the earliest deadline; then the longest waiting.
 * (An immediate-risk referral flagged for a strategy discussion comes before an unflagged one.)
 */
public final class QueueOrder {

    public static final Comparator<TriageItem> MOST_PRESSING_FIRST = Comparator
            .comparing((TriageItem item) -> item.referral().urgency() != Urgency.IMMEDIATE_RISK)
            .thenComparing(item -> !item.strategyDiscussion())
            .thenComparing(item -> item.referral().urgency())
            .thenComparing(TriageItem::deadline)
            .thenComparing(item -> item.referral().receivedAt())
            .thenComparing(item -> item.referral().referralId());

    private QueueOrder() {
    }
}
