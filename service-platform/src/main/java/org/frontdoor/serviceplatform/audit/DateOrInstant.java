package org.frontdoor.serviceplatform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A moment an audit query names: an ISO-8601 instant ({@code 2026-11-20T09:00:00Z}), or a date ({@code 2026-11-20}),
 * which is the council's day, in London time. As the start of a period a date is the start of that day; as its end,
 * the end of that day, so {@code from=2026-11-20&to=2026-11-20} is the whole of the 20th.
 */
public record DateOrInstant(LocalDate date, Instant instant) {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int DATE_LENGTH = "2026-11-20".length();

    public DateOrInstant {
        if ((date == null) == (instant == null)) {
            throw new IllegalArgumentException("a date or an instant, not both");
        }
    }

    /** @throws java.time.format.DateTimeParseException when the text is neither */
    public static DateOrInstant parse(String text) {
        return text.length() == DATE_LENGTH ? new DateOrInstant(LocalDate.parse(text), null)
                : new DateOrInstant(null, Instant.parse(text));
    }

    /** As the start of a period (inclusive): a date from the start of that London day. */
    public Instant asStart() {
        return instant != null ? instant : date.atStartOfDay(LONDON).toInstant();
    }

    /** As the end of a period (exclusive): a date to the end of that London day. */
    public Instant asEnd() {
        return instant != null ? instant : date.plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    @Override
    public String toString() {
        return instant != null ? instant.toString() : date.toString();
    }
}
