package org.frontdoor.console.queue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.frontdoor.console.config.ConsoleProperties;
import org.frontdoor.console.gateway.ApiProblem;
import org.frontdoor.console.gateway.GatewayProblem;
import org.frontdoor.console.layout.Person;
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
 * The triage queue (triage workers and managers): {@code GET /api/triage/queue} in the order triage-service gives
 * (immediate risk, strategy discussion, priority, routine, then the earliest deadline), with the filters as a GET
 * form and claim / release as POST forms that go back to the same filtered queue.
 */
@Controller
@RequestMapping("/queue")
class QueueController {

    private static final Pattern REFERRAL_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final RestClient gateway;
    private final List<String> localities;

    QueueController(RestClient gateway, ConsoleProperties properties) {
        this.gateway = gateway;
        this.localities = List.copyOf(properties.localities());
    }

    @GetMapping
    String queue(@RequestParam(required = false) String pathway, @RequestParam(required = false) String locality,
                 @RequestParam(required = false) String assignee, Authentication authentication, Model model) {
        QueueFilters filters = QueueFilters.of(pathway, locality, assignee, localities);
        String uri = UriComponentsBuilder.fromPath("/api/triage/queue")
                .queryParamIfPresent("pathway", java.util.Optional.ofNullable(filters.pathway()))
                .queryParamIfPresent("locality", java.util.Optional.ofNullable(filters.locality()))
                .queryParamIfPresent("assignee", java.util.Optional.ofNullable(filters.assignee()))
                .build().toUriString();
        QueueEntry[] entries = gateway.get().uri(uri).retrieve().body(QueueEntry[].class);
        Person person = Person.of(authentication).orElseThrow();
        model.addAttribute("entries", entries == null ? List.of() : Arrays.asList(entries));
        model.addAttribute("filters", filters);
        model.addAttribute("pathways", QueueFilters.PATHWAY_ORDER.stream()
                .map(code -> new Choice(code, QueueFilters.pathwayName(code))).toList());
        model.addAttribute("localities", localities.stream()
                .map(code -> new Choice(code, QueueFilters.localityName(code))).toList());
        model.addAttribute("manager", person.holds("TRIAGE_MANAGER"));
        model.addAttribute("me", person.subject());
        return "queue/queue";
    }

    record Choice(String value, String label) {
    }

    @PostMapping("/{referralId}/claim")
    String claim(@PathVariable String referralId, @RequestParam(required = false) String pathway,
                 @RequestParam(required = false) String locality, @RequestParam(required = false) String assignee,
                 RedirectAttributes redirect) {
        return act(referralId, "claim", "You claimed the referral", filtersOf(pathway, locality, assignee), redirect);
    }

    @PostMapping("/{referralId}/release")
    String release(@PathVariable String referralId, @RequestParam(required = false) String pathway,
                   @RequestParam(required = false) String locality, @RequestParam(required = false) String assignee,
                   RedirectAttributes redirect) {
        return act(referralId, "release", "You released the referral back to the queue",
                filtersOf(pathway, locality, assignee), redirect);
    }

    private QueueFilters filtersOf(String pathway, String locality, String assignee) {
        return QueueFilters.of(pathway, locality, assignee, localities);
    }

    private String act(String referralId, String action, String done, QueueFilters filters, RedirectAttributes redirect) {
        if (!REFERRAL_ID.matcher(referralId).matches()) {
            throw new GatewayProblem(404, new ApiProblem(null, "Not found", 404, null, null));
        }
        try {
            gateway.post().uri("/api/triage/{referralId}/" + action, referralId).retrieve().toBodilessEntity();
            redirect.addFlashAttribute("success", done);
            redirect.addFlashAttribute("successReferral", referralId);
        } catch (GatewayProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("failure", action.equals("claim")
                    ? "The referral could not be claimed: someone else has claimed it, or it has been decided or withdrawn"
                    : "The referral could not be released: it is not claimed, or it has been decided or withdrawn");
        }
        if (filters.pathway() != null) {
            redirect.addAttribute("pathway", filters.pathway());
        }
        if (filters.locality() != null) {
            redirect.addAttribute("locality", filters.locality());
        }
        if (filters.assignee() != null) {
            redirect.addAttribute("assignee", filters.assignee());
        }
        return "redirect:/queue";
    }
}
