package org.frontdoor.outcomes.eventlog.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.frontdoor.outcomes.api.InvalidRequestException;
import org.frontdoor.outcomes.eventlog.events.DeadLetterReplay;
import org.frontdoor.serviceplatform.deadletters.DeadLetter;
import org.frontdoor.serviceplatform.problems.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/outcomes/dead-letters")
class DeadLettersController {

    private final DeadLetterReplay replay;

    DeadLettersController(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @Operation(summary = "The records this service could not log, newest first (ADMIN)",
            description = "Read from the dead-letter topics (<topic>.dlt), only those this service's consumer group "
                    + "failed: where each lies (dltTopic, partition, offset: what a replay names), where it came from, "
                    + "its key, the CloudEvent id and type, the exception class, the reason (at most 300 characters) "
                    + "and when it failed. Never the event's body. 503 while the broker does not answer.")
    @GetMapping
    DeadLettersView deadLetters() {
        return new DeadLettersView(replay.deadLetters());
    }

    @Operation(summary = "Hand one dead letter to the event log's listener again, after a fix (ADMIN)",
            description = "The record is read from its dead-letter topic and logged exactly as on delivery: an event "
                    + "the log already holds changes nothing (logged: false). A record that fails again answers 422 "
                    + "with the reason and nothing is logged. The dead-letter topic is never rewritten. 404 when that "
                    + "place holds no dead letter of this service.")
    @PostMapping("/{topic}/{partition}/{offset}/replay")
    DeadLetterReplay.Replayed replay(
            @Parameter(description = "the dead-letter topic, e.g. frontdoor.triage.v1.dlt") @PathVariable String topic,
            @Parameter(description = "the partition on the dead-letter topic") @PathVariable String partition,
            @Parameter(description = "the offset on the dead-letter topic") @PathVariable String offset) {
        int partitionNumber = (int) number("partition", partition, Integer.MAX_VALUE);
        long offsetNumber = number("offset", offset, Long.MAX_VALUE);
        return replay.replay(topic, partitionNumber, offsetNumber)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No dead letter of this service at that place"));
    }

    /** A whole number from 0 to {@code max}; anything else is a 400 naming the field, never echoing the value. */
    private static long number(String field, String value, long max) {
        try {
            long number = Long.parseLong(value);
            if (number >= 0 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException("The dead letter's place is not valid",
                List.of(new FieldProblem(field, "must be a whole number from 0")));
    }

    record DeadLettersView(List<DeadLetter> deadLetters) {
    }
}
