package org.frontdoor.console.cases;

import java.util.UUID;
import java.util.regex.Pattern;

import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.ApiProblem;
import org.frontdoor.console.gateway.GatewayProblem;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family plan page: the plan as it stands, its earlier versions (read-only), updating an action and agreeing a
 * new version, each sent to case-service with the person's token and the form's {@code Idempotency-Key}. A refusal
 * comes back on the page with what was typed; a success as a banner.
 */
@Controller
@RequestMapping("/cases/{caseId}/plan")
class PlanController {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,100}");
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,5}");

    private final RestClient gateway;
    private final PlanPage page;

    PlanController(RestClient gateway, PlanPage page) {
        this.gateway = gateway;
        this.page = page;
    }

    @GetMapping
    String plan(@PathVariable String caseId, Authentication authentication, Model model) {
        return page.show(caseId, null, null, authentication, model);
    }

    /** An earlier version as it stood when replaced (the current one is the plan page itself). */
    @GetMapping("/versions/{version}")
    String version(@PathVariable String caseId, @PathVariable String version, Authentication authentication,
                   Model model) {
        if (!VERSION.matcher(version).matches()) {
            throw new GatewayProblem(404, new ApiProblem(null, "Not found", 404, null, null));
        }
        return page.show(caseId, version, null, authentication, model);
    }

    /** A new version of the plan: the first, or the current one changed with the family. */
    @PostMapping
    String agree(@PathVariable String caseId, @ModelAttribute("planForm") PlanForm form,
                 Authentication authentication, Model model, RedirectAttributes redirect) {
        CasePage.checked(caseId);
        keyed(form);
        FormErrors checked = form.check();
        if (!checked.isEmpty()) {
            form.fill();
            return page.show(caseId, null, checked, authentication, model);
        }
        try {
            gateway.post().uri("/api/cases/{caseId}/plan", caseId)
                    .header("Idempotency-Key", form.getIdempotencyKey())
                    .contentType(MediaType.APPLICATION_JSON).body(form.payload())
                    .retrieve().toBodilessEntity();
        } catch (GatewayProblem problem) {
            if (!problem.isBadInput() && problem.status() != 409) {
                throw problem;
            }
            FormErrors errors = form.errorsOf(problem.problem(), problem.status());
            form.fill();
            return page.show(caseId, null, errors, authentication, model);
        }
        redirect.addFlashAttribute("success", "The family plan was agreed as a new version");
        return "redirect:/cases/" + caseId + "/plan";
    }

    /** A new owner and/or status for an action of the current plan. */
    @PostMapping("/action-updates")
    String updateAction(@PathVariable String caseId, @ModelAttribute("update") ActionUpdateForm form,
                        Authentication authentication, Model model, RedirectAttributes redirect) {
        CasePage.checked(caseId);
        if (form.getIdempotencyKey() == null || !KEY.matcher(form.getIdempotencyKey()).matches()) {
            form.setIdempotencyKey(UUID.randomUUID().toString());
        }
        FormErrors checked = form.check();
        if (!checked.isEmpty()) {
            return page.show(caseId, null, checked, authentication, model);
        }
        try {
            gateway.post().uri("/api/cases/{caseId}/plan/actions/{actionId}/updates", caseId, form.getActionId())
                    .header("Idempotency-Key", form.getIdempotencyKey())
                    .contentType(MediaType.APPLICATION_JSON).body(form.payload())
                    .retrieve().toBodilessEntity();
        } catch (GatewayProblem problem) {
            if (!problem.isBadInput() && problem.status() != 409 && !(problem.status() == 404
                    && problem.problem().is("not-in-plan"))) {
                throw problem;
            }
            return page.show(caseId, null, CaseErrors.of(problem.problem(), problem.status(),
                    ActionUpdateForm.FORM_ID, name -> switch (name) {
                        case "owner", "owner.personId" -> new CaseErrors.Field("update-ownerId", "New owner",
                                "Enter the new owner’s id");
                        case "owner.agency" -> new CaseErrors.Field("update-agency", "Agency", "Select the agency");
                        case "status" -> new CaseErrors.Field("update-status", "Status", "Select the status");
                        default -> null;
                    }), authentication, model);
        }
        redirect.addFlashAttribute("success", "The action was updated");
        return "redirect:/cases/" + caseId + "/plan";
    }

    private static void keyed(PlanForm form) {
        if (form.getIdempotencyKey() == null || !KEY.matcher(form.getIdempotencyKey()).matches()) {
            form.setIdempotencyKey(UUID.randomUUID().toString());
        }
    }
}
