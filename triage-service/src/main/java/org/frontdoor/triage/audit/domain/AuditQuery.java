package org.frontdoor.triage.audit.domain;

import java.time.Instant;
import java.util.List;

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
    /** The last page there can be of {@link #MAX_SIZE} entries. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    /**
     * The query from its parameters, already read and checked one by one ({@code null} = not given: every entry,
     * page 0, {@value #DEFAULT_SIZE} a page).
     *
     * @throws InvalidAuditQuery when {@code to} is not after {@code from}
     */
    public static AuditQuery of(Instant from, Instant to, String subject, String record, boolean breakGlassOnly,
                                Integer page, Integer size) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidAuditQuery(List.of(new InvalidField("to", "must be after from")));
        }
        return new AuditQuery(from, to, subject, record, breakGlassOnly, page == null ? 0 : page,
                size == null ? DEFAULT_SIZE : size);
    }
}
