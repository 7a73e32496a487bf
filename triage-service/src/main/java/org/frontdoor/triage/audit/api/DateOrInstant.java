package org.frontdoor.triage.audit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * Reads an audit query's {@code from} and {@code to}: an ISO-8601 instant ({@code 2026-11-20T09:00:00Z}) or date
 * ({@code 2026-11-20}, midnight UTC). {@code @DateTimeFormat} cannot say "a date or an instant" for one
 * {@link Instant} (a date has no time or offset to make one from), so this formatter is registered for the audit
 * controller's binding instead; Spring still binds, collects and answers its failures like any other.
 */
final class DateOrInstant implements Formatter<Instant> {

    private static final int DATE_LENGTH = "2026-11-20".length();

    @Override
    public Instant parse(String text, Locale locale) {
        return text.length() == DATE_LENGTH ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(text);
    }

    @Override
    public String print(Instant instant, Locale locale) {
        return instant.toString();
    }
}
