package org.frontdoor.outcomes.eventlog.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.frontdoor.outcomes.eventlog.domain.RebuildReadModels;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/outcomes")
class RebuildController {

    private final RebuildReadModels rebuild;

    RebuildController(RebuildReadModels rebuild) {
        this.rebuild = rebuild;
    }

    @Operation(summary = "Rebuild the indicators' read model from the event log and re-read every topic from the "
            + "beginning (ADMIN)",
            description = "The in-memory read model is folded again from the whole event log before the answer; then "
                    + "every topic is re-read from offset 0 on the consumer: events already logged change nothing, "
                    + "missing ones are logged and applied. Lists the partitions this instance replays.")
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildView rebuild() {
        return new RebuildView(rebuild.rebuild());
    }

    /** @param partitions the {@code topic-partition}s this instance re-reads from offset 0 */
    record RebuildView(List<String> partitions) {
    }
}
