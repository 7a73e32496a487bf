package org.frontdoor.triage.queue.api;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.frontdoor.triage.queue.domain.TriageItem;

/**
 * A line of the triage queue. Instants are UTC; {@code deadline} is the end of the next working day (London);
 * {@code timeRemaining} is the ISO-8601 duration from now to the deadline, to the second, with a leading
 * minus once it has passed (e.g. {@code PT3H12M}, {@code -PT25M}); {@code overdue} is true from the deadline on.
 *
 * @param contacts             this referral and the further contacts shown and decided with it, this one first
 * @param reReferral           the same child was referred within the previous 12 months ({@code earlierReferralIds})
 * @param strategyDiscussion   flagged as needing a strategy discussion (comes right after immediate risk)
 * @param awaitingApproval     the level-4 proposal waiting for a triage manager, or {@code null}
 * @param linkNote             why a further contact is an item of its own (its earlier referral was already decided)
 */
record QueueEntryView(
        String referralId,
        Instant receivedAt,
        Instant deadline,
        String timeRemaining,
        boolean overdue,
        String urgency,
        String pathway,
        String locality,
        String claimedBy,
        Instant claimedAt,
        List<String> contacts,
        boolean reReferral,
        List<String> earlierReferralIds,
        boolean strategyDiscussion,
        ProposalView awaitingApproval,
        String linkNote) {

    static QueueEntryView of(TriageItem item, Instant now) {
        return new QueueEntryView(item.referralId(), item.referral().receivedAt(), item.deadline(),
                iso(item.timeRemaining(now)), item.isOverdue(now), item.referral().urgency().name(),
                item.referral().pathway().name(), item.referral().locality(), item.claimedBy(), item.claimedAt(),
                item.contactIds(), item.isReReferral(), item.earlierReferralIds(), item.strategyDiscussion(),
                item.proposalAwaitingApproval().map(proposal -> ProposalView.of(item, proposal)).orElse(null),
                item.linkNote());
    }

    /** {@code PT1H}, {@code PT0S}, {@code -PT1H} (Java writes {@code PT-1H}; the leading sign is what other tools read). */
    static String iso(Duration duration) {
        Duration seconds = duration.truncatedTo(ChronoUnit.SECONDS);
        return seconds.isNegative() ? "-" + seconds.negated() : seconds.toString();
    }
}
