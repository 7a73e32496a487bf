package org.frontdoor.triage.decision.api;

import java.net.URI;

import org.frontdoor.triage.queue.api.SignedIn;
import org.frontdoor.triage.queue.api.TriageRecordView.DecisionView;
import org.frontdoor.triage.queue.domain.TriageDesk;
import org.frontdoor.triage.queue.domain.Decided;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The one threshold decision on a referral (level-4 decisions: triage managers only), and managers' revisions. */
@RestController
@RequestMapping("/api/triage")
class DecisionController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final TriageDesk desk;

    DecisionController(TriageDesk desk) {
        this.desk = desk;
    }

    /**
     * Records the decision (201). With an {@code Idempotency-Key}, a retry with the same body gets the original
     * decision back (201 again); the same key with a different body is a 409.
     */
    @PostMapping("/{referralId}/decision")
    ResponseEntity<DecisionView> decide(@PathVariable String referralId, @RequestBody DecisionRequest request,
                                        @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                        Authentication authentication) {
        Decided decided = desk.decide(referralId, SignedIn.triager(authentication), request.proposal(),
                idempotencyKey);
        return created(referralId, decided);
    }

    /** A triage manager's explicit, audited revision of the decision in force, named by {@code revisesDecisionId}. */
    @PostMapping("/{referralId}/decision/revisions")
    ResponseEntity<DecisionView> revise(@PathVariable String referralId, @RequestBody RevisionRequest request,
                                        @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                        Authentication authentication) {
        Decided revised = desk.revise(referralId, SignedIn.triager(authentication), request.revisesDecisionId(),
                request.proposal(), idempotencyKey);
        return created(referralId, revised);
    }

    private static ResponseEntity<DecisionView> created(String referralId, Decided decided) {
        return ResponseEntity.created(URI.create("/api/triage/" + referralId))
                .body(DecisionView.of(decided.item(), decided.decision()));
    }
}
