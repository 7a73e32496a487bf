package org.frontdoor.console.consultations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;
import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.GatewayProblem;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A consultant's slots (consultants only): "My diary" ({@code GET /api/consultations/slots/mine}: their own slots of
 * every status, each booked one with its consultation), publish a slot ({@code POST /api/consultations/slots}) and
 * withdraw one nobody has booked ({@code POST /api/consultations/slots/{slotId}/withdrawal}).
 */
@Controller
class DiaryController {

    static final String PUBLISH_FORM = "consultations/publish-slot";
    /** How far back the diary looks: consultations held recently, whose outcome may still be to record. */
    static final int DAYS_BACK = 7;
    /** How far ahead the diary looks (the API allows at most 92 days in one read). */
    static final int DAYS_AHEAD = 28;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,100}");

    private final RestClient gateway;

    DiaryController(RestClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/diary")
    String diary(Model model) {
        LocalDate today = LocalDate.now(ConsultationWords.LONDON);
        Instant from = today.minusDays(DAYS_BACK).atStartOfDay(ConsultationWords.LONDON).toInstant();
        Instant to = today.plusDays(DAYS_AHEAD + 1L).atStartOfDay(ConsultationWords.LONDON).toInstant();
        String uri = UriComponentsBuilder.fromPath("/api/consultations/slots/mine")
                .queryParam("from", from).queryParam("to", to).build().toUriString();
        Slot[] diary = gateway.get().uri(uri).retrieve().body(Slot[].class);
        List<Slot> mine = diary == null ? List.of() : Arrays.stream(diary)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Slot::startsAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        // coming up: every slot not started yet; earlier: the consultations of the last days (a free or withdrawn
        // slot that has passed asks nothing more of the consultant)
        model.addAttribute("slots", mine.stream().filter(slot -> !slot.hasStarted()).toList());
        model.addAttribute("earlier", mine.stream().filter(slot -> slot.hasStarted() && slot.hasConsultation())
                .sorted(Comparator.comparing(Slot::startsAt).reversed()).toList());
        model.addAttribute("daysBack", DAYS_BACK);
        model.addAttribute("words", ConsultationWords.INSTANCE);
        return "consultations/diary";
    }

    @GetMapping("/slots/new")
    String newSlot(Model model) {
        SlotForm form = new SlotForm();
        form.setKey(UUID.randomUUID().toString());
        return show(form, new FormErrors(), model);
    }

    @PostMapping("/slots")
    String publish(@ModelAttribute("slot") SlotForm form, HttpSession session, Model model,
                   RedirectAttributes redirect) {
        if (form.getKey() == null || !KEY.matcher(form.getKey()).matches()) {
            form.setKey(UUID.randomUUID().toString());
        }
        SentForms published = SentForms.publications(session);
        if (published.madeWith(form.getKey()).isPresent()) {
            redirect.addFlashAttribute("success", "This slot was already published. It has not been published twice");
            return "redirect:/diary";
        }
        FormErrors errors = new FormErrors();
        Map<String, Object> body = form.body(errors);
        if (body == null) {
            return show(form, errors, model);
        }
        Slot slot;
        try {
            slot = gateway.post().uri("/api/consultations/slots")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .body(Slot.class);
        } catch (GatewayProblem problem) {
            if (problem.isBadInput()) {
                return show(form, SlotForm.errorsOf(problem.problem()), model);
            }
            if (problem.status() == 409) {
                FormErrors conflict = new FormErrors();
                conflict.add(SlotForm.FORM_ID, "The slot was not published: it overlaps another of your slots, or you"
                        + " have published slots as another type of consultant (a consultant publishes slots of one type"
                        + " only)");
                return show(form, conflict, model);
            }
            throw problem;
        }
        published.remember(form.getKey(), slot == null || slot.id() == null ? "published" : slot.id());
        redirect.addFlashAttribute("success", slot == null ? "The slot was published"
                : "The slot was published: " + said(slot.startsAt(), slot.endsAt()));
        return "redirect:/diary";
    }

    @PostMapping("/slots/{slotId}/withdrawal")
    String withdraw(@PathVariable String slotId, RedirectAttributes redirect) {
        ConsultationController.checked(slotId);
        try {
            Slot slot = gateway.post().uri("/api/consultations/slots/{slotId}/withdrawal", slotId)
                    .retrieve().body(Slot.class);
            redirect.addFlashAttribute("success", slot == null ? "The slot was withdrawn"
                    : "The slot was withdrawn: " + said(slot.startsAt(), slot.endsAt()));
        } catch (GatewayProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("failure",
                    "The slot could not be withdrawn: it has just been booked, or it was already withdrawn");
        }
        return "redirect:/diary";
    }

    private static String said(Instant startsAt, Instant endsAt) {
        ConsultationWords words = ConsultationWords.INSTANCE;
        return words.day(startsAt) + ", " + words.times(startsAt, endsAt);
    }

    private String show(SlotForm form, FormErrors errors, Model model) {
        model.addAttribute("slot", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", ConsultationWords.choices(ConsultationWords.TYPES));
        model.addAttribute("modes", ConsultationWords.choices(ConsultationWords.MODES));
        model.addAttribute("lengths", ConsultationWords.lengths());
        return PUBLISH_FORM;
    }
}
