package org.frontdoor.referral.audit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator asks the audit report for; every part optional.
 *
 * @param from    entries at or after this instant
 * @param to      entries before this instant
 * @param subject who ({@code sub}) accessed the records
 * @param record  a record's id: a referral, a child, an adult, a person index entry
 */
public record AuditQuery(Instant from, Instant to, String subject, String record) {

    /** The kinds of filter used, as the audit read's own entry records them (never the values, except the record id). */
    public List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        if (from != null) {
            kinds.add("from");
        }
        if (to != null) {
            kinds.add("to");
        }
        if (subject != null) {
            kinds.add("subject");
        }
        if (record != null) {
            kinds.add("record");
        }
        return kinds;
    }
}
