package org.frontdoor.triage.queue.domain;

/** The item changed in the store since it was read (optimistic locking): read it again and retry. */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String referralId) {
        super("Referral " + referralId + " changed while it was being updated");
    }
}
