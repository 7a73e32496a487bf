package org.frontdoor.console.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.GatewayProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The referral page (triage workers and managers): {@code GET /api/triage/{referralId}} with the decision form,
 * claim and release, a manager's revision, and the outcome letters' PDFs fetched with the person's own token.
 */
@Controller
@RequestMapping("/referrals/{referralId}")
class ReferralController {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,100}");

    private final RestClient gateway;
    private final ReferralPage page;
    private final ObjectMapper json;

    ReferralController(RestClient gateway, ReferralPage page, ObjectMapper json) {
        this.gateway = gateway;
        this.page = page;
        this.json = json;
    }

    @GetMapping
    String referral(@PathVariable String referralId, Authentication authentication, Model model) {
        return page.show(ReferralPage.checked(referralId), null, null, null, authentication, model);
    }

    @PostMapping("/claim")
    String claim(@PathVariable String referralId, RedirectAttributes redirect) {
        return act(referralId, "claim", "You claimed the referral",
                "The referral could not be claimed: someone else has claimed it, or it has been decided or withdrawn",
                redirect);
    }

    @PostMapping("/release")
    String release(@PathVariable String referralId, RedirectAttributes redirect) {
        return act(referralId, "release", "You released the referral back to the queue",
                "The referral could not be released: it is not claimed, or it has been decided or withdrawn", redirect);
    }

    /** Flags (or unflags) the referral as needing a strategy discussion: it then comes right after immediate risk. */
    @PostMapping("/strategy-discussion")
    String strategyDiscussion(@PathVariable String referralId, @RequestParam(defaultValue = "true") boolean needed,
                              RedirectAttributes redirect) {
        ReferralPage.checked(referralId);
        try {
            gateway.post().uri("/api/triage/{referralId}/strategy-discussion", referralId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("needed", needed))
                    .retrieve().toBodilessEntity();
            redirect.addFlashAttribute("success", needed
                    ? "The referral is flagged for a strategy discussion: the queue shows it right after immediate risk"
                    : "The strategy discussion flag was removed");
        } catch (GatewayProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("failure", "The flag could not be changed: the referral has been decided or withdrawn");
        }
        return "redirect:/referrals/" + referralId;
    }

    private String act(String referralId, String action, String done, String conflict, RedirectAttributes redirect) {
        ReferralPage.checked(referralId);
        try {
            gateway.post().uri("/api/triage/{referralId}/" + action, referralId).retrieve().toBodilessEntity();
            redirect.addFlashAttribute("success", done);
        } catch (GatewayProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("failure", conflict);
        }
        return "redirect:/referrals/" + referralId;
    }

    /**
     * The decision form: {@code action=level} shows the routes of the chosen level (no JavaScript needed); anything
     * else sends the decision with the form's {@code Idempotency-Key}.
     */
    @PostMapping("/decision")
    String decide(@PathVariable String referralId, @ModelAttribute("decision") DecisionForm form,
                  @RequestParam(defaultValue = "decide") String action, HttpSession session,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        return send(referralId, form, action, false, session, authentication, model, redirect);
    }

    /** A manager's revision of the decision in force ({@code revisesDecisionId}), with its own key. */
    @PostMapping("/revision")
    String revise(@PathVariable String referralId, @ModelAttribute("decision") DecisionForm form,
                  @RequestParam(defaultValue = "decide") String action, HttpSession session,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        return send(referralId, form, action, true, session, authentication, model, redirect);
    }

    private String send(String referralId, DecisionForm form, String action, boolean revision, HttpSession session,
                        Authentication authentication, Model model, RedirectAttributes redirect) {
        ReferralPage.checked(referralId);
        if (form.getIdempotencyKey() == null || !KEY.matcher(form.getIdempotencyKey()).matches()) {
            form.setIdempotencyKey(UUID.randomUUID().toString());
        }
        TriageConfiguration configuration = page.configuration();
        if (form.getRoute() != null && !configuration.allows(form.levelNumber(), form.getRoute())) {
            // The level changed: a route it does not allow is no longer chosen.
            form.setRoute(null);
            if (!action.equals("level")) {
                FormErrors errors = new FormErrors();
                errors.add("decision-route", "Choose one of the routes this threshold level allows");
                return page.show(referralId, form, errors, null, authentication, model);
            }
        }
        if (action.equals("level")) {
            FormErrors errors = new FormErrors();
            if (form.levelNumber() == null) {
                errors.add("decision-level", "Select the threshold level");
            }
            return page.show(referralId, form, errors, null, authentication, model);
        }
        if (form.levelNumber() == null) {
            FormErrors errors = new FormErrors();
            errors.add("decision-level", "Select the threshold level");
            return page.show(referralId, form, errors, null, authentication, model);
        }
        SentDecisions sent = SentDecisions.of(session);
        if (sent.referralSentWith(form.getIdempotencyKey()).filter(referralId::equals).isPresent()) {
            redirect.addFlashAttribute("success", revision
                    ? "This revision was already recorded. It has not been recorded twice"
                    : "This decision was already sent. It has not been sent twice");
            return "redirect:/referrals/" + referralId;
        }
        Map<String, Object> body = form.payload(revision);
        int answered;
        try {
            answered = gateway.post()
                    .uri(revision ? "/api/triage/{referralId}/decision/revisions" : "/api/triage/{referralId}/decision",
                            referralId)
                    .header("Idempotency-Key", form.getIdempotencyKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .toBodilessEntity()
                    .getStatusCode().value();
        } catch (GatewayProblem problem) {
            if (problem.isBadInput() || problem.status() == 409) {
                FormErrors errors = DecisionErrors.of(problem.problem(), problem.status());
                model.addAttribute("consentBlock", problem.problem().is("consent-does-not-allow-route"));
                return page.show(referralId, form, errors, null, authentication, model);
            }
            throw problem;
        }
        sent.remember(form.getIdempotencyKey(), referralId);
        if (answered == 202) {
            redirect.addFlashAttribute("success",
                    "Your level 4 decision was sent to a triage manager for approval. It is not decided until a manager approves it");
        } else {
            redirect.addFlashAttribute("success", revision
                    ? "The decision was revised. The referrer will get an outcome letter about the revision"
                    : "The decision was recorded. The referrer will get an outcome letter");
        }
        return "redirect:/referrals/" + referralId;
    }

    /**
     * An outcome letter's PDF, fetched from {@code GET /api/triage/letters/{letterId}} with the person's own token
     * and passed on as it arrives: {@code application/pdf}, {@code inline} (the browser's viewer opens it),
     * never cached. An API refusal is the no-access page, as everywhere.
     */
    @GetMapping("/letters/{letterId}")
    void letter(@PathVariable String referralId, @PathVariable String letterId, HttpServletResponse response) {
        ReferralPage.checked(referralId);
        ReferralPage.checked(letterId);
        gateway.get().uri("/api/triage/letters/{letterId}", letterId)
                .accept(MediaType.APPLICATION_PDF)
                .exchange((request, answer) -> {
                    if (answer.getStatusCode().isError()) {
                        throw GatewayProblem.of(answer, json);
                    }
                    response.setContentType(MediaType.APPLICATION_PDF_VALUE);
                    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                            .filename("outcome-letter-" + letterId + ".pdf").build().toString());
                    long length = answer.getHeaders().getContentLength();
                    if (length >= 0) {
                        response.setContentLengthLong(length);
                    }
                    try (InputStream pdf = answer.getBody(); OutputStream out = response.getOutputStream()) {
                        pdf.transferTo(out);
                    } catch (IOException e) {
                        throw new IllegalStateException("the letter could not be passed on", e);
                    }
                    return null;
                });
    }
}
