package org.frontdoor.triage.audit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.frontdoor.triage.domain.InvalidField;


/**
 * Which audit entries to show: from (inclusive) and to (exclusive) a time, one subject's, one record's, only
 * break-glass reads; a page of them, newest first.
 *
 * @param record a referral id: entries whose records include it
 */
public record AuditQuery(Instant from, Instant to, String subject, String record, boolean breakGlassOnly, int page,
                         int size) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;
    /** A subject or a record id: printable, bounded, as the service writes them. */
    private static final Pattern ID = Pattern.compile("[\\x21-\\x7E]{1,255}");

    /**
     * Reads the query from request parameters ({@code null} = not given). {@code from} and {@code to} are ISO-8601
     * instants ({@code 2026-11-20T09:00:00Z}) or dates ({@code 2026-11-20}, midnight UTC).
     *
     * @throws InvalidAuditQuery naming every parameter that is not valid
     */
    public static AuditQuery of(String from, String to, String subject, String record, boolean breakGlassOnly,
                                String page, String size) {
        List<InvalidField> problems = new ArrayList<>();
        Instant since = time(from, "from", problems);
        Instant until = time(to, "to", problems);
        if (since != null && until != null && !since.isBefore(until)) {
            problems.add(new InvalidField("to", "must be after from"));
        }
        if (subject != null && !ID.matcher(subject).matches()) {
            problems.add(new InvalidField("subject", "must be a subject of 1 to 255 printable characters"));
        }
        if (record != null && !ID.matcher(record).matches()) {
            problems.add(new InvalidField("record", "must be a referral id of 1 to 255 printable characters"));
        }
        int pageNumber = number(page, "page", 0, 0, Integer.MAX_VALUE / MAX_SIZE, problems);
        int pageSize = number(size, "size", DEFAULT_SIZE, 1, MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidAuditQuery(problems);
        }
        return new AuditQuery(since, until, subject, record, breakGlassOnly, pageNumber, pageSize);
    }

    private static Instant time(String value, String field, List<InvalidField> problems) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new InvalidField(field, "must be an ISO-8601 date (2026-11-20) or instant (2026-11-20T09:00:00Z)"));
            return null;
        }
    }

    private static int number(String value, String field, int otherwise, int min, int max, List<InvalidField> problems) {
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new InvalidField(field, "must be a whole number from " + min + " to " + max));
        return otherwise;
    }
}
