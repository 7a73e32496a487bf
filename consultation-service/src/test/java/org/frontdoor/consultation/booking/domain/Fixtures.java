package org.frontdoor.consultation.booking.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.frontdoor.consultation.access.domain.Actor;
import org.frontdoor.consultation.access.domain.Role;

/** Fixture builders for the domain tests. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Actor CONSULTANT = new Actor("consultant-1", Set.of(Role.CONSULTANT));
    static final Actor PRACTITIONER = new Actor("practitioner-1", Set.of(Role.PRACTITIONER));
    static final Actor OTHER_PRACTITIONER = new Actor("practitioner-2", Set.of(Role.PRACTITIONER));
    static final Actor TRIAGE_WORKER = new Actor("triage-1", Set.of(Role.TRIAGE_WORKER));

    static Slot freeSlot() {
        return slotStartingIn(Duration.ofDays(1), Duration.ofMinutes(60));
    }

    static Slot slotStartingIn(Duration in, Duration length) {
        Instant start = NOW.plus(in);
        return Slot.publish("slot-1", CONSULTANT, ConsultantType.PRIMARY_MENTAL_HEALTH_WORKER, ConsultationMode.VIDEO,
                start, start.plus(length), NOW);
    }

    static ConsultationQuestion question() {
        return new ConsultationQuestion("slot-1", "child-7", "family-3", "referral-9", null,
                "Low mood and self-harm disclosed to the school nurse; what support fits?");
    }

    /** The same question, asked from the family's early help case (a drifting case offers a consultation). */
    static ConsultationQuestion questionAboutCase(String caseId) {
        ConsultationQuestion q = question();
        return new ConsultationQuestion(q.slotId(), q.childId(), q.familyId(), q.referralId(), caseId, q.question());
    }

    static Slot bookedSlot() {
        return freeSlot().book("consultation-1", PRACTITIONER, question(), NOW).state();
    }

    private Fixtures() {
    }
}
