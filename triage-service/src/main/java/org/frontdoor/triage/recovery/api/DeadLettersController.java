package org.frontdoor.triage.recovery.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.frontdoor.serviceplatform.deadletters.DeadLetter;
import org.frontdoor.triage.audit.api.CallerRoles;
import org.frontdoor.triage.audit.domain.AuditEntry;
import org.frontdoor.triage.audit.domain.AuditTrail;
import org.frontdoor.triage.recovery.events.DeadLetterDesk;
import org.frontdoor.triage.recovery.events.DeadLetterDesk.GroupDeadLetter;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's view of what triage's consumers could not handle ({@code <topic>.dlt}, this service's groups
 * only) and the replay of one record after a fix. A dead letter shows where it lies, which event it was and why it
 * failed, never the event's body. A replay is audited ({@code REPLAY}, with the record's key, a referral id). Its
 * refusals (no such dead letter, a replay that failed again, the broker not answering) are answered by
 * {@code config/TriageProblems}.
 */
@RestController
@RequestMapping("/api/triage/dead-letters")
class DeadLettersController {

    private final DeadLetterDesk desk;
    private final AuditTrail audit;
    private final Clock clock;

    DeadLettersController(DeadLetterDesk desk, AuditTrail audit, Clock clock) {
        this.desk = desk;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every dead letter of triage's consumer groups, newest first. */
    @GetMapping
    List<DeadLetterView> list() {
        return desk.list().stream().map(DeadLetterView::of).toList();
    }

    /**
     * Hands the record at {@code topic} (the {@code .dlt} topic), {@code partition}, {@code offset} to the listener
     * of the group that failed it: 200 when applied (an event already applied changes nothing), 422 with the reason
     * when it fails again, 404 when no triage group failed a record there.
     */
    @PostMapping("/{topic}/{partition}/{offset}/replay")
    DeadLetterView replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
                          Authentication admin) {
        GroupDeadLetter replayed = desk.replay(topic, partition, offset);
        audit.append(new AuditEntry(admin.getName(), CallerRoles.of(admin), "REPLAY",
                "REPLAY dead letter " + topic + "/" + partition + "/" + offset + " of " + replayed.groupId(),
                replayed.letter().key(), List.of(), null, Instant.now(clock)));
        return DeadLetterView.of(replayed);
    }

    /**
     * A dead letter: where it lies ({@code topic} = the {@code .dlt} topic, {@code partition}, {@code offset}: what a
     * replay names), where it came from, the group that failed it, the event's id and type, the exception class and
     * the reason (at most 300 characters), and when it failed.
     */
    record DeadLetterView(String topic, int partition, long offset, String originalTopic, int originalPartition,
                          long originalOffset, String groupId, String key, String eventId, String eventType,
                          String exceptionClass, String reason, Instant failedAt) {

        static DeadLetterView of(GroupDeadLetter grouped) {
            DeadLetter letter = grouped.letter();
            return new DeadLetterView(letter.dltTopic(), letter.partition(), letter.offset(), letter.originalTopic(),
                    letter.originalPartition(), letter.originalOffset(), grouped.groupId(), letter.key(),
                    letter.eventId(), letter.eventType(), letter.exceptionClass(), letter.reason(), letter.failedAt());
        }
    }
}
