package org.frontdoor.console.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.GatewayProblem;
import org.frontdoor.console.layout.Person;
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

/**
 * The case page (early help practitioners and triage managers) and the work recorded from it: the lead
 * professional (a manager allocates, a practitioner takes an unallocated case), a parent or carer joining the case,
 * the family's themes, Webstars, plan reviews, a step-up to children's social care, closure and reopening. Each form
 * is sent to case-service's own endpoint with the person's token; a refusal comes back on the page with what was
 * typed, a success as a banner.
 */
@Controller
@RequestMapping("/cases/{caseId}")
class CaseController {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,100}");

    private final RestClient gateway;
    private final CasePage page;

    CaseController(RestClient gateway, CasePage page) {
        this.gateway = gateway;
        this.page = page;
    }

    @GetMapping
    String theCase(@PathVariable String caseId, Authentication authentication, Model model) {
        return page.show(caseId, null, authentication, model);
    }

    /**
     * A manager allocates (or reallocates) the lead professional they name; a practitioner takes the case for
     * themselves, whatever the form says. A practitioner refused (403) has seen the case unallocated: someone else
     * took it first, and the case is no longer theirs to see.
     */
    @PostMapping("/lead-professional")
    String allocate(@PathVariable String caseId, @ModelAttribute("allocation") AllocationForm form,
                    Authentication authentication, Model model, RedirectAttributes redirect) {
        CasePage.checked(caseId);
        Person person = Person.of(authentication).orElseThrow();
        boolean manager = person.holds("TRIAGE_MANAGER");
        String lead = manager ? form.getLeadProfessionalId() : person.subject();
        try {
            post(caseId, "lead-professional", form.payload(lead), null);
        } catch (GatewayProblem problem) {
            if (!manager && problem.status() == 403) {
                redirect.addFlashAttribute("failure", "The case could not be taken: another practitioner has taken it");
                return "redirect:/unallocated-cases";
            }
            return refused(problem, caseId, manager ? "allocation-form" : "take-form", CaseErrors.fields(Map.of(
                    "leadProfessionalId", new CaseErrors.Field("allocation-leadProfessionalId", "Lead professional",
                            "Enter the lead professional's user name"),
                    "agency", new CaseErrors.Field("allocation-agency", "Agency",
                            manager ? "Select the lead professional's agency" : "Select your agency"),
                    "handoverNote", new CaseErrors.Field("allocation-handoverNote", "Handover note",
                            "Write a handover note for the new lead professional"))),
                    authentication, model);
        }
        redirect.addFlashAttribute("success", manager ? "The lead professional was allocated"
                : "You took the case: you are its lead professional");
        return "redirect:/cases/" + caseId;
    }

    /** A parent or carer joins the case, so their own Webstar can be recorded. */
    @PostMapping("/members")
    String addMember(@PathVariable String caseId, @RequestParam(defaultValue = "") String personId,
                     Authentication authentication, Model model, RedirectAttributes redirect) {
        CasePage.checked(caseId);
        try {
            post(caseId, "members", Map.of("personId", personId.strip()), null);
        } catch (GatewayProblem problem) {
            model.addAttribute("memberPersonId", personId);
            return refused(problem, caseId, "member-form", CaseErrors.fields(Map.of("personId",
                    new CaseErrors.Field("member-personId", "Person index id",
                            "Enter the parent's or carer's person index id"))), authentication, model);
        }
        redirect.addFlashAttribute("success", "The parent or carer was added to the case");
        return "redirect:/cases/" + caseId;
    }

    /** The family's themes, replacing any identified before. */
    @PostMapping("/themes")
    String themes(@PathVariable String caseId, @RequestParam(required = false) List<String> themes,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        CasePage.checked(caseId);
        List<String> chosen = themes == null ? List.of() : themes.stream().filter(t -> !t.isBlank()).toList();
        try {
            post(caseId, "themes", Map.of("themes", chosen), null);
        } catch (GatewayProblem problem) {
            model.addAttribute("chosenThemes", chosen);
            return refused(problem, caseId, "themes-form", CaseErrors.fields(Map.of("themes",
                    new CaseErrors.Field("themes", "Themes", "Select at least one theme"))), authentication, model);
        }
        redirect.addFlashAttribute("success", "The family's themes were recorded");
        return "redirect:/cases/" + caseId;
    }

    /** A Webstar (the family's, or a child's or parent's), sent with the form's {@code Idempotency-Key}. */
    @PostMapping("/webstars")
    String webstar(@PathVariable String caseId, @ModelAttribute WebstarForm form, Authentication authentication,
                   Model model, RedirectAttributes redirect) {
        CasePage.checked(caseId);
        keyed(form.getIdempotencyKey(), form::setIdempotencyKey);
        String attribute = form.isFamily() ? "familyWebstar" : "individualWebstar";
        model.addAttribute(attribute, form);
        WebstarTools.Tool tool = form.isFamily() ? page.tools().family() : page.tools().individual();
        FormErrors checked = form.check(tool);
        if (!checked.isEmpty()) {
            return page.show(caseId, checked, authentication, model);
        }
        String prefix = form.prefix();
        try {
            post(caseId, "webstars", form.payload(tool, Instant.now()), form.getIdempotencyKey());
        } catch (GatewayProblem problem) {
            return refused(problem, caseId, prefix + "-form", name -> switch (name) {
                case "personId", "role" -> new CaseErrors.Field(prefix + "-whose", "Whose Webstar",
                        "Select whose Webstar it is");
                case "type" -> new CaseErrors.Field(prefix + "-type", "When in the plan",
                        "Select when in the plan the Webstar was done");
                case "assessedAt" -> new CaseErrors.Field(prefix + "-assessed-day", "The date the Webstar was done",
                        "Enter the date the Webstar was done");
                case "scores" -> new CaseErrors.Field(prefix + "-scores", "Scores", "Score at least one area");
                default -> name.startsWith("scores.") && tool.areas().contains(name.substring(7))
                        ? new CaseErrors.Field(prefix + "-scores-" + name.substring(7),
                                WebstarTools.areaName(name.substring(7)), "Enter a score")
                        : null;
            }, authentication, model);
        }
        redirect.addFlashAttribute("success", "The Webstar was recorded");
        return "redirect:/cases/" + caseId;
    }

    /** A review of the family's plan, sent with the form's {@code Idempotency-Key}. */
    @PostMapping("/reviews")
    String review(@PathVariable String caseId, @ModelAttribute("review") ReviewForm form,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        CasePage.checked(caseId);
        keyed(form.getIdempotencyKey(), form::setIdempotencyKey);
        FormErrors checked = form.check();
        if (!checked.isEmpty()) {
            form.fill();
            return page.show(caseId, checked, authentication, model);
        }
        try {
            post(caseId, "reviews", form.payload(Instant.now()), form.getIdempotencyKey());
        } catch (GatewayProblem problem) {
            if (!problem.isBadInput() && problem.status() != 409) {
                throw problem;
            }
            FormErrors errors = form.errorsOf(problem.problem(), problem.status());
            form.fill();
            return page.show(caseId, errors, authentication, model);
        }
        redirect.addFlashAttribute("success", "The review was recorded");
        return "redirect:/cases/" + caseId;
    }

    /** A step-up to children's social care: case-service closes the case in the same change. */
    @PostMapping("/step-up")
    String stepUp(@PathVariable String caseId, @ModelAttribute("stepUp") StepUpForm form,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        CasePage.checked(caseId);
        try {
            post(caseId, "step-up", form.payload(), null);
        } catch (GatewayProblem problem) {
            return refused(problem, caseId, "stepup-form", CaseErrors.fields(Map.of(
                    "childIds", new CaseErrors.Field("stepup-childIds", "Children", "Select the children stepped up"),
                    "referralId", new CaseErrors.Field("stepup-referralId", "Social care referral id",
                            "Enter the social care referral's id"),
                    "judgement", new CaseErrors.Field("stepup-judgement", "Judgement", "Select your judgement"),
                    "summary", new CaseErrors.Field("stepup-summary", "Summary", "Enter a summary"))),
                    authentication, model);
        }
        redirect.addFlashAttribute("success", "The case was stepped up to children's social care and closed");
        return "redirect:/cases/" + caseId;
    }

    @PostMapping("/closure")
    String close(@PathVariable String caseId, @ModelAttribute("closure") ClosureForm form,
                 Authentication authentication, Model model, RedirectAttributes redirect) {
        CasePage.checked(caseId);
        try {
            post(caseId, "closure", form.payload(), null);
        } catch (GatewayProblem problem) {
            return refused(problem, caseId, "closure-form", CaseErrors.fields(Map.of(
                    "reason", new CaseErrors.Field("closure-reason", "Reason", "Select why the case is closing"),
                    "judgement", new CaseErrors.Field("closure-judgement", "Judgement",
                            "Select how far the family's outcomes were achieved"),
                    "summary", new CaseErrors.Field("closure-summary", "Closing summary", "Enter a closing summary"))),
                    authentication, model);
        }
        redirect.addFlashAttribute("success", "The case was closed");
        return "redirect:/cases/" + caseId;
    }

    @PostMapping("/reopening")
    String reopen(@PathVariable String caseId, RedirectAttributes redirect) {
        CasePage.checked(caseId);
        try {
            post(caseId, "reopening", null, null);
            redirect.addFlashAttribute("success", "The case was reopened, with the same lead professional");
        } catch (GatewayProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("failure", "The case could not be reopened: it is open already");
        }
        return "redirect:/cases/" + caseId;
    }

    private void post(String caseId, String what, Object body, String idempotencyKey) {
        RestClient.RequestBodySpec request = gateway.post().uri("/api/cases/{caseId}/" + what, caseId);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        request.retrieve().toBodilessEntity();
    }

    /** 400, 422 and 409 come back on the page with the messages by the inputs; anything else is the error pages'. */
    private String refused(GatewayProblem problem, String caseId, String formId,
                           Function<String, CaseErrors.Field> fields, Authentication authentication, Model model) {
        if (!problem.isBadInput() && problem.status() != 409) {
            throw problem;
        }
        return page.show(caseId, CaseErrors.of(problem.problem(), problem.status(), formId, fields), authentication,
                model);
    }

    private static void keyed(String key, java.util.function.Consumer<String> setKey) {
        if (key == null || !KEY.matcher(key).matches()) {
            setKey.accept(UUID.randomUUID().toString());
        }
    }
}
