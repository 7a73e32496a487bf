package org.frontdoor.console.consultations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Practitioners find a free slot by type of consultant ({@code GET /api/consultations/slots}), book it with their
 * question ({@code POST /api/consultations} with the form's {@code Idempotency-Key}, so a double submit never books
 * twice) and see "My consultations".
 *
 * <p>consultation-service cannot list the consultations a practitioner booked: "My consultations" are those booked
 * in this session ({@link SentForms}), each read again from the API (see the README for the read that is missing).
 */
@Controller
class BookingController {

    static final String FORM = "consultations/book";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,100}");

    private final RestClient gateway;

    BookingController(RestClient gateway) {
        this.gateway = gateway;
    }

    /** The free slots that can still be booked in the next 28 days (the API's default), filtered by type. */
    @GetMapping("/free-slots")
    String freeSlots(@RequestParam(required = false) String consultantType, Model model) {
        String type = consultantType != null && ConsultationWords.TYPES.containsKey(consultantType) ? consultantType : null;
        model.addAttribute("slots", free(type));
        model.addAttribute("consultantType", type);
        model.addAttribute("types", ConsultationWords.choices(ConsultationWords.TYPES));
        model.addAttribute("words", ConsultationWords.INSTANCE);
        return "consultations/free-slots";
    }

    private List<Slot> free(String type) {
        String uri = UriComponentsBuilder.fromPath("/api/consultations/slots")
                .queryParamIfPresent("consultantType", Optional.ofNullable(type)).build().toUriString();
        Slot[] slots = gateway.get().uri(uri).retrieve().body(Slot[].class);
        return slots == null ? List.of() : Arrays.stream(slots)
                .sorted(Comparator.comparing(Slot::startsAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The slot as the free list shows it now; empty when it is booked, withdrawn or has started meanwhile. */
    private Optional<Slot> stillFree(String slotId) {
        return free(null).stream().filter(slot -> slotId.equals(slot.id())).findFirst();
    }

    @GetMapping("/free-slots/{slotId}/booking")
    String bookingForm(@PathVariable String slotId, Model model, RedirectAttributes redirect) {
        ConsultationController.checked(slotId);
        Optional<Slot> slot = stillFree(slotId);
        if (slot.isEmpty()) {
            return noLongerFree(redirect);
        }
        BookingForm form = new BookingForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        return show(slot.get(), form, new FormErrors(), model);
    }

    @PostMapping("/free-slots/{slotId}/booking")
    String book(@PathVariable String slotId, @ModelAttribute("booking") BookingForm form, HttpSession session,
                Model model, RedirectAttributes redirect) {
        ConsultationController.checked(slotId);
        if (form.getIdempotencyKey() == null || !KEY.matcher(form.getIdempotencyKey()).matches()) {
            form.setIdempotencyKey(UUID.randomUUID().toString());
        }
        SentForms booked = SentForms.bookings(session);
        Optional<String> earlier = booked.madeWith(form.getIdempotencyKey());
        if (earlier.isPresent()) {
            redirect.addFlashAttribute("success", "This consultation was already booked. It has not been booked twice");
            return "redirect:/consultations/" + earlier.get();
        }
        Consultation consultation;
        try {
            consultation = gateway.post().uri("/api/consultations")
                    .header("Idempotency-Key", form.getIdempotencyKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(form.body(slotId))
                    .retrieve()
                    .body(Consultation.class);
        } catch (GatewayProblem problem) {
            if (problem.isBadInput()) {
                Optional<Slot> slot = stillFree(slotId);
                if (slot.isEmpty()) {
                    return noLongerFree(redirect);
                }
                return show(slot.get(), form, BookingForm.errorsOf(problem.problem()), model);
            }
            if (problem.status() == 409) {
                redirect.addFlashAttribute("failure", "The consultation was not booked: the slot has just been booked by"
                        + " someone else or withdrawn by the consultant. Choose another slot");
                return "redirect:/free-slots";
            }
            throw problem;
        }
        if (consultation == null || !ConsultationController.looksLikeAnId(consultation.id())) {
            throw new GatewayProblem(502, new ApiProblem(null, "Unexpected answer", 502, null, null));
        }
        booked.remember(form.getIdempotencyKey(), consultation.id());
        redirect.addFlashAttribute("success", "The consultation was booked");
        return "redirect:/consultations/" + consultation.id();
    }

    /** "My consultations": those this practitioner booked in this session, read again, in date order. */
    @GetMapping("/consultations")
    String mine(HttpSession session, Model model) {
        List<Consultation> consultations = new ArrayList<>();
        for (String id : SentForms.bookings(session).made()) {
            try {
                consultations.add(gateway.get().uri("/api/consultations/{id}", id).retrieve().body(Consultation.class));
            } catch (GatewayProblem problem) {
                if (!problem.isNoAccess()) {
                    throw problem;
                }
                // not (or no longer) theirs to see: left out
            }
        }
        consultations.removeIf(java.util.Objects::isNull);
        consultations.sort(Comparator.comparing(Consultation::startsAt, Comparator.nullsLast(Comparator.naturalOrder())));
        model.addAttribute("consultations", consultations);
        model.addAttribute("words", ConsultationWords.INSTANCE);
        return "consultations/mine";
    }

    private static String noLongerFree(RedirectAttributes redirect) {
        redirect.addFlashAttribute("failure", "That slot is no longer free: it has been booked, withdrawn or has"
                + " started. Choose another slot");
        return "redirect:/free-slots";
    }

    private String show(Slot slot, BookingForm form, FormErrors errors, Model model) {
        model.addAttribute("slot", slot);
        model.addAttribute("booking", form);
        model.addAttribute("errors", errors);
        model.addAttribute("words", ConsultationWords.INSTANCE);
        return FORM;
    }
}
