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
 * The case lists, from {@code GET /api/cases}: a practitioner's <em>My cases</em> (the cases they lead), a
 * manager's <em>Early help cases</em> (every case), and <em>Unallocated cases</em> (open, no lead professional yet)
 * for both.
 *
 * <p>case-service does the filtering: {@code mine=true} gives the caller's own cases, {@code unallocated=true} the
 * open unallocated ones, longest waiting first. The console reads a page of up to {@value #PAGE_SIZE} cases; "Read
 * the next cases" reads the API's next page. Each line carries today's next review date, whether it is overdue, the
 * overdue actions and whether the case is drifting; an unallocated line how long it has waited.
 */
@Controller
class CasesController {

    static final int PAGE_SIZE = 100;
    private static final int LAST_PAGE = 1000;

    private final RestClient gateway;

    CasesController(RestClient gateway) {
        this.gateway = gateway;
    }

    /** A status filter: open (the default), closed, or all. */
    record StatusFilter(String value, String label) {
    }

    static final List<StatusFilter> STATUSES = List.of(new StatusFilter("OPEN", "Open"),
            new StatusFilter("CLOSED", "Closed"), new StatusFilter("ALL", "Open and closed"));

    @GetMapping("/cases")
    String cases(@RequestParam(required = false) String status, @RequestParam(required = false) String page,
                 Authentication authentication, Model model) {
        Person person = Person.of(authentication).orElseThrow();
        boolean manager = person.holds("TRIAGE_MANAGER");
        String shown = STATUSES.stream().map(StatusFilter::value).filter(v -> v.equals(status)).findFirst()
                .orElse("OPEN");
        String me = person.subject();
        list(shown.equals("ALL") ? null : shown, manager ? null : "mine", pageNumber(page), model);
        model.addAttribute("list", manager ? "all" : "mine");
        model.addAttribute("status", shown);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("me", me);
        return "cases/list";
    }

    @GetMapping("/unallocated-cases")
    String unallocated(@RequestParam(required = false) String page, Authentication authentication, Model model) {
        Person person = Person.of(authentication).orElseThrow();
        // A case is led before it closes: an unallocated case is an open one.
        list("OPEN", "unallocated", pageNumber(page), model);
        model.addAttribute("list", "unallocated");
        model.addAttribute("status", "OPEN");
        model.addAttribute("me", person.subject());
        return "cases/list";
    }

    /** @param only {@code "mine"} or {@code "unallocated"}: the API's filter ({@code null}: every case the caller may see) */
    private void list(String status, String only, int page, Model model) {
        String uri = UriComponentsBuilder.fromPath("/api/cases")
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent(only == null ? "mine" : only, Optional.ofNullable(only == null ? null : "true"))
                .queryParam("page", page)
                .queryParam("size", PAGE_SIZE)
                .build().toUriString();
        CaseLine[] read = gateway.get().uri(uri).retrieve().body(CaseLine[].class);
        List<CaseLine> all = read == null ? List.of() : Arrays.asList(read);
        model.addAttribute("lines", all);
        model.addAttribute("page", page);
        model.addAttribute("morePages", all.size() == PAGE_SIZE && page < LAST_PAGE);
        model.addAttribute("words", CaseWords.INSTANCE);
    }

    private static int pageNumber(String page) {
        if (page == null || !page.matches("\\d{1,4}")) {
            return 0;
        }
        return Math.min(Integer.parseInt(page), LAST_PAGE);
    }
}
