package org.frontdoor.triage.queue.api;

import java.time.Instant;
import java.util.List;

import org.frontdoor.triage.queue.domain.QueueFilter;
import org.frontdoor.triage.queue.domain.TriageDesk;
import org.frontdoor.triage.queue.domain.Triager;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The triage queue, claims, and a referral's triage record (triage workers and managers). */
@RestController
@RequestMapping("/api/triage")
class QueueController {

    private final TriageDesk desk;

    QueueController(TriageDesk desk) {
        this.desk = desk;
    }

    /**
     * Open referrals: most urgent first, then the earliest deadline, then the longest waiting. Optionally only
     * one pathway, one locality, and one worker's claims ({@code assignee} = their sub, {@code me} or
     * {@code unassigned}); the filters combine, and the order is the same within them.
     */
    @GetMapping("/queue")
    List<QueueEntryView> queue(@RequestParam(required = false) String pathway,
                               @RequestParam(required = false) String locality,
                               @RequestParam(required = false) String assignee,
                               Authentication authentication) {
        Triager triager = SignedIn.triager(authentication);
        QueueFilter filter = QueueFilter.of(pathway, locality, assignee, triager);
        Instant now = desk.now();
        return desk.queue(filter).stream().map(item -> QueueEntryView.of(item, now)).toList();
    }

    /** Takes the referral; a triage manager may take it from another worker (reassignment). */
    @PostMapping("/{referralId}/claim")
    QueueEntryView claim(@PathVariable String referralId, Authentication authentication) {
        return QueueEntryView.of(desk.claim(referralId, SignedIn.triager(authentication)), desk.now());
    }

    /**
     * Gives the referral back to the queue: the worker holding it, or a triage manager. Audited; no event is
     * published (claims are internal to triage).
     */
    @PostMapping("/{referralId}/release")
    QueueEntryView release(@PathVariable String referralId, Authentication authentication) {
        return QueueEntryView.of(desk.release(referralId, SignedIn.triager(authentication)), desk.now());
    }

    /** The referral's triage record with its decision and rationale; the read is written to the audit trail. */
    @GetMapping("/{referralId}")
    TriageRecordView record(@PathVariable String referralId, Authentication authentication) {
        return TriageRecordView.of(desk.read(referralId, SignedIn.triager(authentication)), desk.now());
    }
}
