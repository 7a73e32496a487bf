package org.frontdoor.console.consultations;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.ApiProblem;
import org.frontdoor.console.gateway.GatewayProblem;
import org.frontdoor.console.layout.Person;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A consultation's page (consultants and practitioners): {@code GET /api/consultations/{id}} with what may be done
 * to it — cancel with a reason, move it to another free slot of the same type of consultant, and, for its
 * consultant once it has started, record the outcome. consultation-service decides again who may do each.
 */
@Controller
@RequestMapping("/consultations")
class ConsultationController {

    /** consultation-service's ids (its {@code PSEUDONYMOUS_ID}): anything else is never sent. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    static final String PAGE = "consultations/consultation";

    private final RestClient gateway;

    ConsultationController(RestClient gateway) {
        this.gateway = gateway;
    }

    /** An id from an address: one that cannot be an id is "not there", like an id the API does not know. */
    static String checked(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new GatewayProblem(404, new ApiProblem(null, "Not found", 404, null, null));
        }
        return id;
    }

    static boolean looksLikeAnId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    Consultation read(String consultationId) {
        return gateway.get().uri("/api/consultations/{id}", checked(consultationId)).retrieve().body(Consultation.class);
    }

    @GetMapping("/{consultationId}")
    String consultation(@PathVariable String consultationId, Authentication authentication, Model model) {
        return show(read(consultationId), null, null, null, new FormErrors(), authentication, model);
    }

    /** Open a consultation by its reference (the page where the reference is typed, then the consultation). */
    @GetMapping("/open")
    String open(@RequestParam(required = false) String reference, Model model) {
        FormErrors errors = new FormErrors();
        String typed = reference == null ? null : reference.trim();
        if (typed != null && looksLikeAnId(typed)) {
            return "redirect:" + UriComponentsBuilder.fromPath("/consultations/{id}").buildAndExpand(typed).toUriString();
        }
        if (typed != null) {
            errors.add("reference", typed.isEmpty() ? "Enter the consultation's reference"
                    : "Enter the reference as it was given: letters, digits and hyphens, for example 3f2a…");
        }
        model.addAttribute("reference", reference);
        model.addAttribute("errors", errors);
        return "consultations/open";
    }

    @PostMapping("/{consultationId}/cancellation")
    String cancel(@PathVariable String consultationId, @RequestParam(required = false) String reason,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        checked(consultationId);
        try {
            gateway.post().uri("/api/consultations/{id}/cancellation", consultationId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(java.util.Collections.singletonMap("reason", blankToNull(reason)))
                    .retrieve().toBodilessEntity();
        } catch (GatewayProblem problem) {
            if (problem.isBadInput()) {
                FormErrors errors = new FormErrors();
                errors.add("cancel-reason", "Select why the consultation is cancelled");
                return show(read(consultationId), reason, null, null, errors, authentication, model);
            }
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("failure", "The consultation could not be cancelled: it has been held, cancelled"
                    + " or moved meanwhile");
            return "redirect:/consultations/" + consultationId;
        }
        redirect.addFlashAttribute("success", "The consultation was cancelled. Its slot is free for others to book");
        return "redirect:/consultations/" + consultationId;
    }

    @PostMapping("/{consultationId}/outcome")
    String recordOutcome(@PathVariable String consultationId, @RequestParam(required = false) String outcome,
                         @RequestParam(required = false) String notes, Authentication authentication, Model model,
                         RedirectAttributes redirect) {
        checked(consultationId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", blankToNull(outcome));
        body.put("notes", notes == null ? "" : notes);
        try {
            gateway.post().uri("/api/consultations/{id}/outcome", consultationId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve().toBodilessEntity();
        } catch (GatewayProblem problem) {
            if (problem.isBadInput()) {
                return show(read(consultationId), null, outcome, notes, outcomeErrors(problem.problem()),
                        authentication, model);
            }
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("failure", "The outcome could not be recorded: it was already recorded, the"
                    + " consultation was cancelled or moved, or it has not started yet");
            return "redirect:/consultations/" + consultationId;
        }
        redirect.addFlashAttribute("success", "The outcome was recorded");
        return "redirect:/consultations/" + consultationId;
    }

    static FormErrors outcomeErrors(ApiProblem problem) {
        FormErrors errors = new FormErrors();
        for (ApiProblem.FieldError error : problem.errors()) {
            String message = error.message() == null ? "" : error.message();
            switch (error.field() == null ? "" : error.field()) {
                case "outcome" -> errors.add("outcome", "Select the outcome of the consultation");
                case "notes" -> errors.add("outcome-notes", message.contains("size") || message.contains("5000")
                        ? "The notes must be 5000 characters or fewer" : "Enter your notes of the consultation");
                default -> errors.add("outcome-form", "The outcome was not recorded: " + message);
            }
        }
        if (errors.isEmpty()) {
            errors.add("outcome-form", "The outcome was not recorded: check the details and try again");
        }
        return errors;
    }

    /** The free slots of the same type of consultant, to move a booked consultation to. */
    @GetMapping("/{consultationId}/reschedule")
    String reschedulePage(@PathVariable String consultationId, Model model, RedirectAttributes redirect) {
        Consultation consultation = read(consultationId);
        if (!consultation.mayBeMoved()) {
            redirect.addFlashAttribute("failure", "Only a booked consultation that has not started can be moved");
            return "redirect:/consultations/" + consultationId;
        }
        return showReschedule(consultation, null, new FormErrors(), model);
    }

    @PostMapping("/{consultationId}/reschedule")
    String reschedule(@PathVariable String consultationId, @RequestParam(required = false) String toSlotId,
                      Model model, RedirectAttributes redirect) {
        checked(consultationId);
        Consultation moved;
        try {
            moved = gateway.post().uri("/api/consultations/{id}/reschedule", consultationId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(java.util.Collections.singletonMap("toSlotId", blankToNull(toSlotId)))
                    .retrieve().body(Consultation.class);
        } catch (GatewayProblem problem) {
            if (problem.isBadInput() || problem.status() == 409) {
                FormErrors errors = new FormErrors();
                errors.add("toSlotId", problem.status() == 409
                        ? "The consultation was not moved: that slot has just been booked by someone else, or the"
                          + " consultation changed meanwhile. Choose another slot"
                        : toSlotId == null || toSlotId.isBlank() ? "Select the slot to move the consultation to"
                        : "Select a free slot with the same type of consultant");
                Consultation consultation = read(consultationId);
                if (!consultation.mayBeMoved()) {
                    redirect.addFlashAttribute("failure", "The consultation was not moved: it is no longer booked, or it has started");
                    return "redirect:/consultations/" + consultationId;
                }
                return showReschedule(consultation, toSlotId, errors, model);
            }
            throw problem;
        }
        ConsultationWords words = ConsultationWords.INSTANCE;
        redirect.addFlashAttribute("success", moved == null ? "The consultation was moved"
                : "The consultation was moved to " + words.day(moved.startsAt()) + ", "
                  + words.times(moved.startsAt(), moved.endsAt()) + ". Its old slot is free for others to book");
        return "redirect:/consultations/" + consultationId;
    }

    private String showReschedule(Consultation consultation, String chosen, FormErrors errors, Model model) {
        String uri = UriComponentsBuilder.fromPath("/api/consultations/slots")
                .queryParam("consultantType", consultation.consultantType()).build().toUriString();
        Slot[] free = gateway.get().uri(uri).retrieve().body(Slot[].class);
        List<Slot> slots = free == null ? List.of() : Arrays.stream(free)
                .filter(slot -> !slot.id().equals(consultation.slotId()))
                .sorted(Comparator.comparing(Slot::startsAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("consultation", consultation);
        model.addAttribute("slots", slots);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("words", ConsultationWords.INSTANCE);
        return "consultations/reschedule";
    }

    private String show(Consultation consultation, String reason, String outcome, String notes, FormErrors errors,
                        Authentication authentication, Model model) {
        Person person = Person.of(authentication).orElseThrow();
        model.addAttribute("consultation", consultation);
        model.addAttribute("me", person.subject());
        model.addAttribute("practitioner", person.holds("PRACTITIONER"));
        model.addAttribute("reason", reason);
        model.addAttribute("outcome", outcome);
        model.addAttribute("notes", notes);
        model.addAttribute("errors", errors);
        model.addAttribute("reasons", ConsultationWords.choices(ConsultationWords.CANCELLATION_REASONS));
        model.addAttribute("outcomes", ConsultationWords.choices(ConsultationWords.OUTCOMES));
        model.addAttribute("words", ConsultationWords.INSTANCE);
        return PAGE;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
