package org.frontdoor.consultation.audit.domain;

/**
 * An audit query parameter breaks a rule (answered 400 naming the parameter, never its value; nothing is read and
 * nothing recorded).
 */
public class InvalidAuditQuery extends RuntimeException {

    private final String field;

    public InvalidAuditQuery(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
