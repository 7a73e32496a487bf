package org.frontdoor.triage.queue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.frontdoor.workingdays.WorkingDays;

/**
 * Builds the triage queue from referral-service's events. Every step is idempotent: an event already
 * applied (same id), or a second arrival of the same referral, changes nothing.
 *
 * <p>Links between referrals are kept as they arrive and applied once both referrals are in triage, whichever
 * of the three events comes first: a re-referral is flagged on the new referral; a further contact about a child
 * whose earlier referral is still undecided is shown and decided with that referral (one queue item); a further
 * contact whose earlier referral was already decided (or withdrawn) stays an item of its own, and says so.
 */
public final class ReferralIntake {

    private static final int ATTEMPTS = 3;

    private final TriageItems items;
    private final ReferralLinks links;
    private final WorkingDays workingDays;
    private final DecisionLog decisionLog;

    public ReferralIntake(TriageItems items, ReferralLinks links, WorkingDays workingDays, DecisionLog decisionLog) {
        this.items = items;
        this.links = links;
        this.workingDays = workingDays;
        this.decisionLog = decisionLog;
    }

    /**
     * The referral joins the queue; links and decisions from the event log that arrived before it are applied now
     * (a decision recorded from the log takes it straight out of the queue).
     *
     * @return {@code true} when the referral joined the queue, {@code false} when it was already there
     */
    public boolean received(String eventId, Referral referral) {
        boolean added = items.add(TriageItem.received(eventId, referral,
                workingDays.decisionDeadline(referral.receivedAt())));
        for (ReferralLink link : links.concerning(referral.referralId())) {
            apply(link);
        }
        decisionLog.referralArrived(referral.referralId());
        return added;
    }

    public boolean amended(String eventId, String referralId, Referral.Amendment amendment) {
        return apply(referralId, item -> item.amend(eventId, amendment));
    }

    public boolean withdrawn(String eventId, String referralId, Instant withdrawnAt) {
        return apply(referralId, item -> item.withdraw(eventId, withdrawnAt));
    }

    /** referral-service linked two referrals: kept, and applied now if both are already in triage. */
    public void linked(ReferralLink link) {
        links.keep(link);
        apply(link);
    }

    private void apply(ReferralLink link) {
        switch (link.kind()) {
            case RE_REFERRAL -> {
                if (items.find(link.referralId()).isPresent()) {
                    apply(link.referralId(), item -> item.reReferralOf(link.linkedReferralId()));
                }
            }
            case FURTHER_CONTACT -> furtherContact(link);
            case DUPLICATE -> {
                // referral-service's own housekeeping: nothing changes in triage
            }
        }
    }

    private void furtherContact(ReferralLink link) {
        Optional<TriageItem> contact = items.find(link.referralId());
        Optional<TriageItem> earlier = items.find(link.linkedReferralId());
        if (contact.isEmpty() || earlier.isEmpty()) {
            return; // applied when the other referral arrives
        }
        TriageItem target = earlier.get();
        if (target.status() == TriageStatus.LINKED && target.linkedInto() != null) {
            target = items.find(target.linkedInto()).orElse(target);
        }
        String targetId = target.referralId();
        TriageItem newContact = contact.get();
        if (newContact.status() == TriageStatus.LINKED && targetId.equals(newContact.linkedInto())) {
            takeIn(targetId, newContact);
            return;
        }
        if (!newContact.isOpen()) {
            return; // already decided or withdrawn on its own: nothing to join
        }
        if (!target.isOpen()) {
            String why = "Further contact about referral " + link.linkedReferralId() + ", which was already "
                    + target.status().name().toLowerCase() + ": kept as an item of its own";
            apply(newContact.referralId(), item -> why.equals(item.linkNote()) || !item.isOpen() ? Optional.empty()
                    : Optional.of(item.keptOnItsOwn(why)));
            return;
        }
        apply(newContact.referralId(), item -> item.isOpen() ? Optional.of(item.linkInto(targetId)) : Optional.empty());
        takeIn(targetId, items.find(newContact.referralId()).orElseThrow());
    }

    /** The earlier referral takes the further contact in; if it was decided meanwhile, the contact is put back. */
    private void takeIn(String targetId, TriageItem contact) {
        TriageItem target = items.find(targetId).orElseThrow();
        if (!target.isOpen()) {
            String why = "Further contact about referral " + targetId + ", which was "
                    + target.status().name().toLowerCase() + " before the contact could join it: kept as an item of its own";
            if (target.furtherContacts().stream().noneMatch(c -> c.referralId().equals(contact.referralId()))) {
                apply(contact.referralId(), item -> item.status() == TriageStatus.LINKED
                        ? Optional.of(item.keptOnItsOwn(why)) : Optional.empty());
            }
            return;
        }
        apply(targetId, item -> item.isOpen() ? item.takeInFurtherContact(contact.referral()) : Optional.empty());
    }

    private boolean apply(String referralId, Function<TriageItem, Optional<TriageItem>> change) {
        for (int attempt = 1; ; attempt++) {
            TriageItem item = items.find(referralId).orElseThrow(() -> new ReferralNotInTriage(referralId));
            Optional<TriageItem> changed = change.apply(item);
            if (changed.isEmpty()) {
                return false;
            }
            try {
                items.update(changed.get(), List.of());
                return true;
            } catch (ConcurrentChange e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
