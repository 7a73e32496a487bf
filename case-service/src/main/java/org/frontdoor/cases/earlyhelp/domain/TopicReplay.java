package org.frontdoor.cases.earlyhelp.domain;

import java.util.List;

/**
 * Re-reading this instance's share of the topics the service consumes, from the beginning. Every consumer of the
 * service is idempotent, so a replay changes nothing already applied and applies whatever is missing: a case whose
 * document was lost opens again, exactly as it first opened.
 */
public interface TopicReplay {

    /** @return the {@code topic-partition}s this instance re-reads from offset 0 */
    List<String> replayFromTheBeginning();
}
