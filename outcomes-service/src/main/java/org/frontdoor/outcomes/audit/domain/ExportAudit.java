package org.frontdoor.outcomes.audit.domain;

import java.util.List;

/**
 * The append-only trail of exports taken from this service. Entries are only ever added: there is no
 * update and no delete.
 */
public interface ExportAudit {

    void append(ExportRecord record);

    /** The most recent entries first, at most {@code limit} of them. */
    List<ExportRecord> latest(int limit);
}
