package org.frontdoor.consultation.booking.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: where slots (and the consultations booked into them) are kept. Every change is one conditional
 * single-document write that also queues the change's events in the slot's outbox, and answers
 * {@code false} when the slot is no longer in the state the change was decided on (someone else got
 * there first).
 */
public interface Slots {

    /** Stores a newly published slot. */
    void publish(Slot slot);

    /** Removes a slot that was just published, provided nobody has booked it (used when it turns out to overlap). */
    void unpublish(String slotId);

    Optional<Slot> byId(String slotId);

    /** The slots this consultation is in, or was in (cancelled or rescheduled away). */
    List<Slot> holding(String consultationId);

    /** The consultant's slots, not withdrawn, that overlap {@code from}–{@code to}. */
    List<Slot> overlapping(String consultantId, Instant from, Instant to);

    /** The types of consultant the consultant's slots (any status, withdrawn included) were published as. */
    List<ConsultantType> typesPublishedAs(String consultantId);

    /**
     * The consultant's own slots of every status (free, booked, withdrawn) starting in {@code from} (inclusive) to
     * {@code to} (exclusive), by start, at most {@code limit}.
     */
    List<Slot> ofConsultant(String consultantId, Instant from, Instant to, int limit);

    /**
     * The consultations {@code requesterId} booked (booked, held or cancelled; never the copy a reschedule left behind
     * in the slot it moved away from), each with its slot, the latest start first, one page of them.
     */
    ConsultationPage requestedBy(String requesterId, int page, int size);

    /** Free slots starting in {@code from}–{@code to}, of one type of consultant or any ({@code null}), by start. */
    List<Slot> free(ConsultantType consultantType, Instant from, Instant to, int limit);

    /** Books a slot: applies only if the slot is still free. */
    boolean claim(Change<Slot> booked);

    /** Frees a slot whose consultation was cancelled or moved: applies only if that consultation is still booked in it. */
    boolean release(Change<Slot> freed, String consultationId);

    /** Records the outcome of the consultation: applies only if it is still booked (not yet held or cancelled). */
    boolean recordHeld(Change<Slot> held, String consultationId);

    /** Withdraws a slot: applies only if it is still free. */
    boolean withdraw(Slot withdrawn);
}
