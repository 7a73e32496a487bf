package org.frontdoor.consultation.booking.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.frontdoor.consultation.access.domain.Actor;

/** Use cases of a consultant's availability: publish a slot, withdraw it, and find free slots to book. */
public class Availability {

    /** The furthest ahead a search for free slots looks when no end is given. */
    public static final Duration DEFAULT_SEARCH = Duration.ofDays(28);
    /** The longest period one search may cover. */
    public static final Duration LONGEST_SEARCH = Duration.ofDays(92);
    public static final int MOST_SLOTS_LISTED = 500;

    private final Slots slots;
    private final Clock clock;

    public Availability(Slots slots, Clock clock) {
        this.slots = slots;
        this.clock = clock;
    }

    /**
     * Publishes a slot. A consultant's slots never overlap: after storing it, the check is repeated and the
     * new slot removed again if a concurrent publication overlaps it, so two racing overlapping slots can
     * never both stay.
     *
     * <p>A consultant's type is fixed by the first slot they publish: a slot of another type is refused (409),
     * checked the same way before and after the insert, so two racing first slots of different types cannot
     * both stay. (The identity token carries no consultant type; see the README.)
     */
    public Slot publish(Actor consultant, ConsultantType type, ConsultationMode mode, Instant startsAt, Instant endsAt) {
        Slot slot = Slot.publish(UUID.randomUUID().toString(), consultant, type, mode, startsAt, endsAt,
                clock.instant());
        if (!slots.overlapping(consultant.id(), startsAt, endsAt).isEmpty()) {
            throw overlapping();
        }
        if (publishedAsAnotherType(consultant, type)) {
            throw anotherType(type);
        }
        slots.publish(slot);
        boolean raced = slots.overlapping(consultant.id(), startsAt, endsAt).stream()
                .anyMatch(other -> !other.id().equals(slot.id()));
        if (raced) {
            slots.unpublish(slot.id());
            throw overlapping();
        }
        if (publishedAsAnotherType(consultant, type)) {
            slots.unpublish(slot.id());
            throw anotherType(type);
        }
        return slot;
    }

    private boolean publishedAsAnotherType(Actor consultant, ConsultantType type) {
        return slots.typesPublishedAs(consultant.id()).stream().anyMatch(published -> published != type);
    }

    private static Conflict anotherType(ConsultantType type) {
        return new Conflict("You have published slots as another type of consultant; a consultant publishes slots"
                + " of one type only, not " + type);
    }

    public Slot withdraw(Actor consultant, String slotId) {
        Slot slot = slots.byId(slotId).orElseThrow(() -> new NotFound("No slot " + slotId));
        Slot withdrawn = slot.withdraw(consultant);
        if (!slots.withdraw(withdrawn)) {
            throw new Conflict("The slot was booked or withdrawn meanwhile");
        }
        return withdrawn;
    }

    /**
     * Free slots that can still be booked, by start.
     *
     * @param from earliest start (default and minimum: now)
     * @param to   latest start (default: {@code from} + 28 days; at most 92 days after {@code from})
     */
    public List<Slot> free(ConsultantType type, Instant from, Instant to) {
        Instant now = clock.instant();
        Instant start = from == null || from.isBefore(now) ? now : from;
        Instant end = to == null ? start.plus(DEFAULT_SEARCH) : to;
        if (end.isBefore(start)) {
            throw new InvalidRequest("to", "must not be before from (or now)");
        }
        if (Duration.between(start, end).compareTo(LONGEST_SEARCH) > 0) {
            throw new InvalidRequest("to", "must be at most 92 days after from");
        }
        return slots.free(type, start, end, MOST_SLOTS_LISTED).stream().filter(s -> s.isBookable(now)).toList();
    }

    /**
     * The consultant's diary: their own slots of every status starting in {@code from}–{@code to} (the end exclusive),
     * by start, each booked one with its consultation. A past {@code from} is allowed (slots that have started, to
     * record their outcome).
     *
     * @param from earliest start (default: now)
     * @param to   end of the period, exclusive (default: {@code from} + 28 days; at most 92 days after {@code from})
     */
    public List<Slot> diary(Actor consultant, Instant from, Instant to) {
        Instant start = from == null ? clock.instant() : from;
        Instant end = to == null ? start.plus(DEFAULT_SEARCH) : to;
        if (!end.isAfter(start)) {
            throw new InvalidRequest("to", "must be after from (or now)");
        }
        if (Duration.between(start, end).compareTo(LONGEST_SEARCH) > 0) {
            throw new InvalidRequest("to", "must be at most 92 days after from");
        }
        return slots.ofConsultant(consultant.id(), start, end, MOST_SLOTS_LISTED);
    }

    private static Conflict overlapping() {
        return new Conflict("The slot overlaps another of your published slots");
    }
}
