package org.frontdoor.console.performance;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.frontdoor.console.config.ConsoleProperties;
import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.GatewayProblem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * The performance page (performance officers and administrators, who alone may read outcomes-service): the
 * scorecard of a period beside the previous one ({@code GET /api/outcomes/scorecard} gives both), each indicator
 * with what it counts, the timeliness and re-referral figures of the 12 months up to it as a chart and a table, and
 * the downloads (the scorecard CSV, the Annex A lists) passed through from outcomes-service unchanged.
 */
@Controller
@RequestMapping("/performance")
class PerformanceController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final RestClient gateway;
    private final ObjectMapper json;
    private final List<String> localities;
    private final Map<String, String> localityNames;
    private final IndicatorDefinitions definitions = IndicatorDefinitions.load();

    PerformanceController(RestClient gateway, ObjectMapper json, ConsoleProperties properties) {
        this.gateway = gateway;
        this.json = json;
        this.localities = List.copyOf(properties.localities());
        Map<String, String> names = new LinkedHashMap<>();
        localities.forEach(code -> names.put(code, localityName(code)));
        this.localityNames = java.util.Collections.unmodifiableMap(names);
    }

    @GetMapping
    String performance(@RequestParam(required = false) String period, @RequestParam(required = false) String locality,
                       @RequestParam(required = false) String source, @RequestParam(required = false) String pathway,
                       Model model) {
        LocalDate today = LocalDate.now(LONDON);
        PerformanceFilters filters = PerformanceFilters.of(period, locality, source, pathway, localities, today);
        model.addAttribute("filters", filters);
        model.addAttribute("localities", PerformanceFilters.choices(localityNames));
        model.addAttribute("sources", PerformanceFilters.choices(PerformanceFilters.SOURCES));
        model.addAttribute("pathways", PerformanceFilters.choices(PerformanceFilters.PATHWAYS));
        model.addAttribute("errors", new FormErrors());
        if (!filters.periodCouldBeRead()) {
            FormErrors errors = new FormErrors();
            errors.add("period", PerformanceFilters.periodMessage(""));
            model.addAttribute("errors", errors);
            return "performance/performance";
        }
        Scorecard scorecard;
        try {
            scorecard = gateway.get().uri(filters.scorecardUri()).accept(MediaType.APPLICATION_JSON)
                    .retrieve().body(Scorecard.class);
        } catch (GatewayProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            model.addAttribute("errors", PerformanceFilters.errorsOf(problem.problem()));
            return "performance/performance";
        }
        if (scorecard == null || scorecard.period() == null || scorecard.period().to() == null) {
            throw new GatewayProblem(502, null);
        }
        model.addAttribute("scorecard", scorecard);
        model.addAttribute("sections", scorecard.sections(definitions));
        model.addAttribute("filtersInWords", filters.inWords(localityNames));
        model.addAttribute("asOf", PerformanceWords.day(scorecard.asOf()));

        YearMonth thisMonth = YearMonth.from(today);
        YearMonth periodEnds = YearMonth.from(scorecard.period().to().minusDays(1));
        YearMonth last = periodEnds.isAfter(thisMonth) ? thisMonth : periodEnds;
        model.addAttribute("lastMonthSoFar", last.equals(thisMonth) ? PerformanceWords.month(thisMonth) : null);
        MonthlyFigures.read(gateway, filters, last).ifPresentOrElse(months -> {
            model.addAttribute("months", months);
            model.addAttribute("chart", MonthlyChart.of(months));
        }, () -> model.addAttribute("monthsUnavailable", true));
        model.addAttribute("annexA", AnnexA.links(scorecard.period()));
        return "performance/performance";
    }

    /**
     * The scorecard of the page's period and filters as outcomes-service's CSV (an audited export). A period
     * outcomes-service refuses (an edited address) goes back to the page, which says why on the form.
     */
    @GetMapping("/scorecard.csv")
    void scorecardFile(@RequestParam(required = false) String period, @RequestParam(required = false) String locality,
                       @RequestParam(required = false) String source, @RequestParam(required = false) String pathway,
                       HttpServletResponse response) throws IOException {
        PerformanceFilters filters = PerformanceFilters.of(period, locality, source, pathway, localities,
                LocalDate.now(LONDON));
        if (filters.periodCouldBeRead()) {
            try {
                CsvDownload.pass(gateway, filters.scorecardUri(), "scorecard.csv", json, response);
                return;
            } catch (GatewayProblem problem) {
                if (problem.status() != 400 || response.isCommitted()) {
                    throw problem;
                }
            }
        }
        response.sendRedirect(filters.page());
    }

    /** An Ofsted Annex A list (list-1 contacts, list-2 early help assessments, list-3 referrals) of a period. */
    @GetMapping("/annex-a/{list:list-[123]}.csv")
    void annexA(@PathVariable String list, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                HttpServletResponse response) {
        String uri = UriComponentsBuilder.fromPath("/api/outcomes/exports/annex-a/" + list)
                .queryParam("from", from).queryParam("to", to).build().toUriString();
        CsvDownload.pass(gateway, uri, "annex-a-" + list + "_" + from + "_" + to + ".csv", json, response);
    }

    /** {@code NORTH} → "North", {@code SANDBACH_MIDDLEWICH} → "Sandbach middlewich": the code, readable. */
    static String localityName(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.UK);
        return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
