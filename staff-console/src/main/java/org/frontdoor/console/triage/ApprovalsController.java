package org.frontdoor.console.triage;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.GatewayProblem;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Level-4 approvals (triage managers only): the list of workers' level-4 proposals waiting for a manager, and
 * approve / return with a reason on the referral page. triage-service has no list of proposals of its own: the list
 * is the open queue's entries whose {@code awaitingApproval} holds a proposal.
 */
@Controller
class ApprovalsController {

    private final RestClient gateway;
    private final ReferralPage page;

    ApprovalsController(RestClient gateway, ReferralPage page) {
        this.gateway = gateway;
        this.page = page;
    }

    /** A queue entry, as far as the approvals list needs it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Waiting(String referralId, Instant receivedAt, Instant deadline, boolean overdue, String urgency,
                   String pathway, String claimedBy, TriageRecord.Proposal awaitingApproval) {

        public String timeLeft() {
            return ReferralPage.timeLeft(deadline, overdue, Instant.now());
        }
    }

    @GetMapping("/approvals")
    String approvals(Model model) {
        Waiting[] queue = gateway.get().uri("/api/triage/queue").retrieve().body(Waiting[].class);
        List<Waiting> waiting = queue == null ? List.of()
                : Arrays.stream(queue).filter(entry -> entry.awaitingApproval() != null).toList();
        model.addAttribute("waiting", waiting);
        model.addAttribute("words", PageWords.INSTANCE);
        return "triage/approvals";
    }

    @PostMapping("/referrals/{referralId}/proposals/{proposalId}/approval")
    String approve(@PathVariable String referralId, @PathVariable String proposalId, RedirectAttributes redirect) {
        ReferralPage.checked(referralId);
        ReferralPage.checked(proposalId);
        try {
            gateway.post().uri("/api/triage/{referralId}/proposals/{proposalId}/approval", referralId, proposalId)
                    .retrieve().toBodilessEntity();
            redirect.addFlashAttribute("success",
                    "You approved the level 4 decision. The referrer will get an outcome letter");
        } catch (GatewayProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("failure", "The proposal could not be approved: it was already approved or returned");
        }
        return "redirect:/referrals/" + referralId;
    }

    @PostMapping("/referrals/{referralId}/proposals/{proposalId}/return")
    String returnProposal(@PathVariable String referralId, @PathVariable String proposalId,
                          @RequestParam(required = false) String reason, Authentication authentication, Model model,
                          RedirectAttributes redirect) {
        ReferralPage.checked(referralId);
        ReferralPage.checked(proposalId);
        try {
            gateway.post().uri("/api/triage/{referralId}/proposals/{proposalId}/return", referralId, proposalId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("reason", reason == null ? "" : reason))
                    .retrieve().toBodilessEntity();
            redirect.addFlashAttribute("success",
                    "You returned the proposal with your reason. The referral is back with the worker who proposed it");
        } catch (GatewayProblem problem) {
            if (problem.isBadInput()) {
                FormErrors errors = new FormErrors();
                errors.add("return-reason", reason == null || reason.isBlank()
                        ? "Enter why the proposal is returned"
                        : "The reason must be between 10 and 2000 characters");
                return page.show(referralId, null, errors, reason, authentication, model);
            }
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("failure", "The proposal could not be returned: it was already approved or returned");
        }
        return "redirect:/referrals/" + referralId;
    }
}
