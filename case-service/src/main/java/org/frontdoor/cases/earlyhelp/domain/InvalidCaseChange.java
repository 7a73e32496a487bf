package org.frontdoor.cases.earlyhelp.domain;

/** The request breaks a rule about its own content, e.g. a closure for outcomes achieved without a judgement. */
public class InvalidCaseChange extends RuntimeException {

    private final String field;

    public InvalidCaseChange(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
