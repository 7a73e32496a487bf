package org.frontdoor.cases.reminders.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The stored reminders. */
public interface Reminders {

    /** Stores a new reminder; {@code false} (nothing written) if that lead professional's reminder of that day is there. */
    boolean add(Reminder reminder);

    /**
     * Stores a change, if nobody changed the reminder since it was read.
     *
     * @return the reminder as stored now (its new version), or empty if it was changed meanwhile
     */
    Optional<Reminder> update(Reminder reminder);

    Optional<Reminder> find(String reminderId);

    /** The lead professionals who already have a reminder of {@code day}, whatever its status. */
    Set<String> remindedOn(LocalDate day);

    /** Pending reminders whose next attempt is due at {@code now}, earliest first, at most {@code limit}. */
    List<Reminder> due(Instant now, int limit);
}
