package org.frontdoor.cases.earlyhelp.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.frontdoor.cases.earlyhelp.domain.TopicReplay;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An administrator's recovery without touching the database: re-read the topics the service consumes (ADMIN). */
@RestController
@RequestMapping("/api/cases")
class RebuildController {

    private final TopicReplay replay;

    RebuildController(TopicReplay replay) {
        this.replay = replay;
    }

    @Operation(summary = "Re-read every topic this service consumes from the beginning (ADMIN)",
            description = "The triage decisions are read again from offset 0. Every consumer is idempotent: a case "
                    + "already open changes nothing and publishes nothing; a case whose document was lost opens "
                    + "again as it first opened. Answers at once (202) with the partitions this instance re-reads.")
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildView rebuild() {
        return new RebuildView(replay.replayFromTheBeginning());
    }

    /** @param partitions the {@code topic-partition}s this instance re-reads from offset 0 */
    record RebuildView(List<String> partitions) {
    }
}
