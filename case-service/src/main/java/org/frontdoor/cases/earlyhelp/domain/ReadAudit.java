package org.frontdoor.cases.earlyhelp.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The append-only trail of who read which case, with what roles, when (DESIGN.md section 8). */
public interface ReadAudit {

    void record(List<Entry> entries);

    /**
     * One case read by one person.
     *
     * @param what what they read, e.g. {@code CASE_DETAIL}, {@code CASE_LIST}, {@code CHILD_CASE_HISTORY}
     */
    record Entry(String who, Set<Role> roles, String what, String caseId, Instant when) {
        public Entry {
            roles = Set.copyOf(roles);
        }
    }
}
