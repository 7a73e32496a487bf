package org.frontdoor.outcomes.eventlog.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.frontdoor.outcomes.eventlog.domain.EventReplay;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/outcomes")
class RebuildController {

    private final EventReplay replay;

    RebuildController(EventReplay replay) {
        this.replay = replay;
    }

    @Operation(summary = "Re-read every topic from the beginning into the event log (ADMIN)",
            description = "Idempotent: events already logged change nothing, missing ones are added. Answers at once; "
                    + "the replay runs on the consumer. Lists the partitions this instance replays.")
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildView rebuild() {
        return new RebuildView(replay.replayFromTheBeginning());
    }

    /** @param partitions the {@code topic-partition}s this instance re-reads from offset 0 */
    record RebuildView(List<String> partitions) {
    }
}
