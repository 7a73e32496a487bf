package org.frontdoor.referral.personindex.domain;

import java.util.Optional;

/** The children known to the front door (port; the store adapter keeps one entry per match key). */
public interface PersonIndex {

    Optional<IndexedChild> find(MatchKey key);

    /**
     * Enrols a child not yet known. If another referral enrolled the same match key meanwhile, the
     * entry already there wins and is returned, so one child never gets two ids.
     */
    IndexedChild enrol(IndexedChild child);
}
