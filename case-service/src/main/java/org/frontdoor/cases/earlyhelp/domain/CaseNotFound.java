package org.frontdoor.cases.earlyhelp.domain;

/** No early help case has this id. */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(String caseId) {
        super("No early help case " + caseId);
    }
}
