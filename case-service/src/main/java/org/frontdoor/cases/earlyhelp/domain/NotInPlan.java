package org.frontdoor.cases.earlyhelp.domain;

/** The case has no family plan, no such version of it, or its current plan has no such action. */
public class NotInPlan extends RuntimeException {

    public NotInPlan(String message) {
        super(message);
    }
}
