package org.frontdoor.console.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.frontdoor.console.layout.Person;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * <em>Cases needing attention</em>, a triage manager's list from {@code GET /api/cases/attention}: the open cases
 * that are drifting (open too long, or reviewed too many times) or whose review is overdue, longest open first, {@value
 * #PAGE_SIZE} at a time. The filter narrows it to the drifting or the overdue ones; case-service audits each case
 * listed.
 */
@Controller
class AttentionController {

    static final int PAGE_SIZE = 50;
    private static final int LAST_PAGE = 1000;

    /** What the list shows: every case needing attention, the drifting ones, or those with their review overdue. */
    record Filter(String value, String label) {
    }

    static final List<Filter> FILTERS = List.of(new Filter("ALL", "Drifting or review overdue"),
            new Filter("DRIFTING", "Drifting"), new Filter("OVERDUE", "Review overdue"));

    private final RestClient gateway;

    AttentionController(RestClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/cases/attention")
    String attention(@RequestParam(required = false) String show, @RequestParam(required = false) String page,
                     Authentication authentication, Model model) {
        Person person = Person.of(authentication).orElseThrow();
        String shown = FILTERS.stream().map(Filter::value).filter(v -> v.equals(show)).findFirst().orElse("ALL");
        int number = page == null || !page.matches("\\d{1,4}") ? 0 : Math.min(Integer.parseInt(page), LAST_PAGE);
        String uri = UriComponentsBuilder.fromPath("/api/cases/attention")
                .queryParamIfPresent("drifting", Optional.ofNullable(shown.equals("DRIFTING") ? "true" : null))
                .queryParamIfPresent("reviewOverdue", Optional.ofNullable(shown.equals("OVERDUE") ? "true" : null))
                .queryParam("page", number)
                .queryParam("size", PAGE_SIZE)
                .build().toUriString();
        AttentionLine[] read = gateway.get().uri(uri).retrieve().body(AttentionLine[].class);
        List<AttentionLine> lines = read == null ? List.of() : Arrays.asList(read);
        model.addAttribute("lines", lines);
        model.addAttribute("page", number);
        model.addAttribute("morePages", lines.size() == PAGE_SIZE && number < LAST_PAGE);
        model.addAttribute("show", shown);
        model.addAttribute("filters", FILTERS);
        model.addAttribute("words", CaseWords.INSTANCE);
        model.addAttribute("me", person.subject());
        return "cases/attention";
    }
}
