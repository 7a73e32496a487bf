package org.frontdoor.serviceplatform.rebuild;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrator's recovery without touching the database, at {@code frontdoor.rebuild.path} (e.g.
 * {@code /api/triage/rebuild}): every listener of the service re-reads its topics from the beginning. Every listener
 * is idempotent, so what is already applied stays as it is and whatever is missing (a document lost) is applied
 * again. Who may call it is the service's own access rule (ADMIN).
 */
@RestController
class RebuildController {

    private static final Logger log = LoggerFactory.getLogger(RebuildController.class);

    private final List<RebuildableListener> listeners;

    RebuildController(List<RebuildableListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Operation(summary = "Re-read every topic this service consumes from the beginning (ADMIN)",
            description = "Every listener is idempotent: what is already applied changes nothing and publishes "
                    + "nothing; whatever is missing is applied again. Answers at once (202) with each consumer group "
                    + "of this instance and the partitions it re-reads; other instances re-read only when asked.")
    @PostMapping("${frontdoor.rebuild.path}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Rebuild rebuild(Authentication admin) {
        List<GroupRebuild> groups = new ArrayList<>();
        for (RebuildableListener listener : listeners) {
            groups.add(new GroupRebuild(listener.groupId(), listener.replayFromTheBeginning()));
        }
        log.info("Rebuild from the topics asked by {}: {}", admin.getName(), groups);
        return new Rebuild(groups);
    }

    /** @param groups each consumer group of this instance and the partitions it re-reads from offset 0 */
    record Rebuild(List<GroupRebuild> groups) {
    }

    /** @param partitions the {@code topic-partition}s re-read (none when the group holds none on this instance) */
    record GroupRebuild(String groupId, List<String> partitions) {
    }
}
