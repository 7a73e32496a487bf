package org.frontdoor.cases.deadletters.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.frontdoor.cases.deadletters.events.DeadLetterDesk;
import org.frontdoor.serviceplatform.deadletters.DeadLetter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's view of what case-service's consumer could not handle ({@code frontdoor.triage.v1.dlt}, this
 * service's group only) and the replay of one record after a fix (ADMIN). A dead letter shows where it lies, which
 * event it was and why it failed, never the event's body.
 */
@RestController
@RequestMapping("/api/cases/dead-letters")
class DeadLettersController {

    private final DeadLetterDesk desk;

    DeadLettersController(DeadLetterDesk desk) {
        this.desk = desk;
    }

    @Operation(summary = "The dead letters of case-service's consumer group, newest first (ADMIN)")
    @GetMapping
    List<DeadLetterView> list() {
        return desk.list().stream().map(DeadLetterView::of).toList();
    }

    @Operation(summary = "Hand one dead letter to the triage decisions' listener again (ADMIN)",
            description = "topic is the .dlt topic; 200 when applied (a decision already applied changes nothing), "
                    + "422 with the exception class and reason when it fails again (the record stays on the "
                    + "dead-letter topic), 404 when this service's group left no dead letter there.")
    @PostMapping("/{topic}/{partition}/{offset}/replay")
    DeadLetterView replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        return DeadLetterView.of(desk.replay(topic, partition, offset));
    }

    /**
     * A dead letter: where it lies ({@code topic} = the {@code .dlt} topic, {@code partition}, {@code offset}: what a
     * replay names), where it came from, the event's id and type, the exception class and the reason (at most 300
     * characters), and when it failed.
     */
    record DeadLetterView(String topic, int partition, long offset, String originalTopic, int originalPartition,
                          long originalOffset, String key, String eventId, String eventType, String exceptionClass,
                          String reason, Instant failedAt) {

        static DeadLetterView of(DeadLetter letter) {
            return new DeadLetterView(letter.dltTopic(), letter.partition(), letter.offset(), letter.originalTopic(),
                    letter.originalPartition(), letter.originalOffset(), letter.key(), letter.eventId(),
                    letter.eventType(), letter.exceptionClass(), letter.reason(), letter.failedAt());
        }
    }
}
