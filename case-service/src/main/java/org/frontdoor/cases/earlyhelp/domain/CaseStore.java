package org.frontdoor.cases.earlyhelp.domain;

import java.util.List;
import java.util.Optional;

/** Where early help cases are kept. Each write saves the case and its events together, in one document write. */
public interface CaseStore {

    Optional<EarlyHelpCase> find(String caseId);

    /**
     * Stores a newly opened case with its events.
     *
     * @return {@code false} (and nothing written) if a case with that id already exists
     */
    boolean open(Change opening);

    /**
     * Saves a change to a stored case with its events, if nobody changed the case since it was read.
     *
     * @throws ConcurrentChange if the stored case is no longer at {@code change.after().revision()}
     */
    void save(Change change);

    /** Cases in the order they opened, newest first; those a practitioner may see if {@code visibleTo} is given. */
    List<EarlyHelpCase> list(CaseListing listing);

    /** What the review and drift rules need of every open case, in no particular order. */
    List<CaseSchedule> openCaseSchedules();

    /** Every case the child is, or was, a member of, oldest first. */
    List<EarlyHelpCase> ofChild(String childId);
}
