package org.frontdoor.referral.intake.events;

import java.util.List;

import org.frontdoor.contracts.cloudevents.OutboxMessage;

/** The referrals' outboxes as the relay sees them (port; the store adapter reads and {@code $pull}s). */
public interface ReferralOutbox {

    /** Referrals with events waiting, each with its messages in the order they were written. */
    List<Pending> pending(int maxReferrals);

    /** Removes one published message from the referral's outbox. */
    void remove(String referralId, String eventId);

    record Pending(String referralId, List<OutboxMessage> messages) {

        public Pending {
            messages = List.copyOf(messages);
        }
    }
}
