package org.frontdoor.triage.queue.api;

import java.time.Instant;
import java.util.List;

import org.frontdoor.triage.queue.domain.TriageDesk;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The triage queue, claims, and a referral's triage record (triage workers and managers). */
@RestController
@RequestMapping("/api/triage")
class QueueController {

    private final TriageDesk desk;

    QueueController(TriageDesk desk) {
        this.desk = desk;
    }

    /** Open referrals: most urgent first, then the earliest deadline, then the longest waiting. */
    @GetMapping("/queue")
    List<QueueEntryView> queue() {
        Instant now = desk.now();
        return desk.queue().stream().map(item -> QueueEntryView.of(item, now)).toList();
    }

    /** Takes the referral; a triage manager may take it from another worker (reassignment). */
    @PostMapping("/{referralId}/claim")
    QueueEntryView claim(@PathVariable String referralId, Authentication authentication) {
        return QueueEntryView.of(desk.claim(referralId, SignedIn.triager(authentication)), desk.now());
    }

    /** The referral's triage record with its decision and rationale; the read is written to the audit trail. */
    @GetMapping("/{referralId}")
    TriageRecordView record(@PathVariable String referralId, Authentication authentication) {
        return TriageRecordView.of(desk.read(referralId, SignedIn.triager(authentication)), desk.now());
    }
}
