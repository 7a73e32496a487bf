package org.frontdoor.triage.audit.api;

import java.time.Instant;

import jakarta.validation.constraints.Pattern;
import org.frontdoor.triage.audit.domain.AuditQuery;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The audit report's query parameters, as Spring MVC binds and checks them: every one that is not valid is named in
 * one 400 problem+json (service-platform's answer to a binding failure), and none is echoed. A bean with setters
 * rather than a record, so that one parameter Spring cannot read leaves the others bound and checked: the answer
 * names them all.
 * <ul>
 *   <li>{@code from} (inclusive), {@code to} (exclusive): ISO-8601 instants ({@code 2026-11-20T09:00:00Z}) or dates
 *       ({@code 2026-11-20}, midnight UTC), read by {@link DateOrInstant}; {@code to} after {@code from}</li>
 *   <li>{@code subject}: whose entries; {@code record}: a referral id the entries name</li>
 *   <li>{@code page} from 0; {@code size} 1 to {@value AuditQuery#MAX_SIZE} ({@value AuditQuery#DEFAULT_SIZE})</li>
 * </ul>
 */
class AuditParameters extends PageParameters {

    /** A subject or a record id: printable, bounded, as the service writes them. */
    static final String ID = "[\\x21-\\x7E]{1,255}";
    static final String TIME = "must be an ISO-8601 date (2026-11-20) or instant (2026-11-20T09:00:00Z)";

    /** {@code to} must be after {@code from}: a rule of the two together, answered on {@code to}. */
    static final Validator TO_AFTER_FROM = new Validator() {
        @Override
        public boolean supports(Class<?> type) {
            // the audit controller binds its pages too; only the report has a from and a to
            return PageParameters.class.isAssignableFrom(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            if (target instanceof AuditParameters parameters && parameters.from != null && parameters.to != null
                    && !parameters.from.isBefore(parameters.to)) {
                errors.rejectValue("to", "after", "must be after from");
            }
        }
    };

    private Instant from;
    private Instant to;
    @Pattern(regexp = ID, message = "must be a subject of 1 to 255 printable characters")
    private String subject;
    @Pattern(regexp = ID, message = "must be a referral id of 1 to 255 printable characters")
    private String record;

    /** What a parameter that could not be read at all must be: its own rule, never the value sent. */
    static String unreadable(String parameter) {
        return switch (parameter) {
            case "from", "to" -> TIME;
            case "page" -> PAGE;
            case "size" -> SIZE;
            default -> "is not valid";
        };
    }

    @Override
    AuditQuery query() {
        return AuditQuery.of(from, to, subject, record, false, getPage(), getSize());
    }

    public Instant getFrom() {
        return from;
    }

    public void setFrom(Instant from) {
        this.from = from;
    }

    public Instant getTo() {
        return to;
    }

    public void setTo(Instant to) {
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
