package org.frontdoor.console.calls;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.servlet.http.HttpSession;
import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.ApiProblem;
import org.frontdoor.console.gateway.GatewayProblem;
import org.springframework.http.MediaType;
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
 * Log a call (contact officers): one page, the whole contact, sent to {@code POST /api/referrals} with the form's
 * own {@code Idempotency-Key}, then the confirmation with the reference to read out (post/redirect/get).
 */
@Controller
@RequestMapping("/calls")
class LogCallController {

    static final String FORM = "calls/log-a-call";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,100}");
    private static final Pattern REFERRAL_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final int MOST_CHILDREN = 20;

    private final RestClient gateway;

    LogCallController(RestClient gateway) {
        this.gateway = gateway;
    }

    /** What the API answers to a referral, as far as the confirmation needs it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Received(String referralId) {
    }

    @GetMapping("/new")
    String newCall(Model model) {
        CallForm form = new CallForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        // The need was usually identified today: the officer corrects it when the caller says otherwise.
        LocalDateTime now = LocalDateTime.now(ReferralPayload.LONDON);
        form.getNeedIdentifiedAt().setDay(String.valueOf(now.getDayOfMonth()));
        form.getNeedIdentifiedAt().setMonth(String.valueOf(now.getMonthValue()));
        form.getNeedIdentifiedAt().setYear(String.valueOf(now.getYear()));
        form.getNeedIdentifiedAt().setTime(now.format(DateTimeFormatter.ofPattern("HH:mm")));
        return show(form, new FormErrors(), model);
    }

    @PostMapping
    String logCall(@ModelAttribute("call") CallForm form, @RequestParam(defaultValue = "log") String action,
                   HttpSession session, Model model, RedirectAttributes redirect) {
        if (form.getIdempotencyKey() == null || !KEY.matcher(form.getIdempotencyKey()).matches()) {
            form.setIdempotencyKey(UUID.randomUUID().toString());
        }
        if (action.equals("add-child")) {
            if (form.getChildren().size() < MOST_CHILDREN) {
                form.getChildren().add(new CallForm.Child());
            }
            return show(form, new FormErrors(), model);
        }
        if (action.startsWith("remove-child-")) {
            removeChild(form, action.substring("remove-child-".length()));
            return show(form, new FormErrors(), model);
        }
        LoggedCalls logged = LoggedCalls.of(session);
        var earlier = logged.referralLoggedWith(form.getIdempotencyKey());
        if (earlier.isPresent()) {
            redirect.addFlashAttribute("alreadyLogged", true);
            return "redirect:/calls/" + earlier.get() + "/logged";
        }
        FormErrors errors = new FormErrors();
        Map<String, Object> body = ReferralPayload.of(form, errors);
        if (!errors.isEmpty()) {
            return show(form, errors, model);
        }
        Received received;
        try {
            received = gateway.post().uri("/api/referrals")
                    .header("Idempotency-Key", form.getIdempotencyKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(Received.class);
        } catch (GatewayProblem problem) {
            if (problem.isBadInput()) {
                return show(form, errorsOf(problem.problem(), form.getChildren().size()), model);
            }
            if (problem.status() == 409) {
                FormErrors conflict = new FormErrors();
                conflict.add("log-a-call", "This form was already sent with different details, so it was not logged"
                        + " again. Check the calls logged today before starting a new one");
                return show(form, conflict, model);
            }
            throw problem;
        }
        if (received == null || received.referralId() == null || !REFERRAL_ID.matcher(received.referralId()).matches()) {
            throw new GatewayProblem(502, new ApiProblem(null, "Unexpected answer", 502, null, null));
        }
        logged.remember(form.getIdempotencyKey(), received.referralId());
        return "redirect:/calls/" + received.referralId() + "/logged";
    }

    @GetMapping("/{referralId}/logged")
    String logged(@PathVariable String referralId, HttpSession session, Model model) {
        if (!REFERRAL_ID.matcher(referralId).matches() || !LoggedCalls.of(session).logged(referralId)) {
            throw new GatewayProblem(404, new ApiProblem(null, "Not found", 404, null, null));
        }
        model.addAttribute("referralId", referralId);
        return "calls/logged";
    }

    private static void removeChild(CallForm form, String index) {
        try {
            int i = Integer.parseInt(index);
            if (i >= 0 && i < form.getChildren().size() && form.getChildren().size() > 1) {
                form.getChildren().remove(i);
            }
        } catch (NumberFormatException ignored) {
            // a tampered button: nothing to remove
        }
    }

    static FormErrors errorsOf(ApiProblem problem, int children) {
        FormErrors errors = new FormErrors();
        for (ApiProblem.FieldError error : problem.errors()) {
            FormErrors.Item item = FieldMessages.describe(error.field(), error.message(), children);
            errors.add(item.fieldId(), item.message());
        }
        if (errors.isEmpty()) {
            String said = problem.detail() != null ? problem.detail() : problem.title();
            errors.add("log-a-call", said == null ? "The call could not be logged: check the details and try again"
                    : "The call could not be logged: " + said);
        }
        return errors;
    }

    private String show(CallForm form, FormErrors errors, Model model) {
        model.addAttribute("call", form);
        model.addAttribute("errors", errors);
        model.addAttribute("referrerTypes", CallOptions.REFERRER_TYPES);
        model.addAttribute("channels", CallOptions.CHANNELS);
        model.addAttribute("sources", CallOptions.SOURCES);
        model.addAttribute("pathways", CallOptions.PATHWAYS);
        model.addAttribute("urgencies", CallOptions.URGENCIES);
        model.addAttribute("genders", CallOptions.GENDERS);
        model.addAttribute("consentAnswers", CallOptions.CONSENT);
        return FORM;
    }
}
