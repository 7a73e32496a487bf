package org.frontdoor.triage.queue.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.frontdoor.triage.access.domain.Actor;
import org.frontdoor.triage.domain.InvalidField;
import org.frontdoor.triage.audit.domain.AuditEntry;
import org.frontdoor.triage.audit.domain.AuditTrail;
import org.frontdoor.triage.decision.domain.InvalidDecision;

/**
 * What triage workers and managers do with the queue: work it, claim, release and reassign referrals, flag them for a
 * strategy discussion, read them (audited). Deciding them is the {@link DecisionDesk}'s.
 */
public final class TriageDesk {

    /** An identity-provider subject: opaque, but printable and bounded. */
    private static final Pattern SUBJECT = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final TriageItems items;
    private final ItemChanges changes;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public TriageDesk(TriageItems items, AuditTrail auditTrail, Clock clock) {
        this.items = items;
        this.changes = new ItemChanges(items);
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The open referrals, most pressing first. */
    public List<TriageItem> queue() {
        return queue(QueueFilter.EVERYTHING);
    }

    /** The open referrals the filter matches, in the same most-pressing-first order as the whole queue. */
    public List<TriageItem> queue(QueueFilter filter) {
        return items.open().stream().filter(filter::matches).sorted(QueueOrder.MOST_PRESSING_FIRST).toList();
    }

    /** The queue as a reader sees it: every referral shown is audited ({@code QUEUE_READ}, one entry per read). */
    public List<TriageItem> queue(QueueFilter filter, Actor reader) {
        List<TriageItem> shown = queue(filter);
        auditTrail.append(AuditEntry.read(reader, AuditEntry.QUEUE_READ, "READ triage queue", null,
                shown.stream().map(TriageItem::referralId).toList(), now()));
        return shown;
    }

    /** Now, to the millisecond: what the store keeps, so the response, the record and the event agree. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public TriageItem claim(String referralId, Actor actor) {
        return change(referralId, item -> item.claim(actor, now()));
    }

    /**
     * A triage manager gives the referral to a worker ({@code assignee}: their {@code sub}). Audited with whose
     * claim it was; publishes {@code TriageClaimed} for the new holder.
     */
    public TriageItem reassign(String referralId, Actor manager, String assignee) {
        if (!manager.isManager()) {
            throw new ManagerDecisionRequired("Reassigning a referral needs a triage manager");
        }
        if (assignee == null || !SUBJECT.matcher(assignee).matches()) {
            throw new InvalidDecision(List.of(new InvalidField("assignee",
                    "is required: the worker's sub (1 to 255 printable characters)")));
        }
        AtomicReference<String> heldBy = new AtomicReference<>();
        TriageItem reassigned = change(referralId, item -> {
            heldBy.set(item.claimedBy());
            return item.reassign(manager, assignee, now());
        });
        auditTrail.append(new AuditEntry(manager.id(), manager.roles(), "REASSIGN from " + heldBy.get() + " to "
                + assignee, referralId, now()));
        return reassigned;
    }

    /**
     * Gives a claimed referral back to the queue: its holder, or a triage manager. Audited with whose claim
     * it was; no event (the claim is internal to triage).
     */
    public TriageItem release(String referralId, Actor actor) {
        AtomicReference<String> heldBy = new AtomicReference<>();
        TriageItem released = change(referralId, item -> {
            heldBy.set(item.claimedBy());
            return item.release(actor);
        });
        auditTrail.append(new AuditEntry(actor.id(), actor.roles(), "RELEASE claim of " + heldBy.get(),
                referralId, now()));
        return released;
    }

    /** Flags or unflags the referral as needing a strategy discussion (queue order). Audited; no event. */
    public TriageItem flagStrategyDiscussion(String referralId, Actor actor, boolean needed) {
        TriageItem flagged = change(referralId, item -> item.flagStrategyDiscussion(needed));
        auditTrail.append(new AuditEntry(actor.id(), actor.roles(),
                (needed ? "FLAG" : "UNFLAG") + " strategy discussion", referralId, now()));
        return flagged;
    }

    /**
     * The full triage record of a referral, decision and rationale included, with the children's earlier referrals
     * held here; every read is audited ({@code TRIAGE_RECORD_READ}) with every referral it shows.
     */
    public TriageRecord read(String referralId, Actor reader) {
        TriageItem item = items.find(referralId).orElseThrow(() -> new ReferralNotInTriage(referralId));
        List<TriageItem> earlier = earlierReferrals(item);
        List<String> shown = new ArrayList<>(item.contactIds());
        earlier.forEach(other -> shown.add(other.referralId()));
        auditTrail.append(AuditEntry.read(reader, AuditEntry.TRIAGE_RECORD_READ, "READ triage record", referralId,
                shown, now()));
        return new TriageRecord(item, earlier);
    }

    /** A referral's triage record and the earlier referrals of the same children (newest first). */
    public record TriageRecord(TriageItem item, List<TriageItem> earlierReferrals) {
    }

    /**
     * The earlier referrals of the same children that triage holds (any status, newest first), not counting the
     * referral itself and the contacts shown with it.
     */
    public List<TriageItem> earlierReferrals(TriageItem item) {
        List<String> childIds = new ArrayList<>(item.referral().childIds());
        item.furtherContacts().forEach(contact -> childIds.addAll(contact.childIds()));
        List<String> shownHere = item.contactIds();
        return items.concerningChildren(childIds).stream()
                .filter(other -> !shownHere.contains(other.referralId()))
                .filter(other -> !item.referralId().equals(other.linkedInto()))
                .filter(other -> other.referral().receivedAt().isBefore(item.referral().receivedAt())
                        || other.referral().receivedAt().equals(item.referral().receivedAt()))
                .sorted(Comparator.comparing((TriageItem other) -> other.referral().receivedAt()).reversed())
                .toList();
    }

    private TriageItem change(String referralId, Function<TriageItem, Change> action) {
        return changes.change(referralId, action);
    }
}
