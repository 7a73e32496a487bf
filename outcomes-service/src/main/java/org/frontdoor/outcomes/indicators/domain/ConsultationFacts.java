package org.frontdoor.outcomes.indicators.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.frontdoor.contracts.consultations.ConsultationBooked;
import org.frontdoor.contracts.consultations.ConsultationHeld;
import org.frontdoor.contracts.consultations.ConsultationRequested;
import org.frontdoor.outcomes.eventlog.domain.LoggedEvent;

/**
 * Folds the consultation events of the log into one {@link Consultation} per consultation id. An event id
 * counts once, the first occurrence wins; the first ConsultationRequested and the first ConsultationHeld of a
 * consultation count; the booking is the earliest {@code bookedAt}. A consultation held without its request in
 * the log is kept (A2 needs only the holding) but has no {@code requestedAt}, so T4 leaves it out.
 */
public final class ConsultationFacts {

    /** The event types these facts are built from. */
    public static final Set<String> EVENT_TYPES =
            Set.of(ConsultationRequested.TYPE, ConsultationBooked.TYPE, ConsultationHeld.TYPE);

    public static List<Consultation> from(Collection<LoggedEvent> events) {
        Set<String> seenEvents = new HashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        Map<String, ConsultationRequested> requested = new HashMap<>();
        Map<String, Instant> firstBooked = new HashMap<>();
        Map<String, ConsultationHeld> held = new HashMap<>();
        for (LoggedEvent event : events) {
            if (!seenEvents.add(event.id())) {
                continue;
            }
            if (event.payload() instanceof ConsultationRequested request) {
                ids.add(request.consultationId());
                requested.putIfAbsent(request.consultationId(), request);
            } else if (event.payload() instanceof ConsultationBooked booked) {
                ids.add(booked.consultationId());
                firstBooked.merge(booked.consultationId(), booked.bookedAt(),
                        (earlier, later) -> later.isBefore(earlier) ? later : earlier);
            } else if (event.payload() instanceof ConsultationHeld holding) {
                ids.add(holding.consultationId());
                held.putIfAbsent(holding.consultationId(), holding);
            }
        }
        List<Consultation> consultations = new ArrayList<>(ids.size());
        for (String id : ids) {
            ConsultationRequested request = requested.get(id);
            ConsultationHeld holding = held.get(id);
            String childId = holding != null && holding.childId() != null ? holding.childId()
                    : request == null ? null : request.childId();
            String consultantType = holding != null ? holding.consultantType()
                    : request == null ? null : request.consultantType();
            consultations.add(new Consultation(id, request == null ? null : request.requestedAt(), consultantType,
                    childId, firstBooked.get(id), holding == null ? null : holding.heldAt(),
                    holding == null ? null : holding.outcome(), request == null ? null : request.referralId()));
        }
        return consultations;
    }

    private ConsultationFacts() {
    }
}
