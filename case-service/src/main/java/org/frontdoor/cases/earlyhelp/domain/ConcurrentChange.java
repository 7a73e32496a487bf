package org.frontdoor.cases.earlyhelp.domain;

/** Someone else changed the case since it was read: the change was not saved and may be retried on the new state. */
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String caseId) {
        super("The early help case was changed by someone else meanwhile; read it again and retry");
    }
}
