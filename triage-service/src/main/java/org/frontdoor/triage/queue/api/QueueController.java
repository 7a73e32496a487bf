package org.frontdoor.triage.queue.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.frontdoor.triage.access.api.SignedIn;
import org.frontdoor.triage.domain.InvalidField;
import org.frontdoor.triage.decision.domain.InvalidDecision;
import org.frontdoor.triage.queue.clients.CaseServiceClient;
import org.frontdoor.triage.queue.clients.ReferralServiceClient;
import org.frontdoor.triage.queue.clients.Remote;
import org.frontdoor.triage.queue.domain.TriageItem;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.databind.JsonNode;

import org.frontdoor.triage.queue.domain.QueueFilter;
import org.frontdoor.triage.queue.domain.TriageDesk;
import org.frontdoor.triage.access.domain.Actor;
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
    private final ReferralServiceClient referralService;
    private final CaseServiceClient caseService;

    QueueController(TriageDesk desk, ReferralServiceClient referralService, CaseServiceClient caseService) {
        this.desk = desk;
        this.referralService = referralService;
        this.caseService = caseService;
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
                               @RequestHeader(name = SignedIn.BREAK_GLASS_REASON, required = false)
                               String breakGlassReason,
                               Authentication authentication) {
        Actor actor = SignedIn.reader(authentication, breakGlassReason, Actor.TRIAGE_ROLES);
        QueueFilter filter = QueueFilter.of(pathway, locality, assignee, actor);
        Instant now = desk.now();
        return desk.queue(filter, actor).stream().map(item -> QueueEntryView.of(item, now)).toList();
    }

    /** Takes the referral; a triage manager may take it from another worker (reassignment). */
    @PostMapping("/{referralId}/claim")
    QueueEntryView claim(@PathVariable String referralId, Authentication authentication) {
        return QueueEntryView.of(desk.claim(referralId, SignedIn.actor(authentication)), desk.now());
    }

    /**
     * Gives the referral back to the queue: the worker holding it, or a triage manager. Audited; no event is
     * published (claims are internal to triage).
     */
    @PostMapping("/{referralId}/release")
    QueueEntryView release(@PathVariable String referralId, Authentication authentication) {
        return QueueEntryView.of(desk.release(referralId, SignedIn.actor(authentication)), desk.now());
    }

    /** A triage manager gives the referral to a worker, whoever held it (publishes {@code TriageClaimed}; audited). */
    @PostMapping("/{referralId}/assignment")
    QueueEntryView reassign(@PathVariable String referralId, @RequestBody AssignmentRequest request,
                            Authentication authentication) {
        return QueueEntryView.of(desk.reassign(referralId, SignedIn.actor(authentication), request.assignee()),
                desk.now());
    }

    /** Flags ({@code needed: true}) or unflags the referral as needing a strategy discussion; audited. */
    @PostMapping("/{referralId}/strategy-discussion")
    QueueEntryView strategyDiscussion(@PathVariable String referralId, @RequestBody StrategyDiscussionRequest request,
                                      Authentication authentication) {
        if (request.needed() == null) {
            throw new InvalidDecision(List.of(new InvalidField("needed", "is required: true or false")));
        }
        return QueueEntryView.of(desk.flagStrategyDiscussion(referralId, SignedIn.actor(authentication),
                request.needed()), desk.now());
    }

    /**
     * The referral in front of the worker: its triage record (decision, rationale, proposals), its details from
     * referral-service and the children's history (earlier referrals and decisions held here, early help cases
     * from case-service). Either service slow, failing or down: still 200, with what triage holds and a marker.
     * The read is written to the audit trail; an administrator reads it only by break glass
     * ({@code X-Break-Glass-Reason}, checked by the security configuration), audited with the reason.
     */
    @GetMapping("/{referralId}")
    TriageRecordView record(@PathVariable String referralId,
                            @RequestHeader(name = SignedIn.BREAK_GLASS_REASON, required = false)
                            String breakGlassReason,
                            Authentication authentication) {
        TriageDesk.TriageRecord read = desk.read(referralId,
                SignedIn.reader(authentication, breakGlassReason, Actor.TRIAGE_ROLES));
        TriageItem item = read.item();
        String token = bearerToken(authentication);
        Remote<JsonNode> details = referralService.referral(referralId, token);
        List<String> childIds = new ArrayList<>(item.referral().childIds());
        item.furtherContacts().forEach(contact -> contact.childIds().stream()
                .filter(child -> !childIds.contains(child)).forEach(childIds::add));
        TriageRecordView.HistoryView history = new TriageRecordView.HistoryView(
                read.earlierReferrals().stream().map(TriageRecordView.EarlierReferralView::of).toList(),
                TriageRecordView.CaseHistoryView.of(caseService.casesOf(childIds, token)));
        return TriageRecordView.of(item, desk.now(), details, history);
    }

    private static String bearerToken(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken jwt ? jwt.getToken().getTokenValue() : "";
    }

    /** @param assignee the worker's {@code sub} */
    record AssignmentRequest(String assignee) {
    }

    record StrategyDiscussionRequest(Boolean needed) {
    }
}
