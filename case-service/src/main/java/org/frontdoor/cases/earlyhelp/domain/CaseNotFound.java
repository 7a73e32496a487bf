package org.frontdoor.cases.earlyhelp.domain;

/** No early help case has this id. */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(String caseId) {
        // the id is not repeated: an answer never echoes what the caller sent
        super("There is no early help case with this id");
    }
}
