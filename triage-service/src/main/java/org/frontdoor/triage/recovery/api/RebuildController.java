package org.frontdoor.triage.recovery.api;

import java.util.ArrayList;
import java.util.List;

import org.frontdoor.triage.recovery.events.RebuildableListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrator's recovery without touching the database: every triage listener re-reads its topics from the
 * beginning ({@code frontdoor.referrals.v1} for the queue, {@code frontdoor.triage.v1} for decisions made elsewhere,
 * both for the letters). Every listener is idempotent, so what is already applied stays as it is and whatever is
 * missing (an item lost with its document) is applied again.
 */
@RestController
@RequestMapping("/api/triage")
class RebuildController {

    private static final Logger log = LoggerFactory.getLogger(RebuildController.class);

    private final List<RebuildableListener> listeners;

    RebuildController(List<RebuildableListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** 202: the listeners re-read in the background; the answer lists what this instance re-reads, per group. */
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildView rebuild(Authentication admin) {
        List<GroupView> groups = new ArrayList<>();
        for (RebuildableListener listener : listeners) {
            groups.add(new GroupView(listener.groupId(), listener.replayFromTheBeginning()));
        }
        log.info("Rebuild from the topics asked by {}: {}", admin.getName(), groups);
        return new RebuildView(groups);
    }

    /** @param groups each consumer group of this instance and the partitions it re-reads from offset 0 */
    record RebuildView(List<GroupView> groups) {
    }

    /** @param partitions the {@code topic-partition}s re-read (none when the group holds none on this instance) */
    record GroupView(String groupId, List<String> partitions) {
    }
}
