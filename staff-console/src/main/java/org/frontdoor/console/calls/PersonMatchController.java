package org.frontdoor.console.calls;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.frontdoor.console.gateway.GatewayProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Live possible matches on Log a call ({@code person-matches.js}): as the officer types a child's names and date of
 * birth, the children already known to the front door who may be that child, as a small HTML fragment for the
 * script to show under the child's fields. A POST with the page's CSRF token, so nothing typed is ever in an address
 * of the console (the gateway's search takes them as query parameters: that is referral-service's API). Without
 * JavaScript nothing calls it, and the person index matches the child after the call is logged, as before.
 */
@Controller
class PersonMatchController {

    private static final Logger log = LoggerFactory.getLogger(PersonMatchController.class);
    static final String FRAGMENT = "calls/person-matches :: matches";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Map<String, String> STATUS = Map.of(
            "RECEIVED", "waiting for a triage decision",
            "DECIDED", "decided",
            "WITHDRAWN", "withdrawn");

    private final RestClient gateway;

    PersonMatchController(RestClient gateway) {
        this.gateway = gateway;
    }

    /** A match as the fragment shows it: enough to recognise the child, and what "Choose" fills in. */
    record Shown(String childId, String name, String firstName, String lastName, String born, String day,
                 String month, String year, String history) {

        static Shown of(PersonMatches.Match match) {
            LocalDate born = match.dateOfBirth();
            return new Shown(match.childId(), match.name(), nullToEmpty(match.firstName()), nullToEmpty(match.lastName()),
                    born == null ? "date of birth not recorded" : "born " + born.format(DAY),
                    born == null ? "" : String.valueOf(born.getDayOfMonth()),
                    born == null ? "" : String.valueOf(born.getMonthValue()),
                    born == null ? "" : String.valueOf(born.getYear()),
                    history(match));
        }

        private static String history(PersonMatches.Match match) {
            String count = match.referrals() == 1 ? "1 earlier referral" : match.referrals() + " earlier referrals";
            Instant latest = match.latestReceivedAt();
            if (latest == null) {
                return count;
            }
            String when = latest.atZone(ReferralPayload.LONDON).toLocalDate().format(DAY);
            String status = STATUS.getOrDefault(match.latestStatus(), "");
            return count + (match.referrals() == 1 ? ", received " : ", the latest received ") + when
                    + (status.isEmpty() ? "" : " (" + status + ")");
        }

        private static String nullToEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    @PostMapping("/calls/person-matches")
    String matches(@ModelAttribute("typed") CallForm.Child typed, @RequestParam(defaultValue = "0") int child,
                   Model model) {
        model.addAttribute("child", Math.max(0, child));
        Optional<PersonMatches.Criteria> criteria = PersonMatches.criteria(typed.getFirstName(), typed.getLastName(),
                typed.getDateOfBirth());
        if (criteria.isEmpty()) {
            // Not yet enough to look for anyone: nothing is sent, nothing shown.
            model.addAttribute("searched", false);
            return FRAGMENT;
        }
        model.addAttribute("searched", true);
        Map<String, String> query = criteria.get().query(typed.getFirstName(), typed.getLastName());
        PersonMatches.SearchResults results;
        try {
            results = gateway.get()
                    .uri("/api/referrals?" + String.join("&", query.keySet().stream().map(k -> k + "={" + k + "}").toList())
                            + "&size=" + PersonMatches.PAGE_SIZE, query)
                    .retrieve()
                    .body(PersonMatches.SearchResults.class);
        } catch (GatewayProblem problem) {
            if (problem.status() == 401) {
                throw problem; // the person's token is not accepted: their session ends, as on every page
            }
            // The status only: the gateway's problem could quote the names searched for.
            log.warn("possible matches could not be read: the gateway answered {}", problem.status());
            model.addAttribute("unavailable", true);
            return FRAGMENT;
        } catch (ResourceAccessException unreachable) {
            log.warn("possible matches could not be read: the gateway could not be reached ({})",
                    unreachable.getCause() == null ? "no cause" : unreachable.getCause().getClass().getSimpleName());
            model.addAttribute("unavailable", true);
            return FRAGMENT;
        }
        List<Shown> matches = PersonMatches.of(results, criteria.get()).stream().map(Shown::of).toList();
        model.addAttribute("matches", matches);
        return FRAGMENT;
    }
}
