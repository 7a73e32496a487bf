package org.frontdoor.serviceplatform.audit;

import java.time.Instant;

import jakarta.validation.constraints.Pattern;

/**
 * The audit report's query, the same in every service: {@code from} (inclusive) and {@code to} (exclusive), each an
 * ISO-8601 instant or a date ({@link DateOrInstant}: a date is the council's day in London time, so {@code to} a date
 * includes that whole day), {@code to} after {@code from}; {@code subject} (whose entries) and {@code record} (an id
 * the entries name), printable and at most 255 characters; and the page ({@link AuditPageParameters}).
 */
public class AuditReportParameters extends AuditPageParameters {

    /** A subject or a record id: printable, bounded, as the services write them. */
    static final String ID = "[\\x21-\\x7E]{1,255}";
    static final String TIME = "must be an ISO-8601 date (2026-11-20) or instant (2026-11-20T09:00:00Z)";

    private DateOrInstant from;
    private DateOrInstant to;
    @Pattern(regexp = ID, message = "must be 1 to 255 printable characters")
    private String subject;
    @Pattern(regexp = ID, message = "must be 1 to 255 printable characters")
    private String record;

    /** @return the start of the period (inclusive), or null for no start */
    public Instant since() {
        return from == null ? null : from.asStart();
    }

    /** @return the end of the period (exclusive), or null for no end */
    public Instant until() {
        return to == null ? null : to.asEnd();
    }

    public String subject() {
        return subject;
    }

    public String record() {
        return record;
    }

    /** The query in words, for the audit entry that records the report was read (no value beyond what it names). */
    public String described() {
        return (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to)
                + (subject == null ? "" : " subject " + subject) + (record == null ? "" : " record " + record)
                + " page " + page();
    }

    public DateOrInstant getFrom() {
        return from;
    }

    public void setFrom(DateOrInstant from) {
        this.from = from;
    }

    public DateOrInstant getTo() {
        return to;
    }

    public void setTo(DateOrInstant to) {
        this.to = to;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record;
    }
}
