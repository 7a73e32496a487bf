package org.frontdoor.outcomes.exports.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.frontdoor.workingdays.LondonDates;


/** The period of an export: London dates, {@code from} inclusive, {@code to} exclusive (as for the indicators). */
public record ExportPeriod(LocalDate from, LocalDate to) {

    public ExportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /** An instant is in the period iff {@code from <= london_date(t) < to}. */
    public boolean contains(Instant instant) {
        LocalDate date = LondonDates.londonDate(instant);
        return !date.isBefore(from) && date.isBefore(to);
    }
}
