package org.frontdoor.consultation.booking.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.frontdoor.consultation.access.domain.Actor;
import org.frontdoor.consultation.access.domain.BreakGlass;
import org.frontdoor.consultation.access.domain.BreakGlassRequired;
import org.frontdoor.consultation.access.domain.NotPermitted;
import org.frontdoor.consultation.access.domain.Role;
import org.frontdoor.consultation.audit.domain.AuditAction;
import org.frontdoor.consultation.audit.domain.AuditEntry;
import org.frontdoor.consultation.audit.domain.ReadAudit;

/**
 * Use cases of consultations: book a slot, cancel, reschedule, record the outcome, read.
 *
 * <p>A slot can never be booked twice: booking is one conditional write on the slot document (only if
 * it is still {@code FREE}) that also stores the consultation and queues its events. There is no second
 * document to write, so there is no crash window in which a slot is booked but its consultation or its
 * events are missing. The {@code Idempotency-Key} is recorded first and stands for a consultation id; a
 * retry after a crash between the two writes books the same consultation id (or finds it booked).
 */
public class Bookings {

    private final Slots slots;
    private final BookingRequests requests;
    private final ReadAudit audit;
    private final ConsultationMetrics metrics;
    private final Clock clock;

    public Bookings(Slots slots, BookingRequests requests, ReadAudit audit, ConsultationMetrics metrics, Clock clock) {
        this.slots = slots;
        this.requests = requests;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Books a slot.
     *
     * @param idempotencyKey the client's key, or {@code null}: the same key with the same request returns the
     *                       consultation booked the first time; with a different request it is a conflict
     */
    public BookedConsultation book(Actor requester, ConsultationQuestion question, String idempotencyKey) {
        String candidateId = UUID.randomUUID().toString();
        if (idempotencyKey == null) {
            return bookAs(candidateId, requester, question, null);
        }
        String consultationId = requests.consultationIdFor(requester.id(), idempotencyKey, fingerprint(question),
                candidateId);
        Optional<BookedConsultation> already = find(consultationId);
        if (already.isPresent()) {
            return already.get();
        }
        try {
            return bookAs(consultationId, requester, question, idempotencyKey);
        } catch (RuntimeException refused) {
            if (consultationId.equals(candidateId)) {
                // A refused request stores nothing: the key is free again for the practitioner's corrected request.
                requests.forget(requester.id(), idempotencyKey, consultationId);
            }
            throw refused;
        }
    }

    private BookedConsultation bookAs(String consultationId, Actor requester, ConsultationQuestion question,
                                      String idempotencyKey) {
        Slot slot = slots.byId(question.slotId()).orElseThrow(() -> new NotFound("No slot " + question.slotId()));
        Change<Slot> booked;
        try {
            booked = slot.book(consultationId, requester, question, clock.instant());
        } catch (Conflict notBookable) {
            return sameRequestAlreadyBooked(slot.id(), consultationId, idempotencyKey).orElseThrow(() -> notBookable);
        }
        if (!slots.claim(booked)) {
            return sameRequestAlreadyBooked(slot.id(), consultationId, idempotencyKey)
                    .orElseThrow(() -> new Conflict("The slot has just been booked by someone else"));
        }
        metrics.booked(slot.consultantType());
        return new BookedConsultation(booked.state(), booked.state().booking());
    }

    /** A concurrent retry with the same key may have booked this consultation id into the slot meanwhile. */
    private Optional<BookedConsultation> sameRequestAlreadyBooked(String slotId, String consultationId,
                                                                  String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return slots.byId(slotId)
                .filter(slot -> slot.booking() != null && slot.booking().id().equals(consultationId))
                .map(slot -> new BookedConsultation(slot, slot.booking()))
                .or(() -> find(consultationId));
    }

    public BookedConsultation cancel(Actor actor, String consultationId, CancellationReason reason) {
        Slot slot = slotBooking(consultationId);
        Change<Slot> cancelled = slot.cancel(consultationId, actor, reason, clock.instant());
        if (!slots.release(cancelled, consultationId)) {
            throw changedMeanwhile();
        }
        List<Consultation> past = cancelled.state().pastBookings();
        return new BookedConsultation(cancelled.state(), past.get(past.size() - 1));
    }

    public BookedConsultation recordOutcome(Actor consultant, String consultationId, ConsultationOutcome outcome,
                                            String notes) {
        Slot slot = slotBooking(consultationId);
        Change<Slot> held = slot.recordOutcome(consultationId, consultant, outcome, notes, clock.instant());
        if (!slots.recordHeld(held, consultationId)) {
            throw changedMeanwhile();
        }
        metrics.held(outcome);
        return new BookedConsultation(held.state(), held.state().booking());
    }

    /**
     * Moves a booked consultation to another free slot (same type of consultant): {@code ConsultationRescheduled},
     * the old slot is free again. Two writes, in this order: claim the new slot (only if free, with the moved
     * consultation, no event), then free the old one (only if the consultation is still booked there, with the
     * event: that write is the move). If the consultation changed in the old slot meanwhile (cancelled, held,
     * moved elsewhere), the new slot is freed again, nothing is published and the answer is 409. If the process stops between the two writes, the consultation is in two slots,
     * the new one naming the old; the next read of it completes the move (see {@link #find}). Repeating a
     * reschedule that completed answers the consultation in its new slot.
     */
    public BookedConsultation reschedule(Actor actor, String consultationId, String toSlotId) {
        Instant now = clock.instant();
        BookedConsultation found = find(consultationId)
                .orElseThrow(() -> new NotFound("No consultation " + consultationId));
        if (found.slot().id().equals(toSlotId) && found.consultation().isBooked()
                && actor.id().equals(found.consultation().requestedBy())) {
            return found;
        }
        Slot from = slotBooking(consultationId);
        Consultation moving = from.movableBy(consultationId, actor, now);
        Slot to = slots.byId(toSlotId).orElseThrow(() -> new NotFound("No slot " + toSlotId));
        Change<Slot> received = to.receive(moving, from, now);
        if (!slots.claim(received)) {
            throw new Conflict("The slot has just been booked by someone else");
        }
        if (!slots.release(from.movedAway(consultationId, received.state(), now), consultationId)
                && !movedTo(from.id(), consultationId, toSlotId)) {
            slots.release(new Change<>(received.state().releasedTo(consultationId, from.id()), List.of()),
                    consultationId);
            throw changedMeanwhile();
        }
        return new BookedConsultation(received.state(), received.state().booking());
    }

    /**
     * Reads a consultation, leaving an audit record of the read (the consultation, its child, who, roles, when).
     * Who booked it, its consultant and triage read it as casework. An administrator without one of those roles
     * reads it only by break glass: without a reason the answer is {@link BreakGlassRequired}; with one the read is
     * allowed and the reason kept in the audit record. Nothing is answered unless the audit record is written.
     *
     * @param breakGlassReason the reason an administrator states, or null; ignored for a casework read
     */
    public BookedConsultation read(Actor reader, String consultationId, String breakGlassReason) {
        // An administrator with no casework role learns nothing, not even whether the consultation exists, without
        // a reason.
        if (reader.has(Role.ADMIN) && !reader.has(Role.PRACTITIONER) && !reader.has(Role.CONSULTANT)
                && !reader.has(Role.TRIAGE_WORKER) && !reader.has(Role.TRIAGE_MANAGER)
                && BreakGlass.ofNullable(breakGlassReason) == null) {
            throw new BreakGlassRequired();
        }
        BookedConsultation found = find(consultationId)
                .orElseThrow(() -> new NotFound("No consultation " + consultationId));
        BreakGlass breakGlass = null;
        if (!found.slot().readableBy(found.consultation(), reader)) {
            if (!reader.has(Role.ADMIN)) {
                throw new NotPermitted("Only the practitioner who booked a consultation, its consultant and triage"
                        + " can read it; an administrator only by break glass");
            }
            breakGlass = BreakGlass.ofNullable(breakGlassReason);
            if (breakGlass == null) {
                throw new BreakGlassRequired();
            }
        }
        audit.record(AuditEntry.of(reader, AuditAction.CONSULTATION_READ, consultationId,
                found.consultation().childId(), clock.instant(), breakGlass));
        return found;
    }

    /**
     * The consultations the actor booked (requested), the latest start first: the upcoming ones, then those held,
     * cancelled or past. Each with its slot's consultant, type, mode and times; a consultation rescheduled is listed
     * once, in the slot it moved to. Only the actor's own, by their subject: nobody lists another person's bookings.
     *
     * <p>Not written to the read audit: the caller's API answer carries ids, codes and times only, nothing of the
     * child's record (no child, family or referral id, no question, no notes); opening one ({@link #read}) is audited.
     * If a reschedule was interrupted between its two writes, the consultation is in two slots until it is next read
     * ({@link #find}); the page then lists it once, in the slot it was moving to.
     */
    public ConsultationPage requestedBy(Actor requester, int page, int size) {
        if (page < 0 || page > ConsultationPage.MAX_PAGE) {
            throw new InvalidRequest("page", "must be a whole number from 0 to " + ConsultationPage.MAX_PAGE);
        }
        if (size < 1 || size > ConsultationPage.MAX_SIZE) {
            throw new InvalidRequest("size", "must be a whole number from 1 to " + ConsultationPage.MAX_SIZE);
        }
        ConsultationPage found = slots.requestedBy(requester.id(), page, size);
        Map<String, BookedConsultation> once = new LinkedHashMap<>();
        for (BookedConsultation booked : found.consultations()) {
            once.merge(booked.consultation().id(), booked, (first, second) ->
                    second.consultation().rescheduledFromSlotId() != null
                            && second.consultation().rescheduledFromSlotId().equals(first.slot().id()) ? second : first);
        }
        return new ConsultationPage(List.copyOf(once.values()), found.page(), found.size(), found.total());
    }

    /**
     * The slot the consultation is booked into now, or, once it is cancelled, the slot it was cancelled in.
     * Completes a reschedule that was interrupted between its two writes (the consultation current in two
     * slots, the new one naming the old as {@code rescheduledFromSlotId}) by freeing the old slot, which queues
     * {@code ConsultationRescheduled} (the release is conditional, so concurrent readers queue it once).
     */
    private Optional<BookedConsultation> find(String consultationId) {
        List<Slot> holding = slots.holding(consultationId);
        List<Slot> current = currentlyHolding(holding, consultationId);
        if (current.size() > 1) {
            for (Slot destination : current) {
                String source = destination.booking().rescheduledFromSlotId();
                current.stream().filter(s -> s.id().equals(source)).findFirst().ifPresent(interrupted -> slots.release(
                        interrupted.movedAway(consultationId, destination, clock.instant()), consultationId));
            }
            return choose(slots.holding(consultationId), consultationId);
        }
        return choose(holding, consultationId);
    }

    private static Optional<BookedConsultation> choose(List<Slot> holding, String consultationId) {
        Optional<Slot> slot = currentlyHolding(holding, consultationId).stream()
                .max(Comparator.comparing(s -> s.booking().rescheduledFromSlotId() != null))
                .or(() -> holding.stream()
                        .filter(s -> s.consultation(consultationId)
                                .filter(c -> c.status() != ConsultationStatus.MOVED).isPresent())
                        .findFirst())
                .or(() -> holding.stream().findFirst());
        return slot.flatMap(s -> s.consultation(consultationId).map(c -> new BookedConsultation(s, c)));
    }

    private static List<Slot> currentlyHolding(List<Slot> holding, String consultationId) {
        return holding.stream()
                .filter(s -> s.booking() != null && s.booking().id().equals(consultationId))
                .toList();
    }

    private boolean movedTo(String fromSlotId, String consultationId, String toSlotId) {
        return slots.byId(fromSlotId)
                .filter(s -> s.booking() == null || !s.booking().id().equals(consultationId))
                .flatMap(s -> s.consultation(consultationId))
                .filter(c -> toSlotId.equals(c.movedToSlotId()))
                .isPresent();
    }

    private Slot slotBooking(String consultationId) {
        BookedConsultation found = find(consultationId)
                .orElseThrow(() -> new NotFound("No consultation " + consultationId));
        if (found.slot().booking() == null || !found.slot().booking().id().equals(consultationId)) {
            throw new Conflict("The consultation is " + found.consultation().status() + " and can no longer change");
        }
        return found.slot();
    }

    private static Conflict changedMeanwhile() {
        return new Conflict("The consultation changed meanwhile; read it again before retrying");
    }

    /**
     * What makes two booking requests "the same request" for an {@code Idempotency-Key}: every field, the case
     * included (the same key with another case, or with a case where the first had none, is a conflict). The case
     * is digested only when there is one, so a key first used before bookings named a case keeps its fingerprint.
     */
    static String fingerprint(ConsultationQuestion question) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {question.slotId(), question.childId(), question.familyId(),
                    question.referralId(), question.question()}) {
                digest.update(part == null ? new byte[] {0} : ("1" + part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            if (question.caseId() != null) {
                // 0xFF never occurs in UTF-8, so no question's text can end the same way as a case part.
                digest.update((byte) 0xff);
                digest.update(question.caseId().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
