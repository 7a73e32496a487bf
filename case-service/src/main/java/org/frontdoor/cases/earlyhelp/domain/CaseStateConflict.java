package org.frontdoor.cases.earlyhelp.domain;

/** The change is not possible in the case's present state (e.g. closing a closed case). */
public class CaseStateConflict extends RuntimeException {

    public CaseStateConflict(String message) {
        super(message);
    }
}
