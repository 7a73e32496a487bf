package org.frontdoor.console.consultations;

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
 * twice) and see "My consultations" ({@code GET /api/consultations/mine}: every consultation they booked, paged).
 */
@Controller
class BookingController {

    static final String FORM = "consultations/book";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,100}");
    /** Consultations on one page of "My consultations" (the API takes 1 to 200). */
    static final int PAGE_SIZE = 20;
    /** The last page the console asks for (the API refuses a page beyond about ten million of 200). */
    private static final int LAST_PAGE = 1_000_000;

    private final RestClient gateway;

    BookingController(RestClient gateway) {
        this.gateway = gateway;
    }

    /** The free slots that can still be booked in the next 28 days (the API's default), filtered by type. */
    /**
     * @param caseId the early help case the booking is for (a drifting case's page links here with it): carried to
     *               the booking form when it is an id, else left out
     */
    @GetMapping("/free-slots")
    String freeSlots(@RequestParam(required = false) String consultantType,
                     @RequestParam(required = false) String caseId, Model model) {
        String type = consultantType != null && ConsultationWords.TYPES.containsKey(consultantType) ? consultantType : null;
        model.addAttribute("slots", free(type));
        model.addAttribute("consultantType", type);
        model.addAttribute("caseId", caseId != null && ConsultationController.looksLikeAnId(caseId) ? caseId : null);
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
    String bookingForm(@PathVariable String slotId, @RequestParam(required = false) String caseId, Model model,
                       RedirectAttributes redirect) {
        ConsultationController.checked(slotId);
        Optional<Slot> slot = stillFree(slotId);
        if (slot.isEmpty()) {
            return noLongerFree(redirect, caseId);
        }
        BookingForm form = new BookingForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.setCaseId(caseId);
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
                    return noLongerFree(redirect, form.getCaseId());
                }
                return show(slot.get(), form, BookingForm.errorsOf(problem.problem()), model);
            }
            if (problem.status() == 409) {
                redirect.addFlashAttribute("failure", "The consultation was not booked: the slot has just been booked by"
                        + " someone else or withdrawn by the consultant. Choose another slot");
                return backToFreeSlots(form.getCaseId());
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

    /**
     * "My consultations": every consultation this person booked ({@code GET /api/consultations/mine}), one page of
     * {@value #PAGE_SIZE}, the API's order (latest start first) split into those coming up (soonest first) and those
     * that have started or passed (latest first). {@code page} counts from 1; anything else is the first page.
     */
    @GetMapping("/consultations")
    String mine(@RequestParam(required = false) String page, Model model) {
        int shown = pageNumber(page);
        String uri = UriComponentsBuilder.fromPath("/api/consultations/mine")
                .queryParam("page", shown - 1).queryParam("size", PAGE_SIZE).build().toUriString();
        OwnConsultations mine = gateway.get().uri(uri).retrieve().body(OwnConsultations.class);
        List<Consultation> all = mine == null ? List.of() : mine.consultations();
        long total = mine == null ? 0 : mine.totalConsultations();
        model.addAttribute("upcoming", all.stream().filter(c -> !c.hasStarted())
                .sorted(Comparator.comparing(Consultation::startsAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
        model.addAttribute("earlier", all.stream().filter(Consultation::hasStarted).toList());
        model.addAttribute("total", total);
        model.addAttribute("page", shown);
        model.addAttribute("previousPage", shown > 1 ? shown - 1 : null);
        model.addAttribute("nextPage", (long) shown * PAGE_SIZE < total ? shown + 1 : null);
        model.addAttribute("words", ConsultationWords.INSTANCE);
        return "consultations/mine";
    }

    private static int pageNumber(String page) {
        if (page == null || !page.matches("[0-9]{1,7}")) {
            return 1;
        }
        int number = Integer.parseInt(page);
        return number < 1 || number > LAST_PAGE ? 1 : number;
    }

    /** Back to the free slots, still for the early help case the booking was for (an id, or none). */
    private static String backToFreeSlots(String caseId) {
        return caseId == null || !ConsultationController.looksLikeAnId(caseId) ? "redirect:/free-slots"
                : "redirect:/free-slots?consultantType=EARLY_HELP_SOCIAL_WORKER&caseId=" + caseId;
    }

    private static String noLongerFree(RedirectAttributes redirect, String caseId) {
        redirect.addFlashAttribute("failure", "That slot is no longer free: it has been booked, withdrawn or has"
                + " started. Choose another slot");
        return backToFreeSlots(caseId);
    }

    private String show(Slot slot, BookingForm form, FormErrors errors, Model model) {
        model.addAttribute("slot", slot);
        model.addAttribute("booking", form);
        model.addAttribute("errors", errors);
        model.addAttribute("words", ConsultationWords.INSTANCE);
        return FORM;
    }
}
