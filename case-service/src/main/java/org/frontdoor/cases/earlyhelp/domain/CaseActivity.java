package org.frontdoor.cases.earlyhelp.domain;

/** Counts what happens to cases, for the service's metrics. */
public interface CaseActivity {

    void opened();

    void closed(ClosureReason reason);
}
