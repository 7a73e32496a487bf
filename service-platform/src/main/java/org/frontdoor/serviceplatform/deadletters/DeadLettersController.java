package org.frontdoor.serviceplatform.deadletters;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's view of what a service's consumers could not handle ({@code <topic>.dlt}, this service's groups
 * only) and the replay of one record after a fix, at {@code frontdoor.dead-letters.path} (e.g.
 * {@code /api/triage/dead-letters}); who may call it is the service's own access rule (ADMIN). A dead letter shows
 * where it lies, which event it was and why it failed, never the event's body. Refusals are answered by
 * {@link DeadLetterProblems}.
 */
@RestController
@RequestMapping("${frontdoor.dead-letters.path}")
class DeadLettersController {

    private final DeadLetterDesk desk;
    private final ObjectProvider<ReplayAudit> audit;

    DeadLettersController(DeadLetterDesk desk, ObjectProvider<ReplayAudit> audit) {
        this.desk = desk;
        this.audit = audit;
    }

    @Operation(summary = "The dead letters of this service's consumer groups, newest first (ADMIN)",
            description = "Read from the dead-letter topics (<topic>.dlt), only those this service's groups failed: "
                    + "where each lies (dltTopic, partition, offset: what a replay names), where it came from, the "
                    + "group that failed it, its key, the CloudEvent id and type, the exception class, the reason (at "
                    + "most 300 characters) and when it failed. Never the event's body. 503 while the broker does not "
                    + "answer.")
    @GetMapping
    List<DeadLetter> list() {
        return desk.list();
    }

    @Operation(summary = "Hand one dead letter to the listener of the group that failed it, after a fix (ADMIN)",
            description = "200 with the dead letter when applied (an event already applied changes nothing); 422 with "
                    + "the exception class and reason when it fails again (the record stays on the dead-letter "
                    + "topic); 404 when none of this service's groups left a dead letter there; 503 while the broker "
                    + "or the store does not answer. The dead-letter topics are never rewritten.")
    @PostMapping("/{topic}/{partition}/{offset}/replay")
    DeadLetter replay(
            @Parameter(description = "the dead-letter topic, e.g. frontdoor.triage.v1.dlt") @PathVariable String topic,
            @Parameter(description = "the partition on the dead-letter topic") @PathVariable int partition,
            @Parameter(description = "the offset on the dead-letter topic") @PathVariable long offset,
            Authentication admin) {
        DeadLetter replayed = desk.replay(topic, partition, offset);
        audit.ifAvailable(trail -> trail.replayed(admin, replayed));
        return replayed;
    }
}
