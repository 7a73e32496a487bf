package org.frontdoor.cases.audit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which audit entries to show, newest first, a page at a time.
 *
 * @param from           earliest read shown (inclusive), or {@code null}
 * @param to             reads before this instant only, or {@code null}
 * @param subject        only this person's reads (their token subject), or {@code null}
 * @param record         only reads of this case or this child's history, or {@code null}
 * @param breakGlassOnly only reads allowed by break glass
 */
public record AuditQuery(Instant from, Instant to, String subject, String record, boolean breakGlassOnly, int page,
                         int size) {

    public static final int MAX_SIZE = 200;

    public AuditQuery {
        List<InvalidAuditQuery.Violation> problems = new ArrayList<>();
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add(new InvalidAuditQuery.Violation("from", "must be before 'to'"));
        }
        if (page < 0) {
            problems.add(new InvalidAuditQuery.Violation("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(new InvalidAuditQuery.Violation("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAuditQuery(problems);
        }
    }

    public static AuditQuery breakGlassReads(int page, int size) {
        return new AuditQuery(null, null, null, null, true, page, size);
    }
}
