package org.frontdoor.cases.earlyhelp.domain;

import java.util.List;

/** The result of a domain method: the case as it now is, and the events the change caused (saved together). */
public record Change(EarlyHelpCase after, List<CaseEvent> events) {

    public Change {
        events = List.copyOf(events);
    }
}
