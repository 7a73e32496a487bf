package org.frontdoor.console.cases;

import java.util.Arrays;
import java.util.List;

import org.frontdoor.console.layout.Person;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;

/**
 * <em>Caseloads</em>, a triage manager's page from {@code GET /api/cases/caseloads}: one row per lead professional
 * (their open cases, reviews overdue, drifting cases and overdue actions) and the unallocated cases with the longest
 * wait. A lead professional's row opens their open cases ({@code GET /api/cases/caseloads/{leadProfessionalId}}),
 * shown as the case lists are, {@value CasesController#PAGE_SIZE} at a time. case-service checks the role again; its
 * 403 is the no-access page.
 */
@Controller
class CaseloadsController {

    private static final int LAST_PAGE = 1000;

    private final RestClient gateway;

    CaseloadsController(RestClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/cases/caseloads")
    String caseloads(Authentication authentication, Model model) {
        Person person = Person.of(authentication).orElseThrow();
        Caseloads caseloads = gateway.get().uri("/api/cases/caseloads").retrieve().body(Caseloads.class);
        model.addAttribute("caseloads", caseloads == null ? new Caseloads(null, null, null) : caseloads);
        model.addAttribute("words", CaseWords.INSTANCE);
        model.addAttribute("me", person.subject());
        return "cases/caseloads";
    }

    @GetMapping("/cases/caseloads/{leadProfessionalId}")
    String caseload(@PathVariable String leadProfessionalId, @RequestParam(required = false) String page,
                    Authentication authentication, Model model) {
        Person person = Person.of(authentication).orElseThrow();
        int number = page == null || !page.matches("\\d{1,4}") ? 0 : Math.min(Integer.parseInt(page), LAST_PAGE);
        CaseLine[] read = gateway.get()
                .uri("/api/cases/caseloads/{id}?page={page}&size={size}", leadProfessionalId, number,
                        CasesController.PAGE_SIZE)
                .retrieve().body(CaseLine[].class);
        List<CaseLine> lines = read == null ? List.of() : Arrays.asList(read);
        model.addAttribute("lines", lines);
        model.addAttribute("page", number);
        model.addAttribute("morePages", lines.size() == CasesController.PAGE_SIZE && number < LAST_PAGE);
        model.addAttribute("list", "caseload");
        model.addAttribute("worker", leadProfessionalId);
        model.addAttribute("status", "OPEN");
        model.addAttribute("words", CaseWords.INSTANCE);
        model.addAttribute("me", person.subject());
        return "cases/list";
    }
}
