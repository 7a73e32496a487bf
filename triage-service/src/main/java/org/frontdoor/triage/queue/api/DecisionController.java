package org.frontdoor.triage.queue.api;

import java.net.URI;

import org.frontdoor.triage.access.api.SignedIn;
import org.frontdoor.triage.queue.api.TriageRecordView.DecisionView;
import org.frontdoor.triage.queue.domain.Decided;
import org.frontdoor.triage.queue.domain.DecisionDesk;
import org.frontdoor.triage.queue.domain.Outcome;
import org.frontdoor.triage.queue.domain.Proposed;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one threshold decision on a referral (a triage worker's level-4 decision is a proposal a triage manager
 * approves or returns), and managers' revisions.
 */
@RestController
@RequestMapping("/api/triage")
class DecisionController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final DecisionDesk desk;

    DecisionController(DecisionDesk desk) {
        this.desk = desk;
    }

    /**
     * Records the decision (201). With an {@code Idempotency-Key}, a retry with the same body gets the original
     * decision back (201 again); the same key with a different body is a 409.
     */
    @PostMapping("/{referralId}/decision")
    ResponseEntity<?> decide(@PathVariable String referralId, @RequestBody DecisionRequest request,
                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                             Authentication authentication) {
        Outcome outcome = desk.decide(referralId, SignedIn.actor(authentication), request.proposal(),
                idempotencyKey);
        if (outcome instanceof Proposed proposed) {
            return accepted(referralId, proposed);
        }
        return created(referralId, (Decided) outcome);
    }

    /**
     * A triage manager approves a worker's level-4 proposal: the decision is made (by the manager, now) and
     * published (201). Approving it again returns the same decision.
     */
    @PostMapping("/{referralId}/proposals/{proposalId}/approval")
    ResponseEntity<DecisionView> approve(@PathVariable String referralId, @PathVariable String proposalId,
                                         Authentication authentication) {
        return created(referralId, desk.approve(referralId, proposalId, SignedIn.actor(authentication)));
    }

    /** A triage manager returns a worker's level-4 proposal with a reason (10–2000 characters); nothing is published. */
    @PostMapping("/{referralId}/proposals/{proposalId}/return")
    ProposalView returnProposal(@PathVariable String referralId, @PathVariable String proposalId,
                                @RequestBody ReturnRequest request, Authentication authentication) {
        Proposed returned = desk.returnProposal(referralId, proposalId, SignedIn.actor(authentication),
                request.reason());
        return ProposalView.of(returned.item(), returned.proposal());
    }

    /** @param reason why the proposal goes back to the worker */
    record ReturnRequest(String reason) {
    }

    private static ResponseEntity<ProposalView> accepted(String referralId, Proposed proposed) {
        return ResponseEntity.accepted().location(URI.create("/api/triage/" + referralId))
                .body(ProposalView.of(proposed.item(), proposed.proposal()));
    }

    /** A triage manager's explicit, audited revision of the decision in force, named by {@code revisesDecisionId}. */
    @PostMapping("/{referralId}/decision/revisions")
    ResponseEntity<DecisionView> revise(@PathVariable String referralId, @RequestBody RevisionRequest request,
                                        @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                        Authentication authentication) {
        Decided revised = desk.revise(referralId, SignedIn.actor(authentication), request.revisesDecisionId(),
                request.proposal(), idempotencyKey);
        return created(referralId, revised);
    }

    private static ResponseEntity<DecisionView> created(String referralId, Decided decided) {
        return ResponseEntity.created(URI.create("/api/triage/" + referralId))
                .body(DecisionView.of(decided.item(), decided.decision()));
    }
}
