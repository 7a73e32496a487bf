package org.frontdoor.console.triage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.ApiProblem;
import org.frontdoor.console.gateway.GatewayProblem;
import org.frontdoor.console.layout.Person;
import org.frontdoor.console.layout.TimeLeft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.client.RestClient;

/**
 * The referral page's model, shown by every action that comes back to it (a GET, or a form the API refused):
 * triage's record, the authority's threshold configuration (the routes each level allows, the teams of each route),
 * the referral's outcome letters, and which form the person may use (decide, revise, approve or return).
 */
@Component
class ReferralPage {

    static final String VIEW = "triage/referral";
    static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(ReferralPage.class);

    private final RestClient gateway;

    ReferralPage(RestClient gateway) {
        this.gateway = gateway;
    }

    /** An id that is not one (an edited address) is not sent: the no-access page, as the API's 404 would be. */
    static String checked(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new GatewayProblem(404, new ApiProblem(null, "Not found", 404, null, null));
        }
        return id;
    }

    TriageRecord record(String referralId) {
        return gateway.get().uri("/api/triage/{referralId}", checked(referralId)).retrieve().body(TriageRecord.class);
    }

    TriageConfiguration configuration() {
        return gateway.get().uri("/api/triage/configuration").retrieve().body(TriageConfiguration.class);
    }

    /**
     * A fresh decision form: empty for a first decision; for a manager's revision, the decision in force as it stands
     * (level, route, team, primary need, factors, early help) with an empty rationale, since a revision says why.
     */
    static DecisionForm freshForm(TriageRecord record) {
        DecisionForm form = new DecisionForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        TriageRecord.Decision current = record.decision();
        if (current != null) {
            form.setRevisesDecisionId(current.decisionId());
            form.setLevel(String.valueOf(current.level()));
            form.setRoute(current.route());
            form.setTeam(current.team());
            form.setPrimaryNeed(current.primaryNeed());
            form.setAssessmentFactors(current.assessmentFactors());
            form.setEarlyHelpOffered(String.valueOf(current.earlyHelpOffered()));
        }
        return form;
    }

    String show(String referralId, DecisionForm form, FormErrors errors, String returnReason,
                Authentication authentication, Model model) {
        TriageRecord record = record(referralId);
        TriageConfiguration configuration = configuration();
        Person person = Person.of(authentication).orElseThrow();
        boolean manager = person.holds("TRIAGE_MANAGER");
        DecisionForm shown = form != null ? form : freshForm(record);
        model.addAttribute("referral", record);
        model.addAttribute("configuration", configuration);
        model.addAttribute("words", PageWords.INSTANCE);
        model.addAttribute("manager", manager);
        model.addAttribute("me", person.subject());
        model.addAttribute("timeLeft", timeLeft(record.deadline(), record.overdue(), Instant.now()));
        model.addAttribute("decision", shown);
        model.addAttribute("errors", errors == null ? new FormErrors() : errors);
        model.addAttribute("returnReason", returnReason);
        model.addAttribute("formMode", formMode(record, manager, person.subject()));
        model.addAttribute("levels", configuration.levels());
        model.addAttribute("routes", configuration.routesFor(shown.levelNumber()).stream()
                .map(route -> new RouteChoice(route, Words.route(route.route()))).toList());
        model.addAttribute("primaryNeeds", Words.choices(Words.PRIMARY_NEEDS));
        model.addAttribute("assessmentFactors", Words.choices(Words.ASSESSMENT_FACTORS));
        letters(referralId, model);
        return VIEW;
    }

    /** A route the form offers, with the authority's teams for it. */
    record RouteChoice(TriageConfiguration.RouteInfo info, String label) {

        public String value() {
            return info.route();
        }
    }

    /**
     * Which form the page offers: {@code decide} (open, no level-4 proposal waiting, not someone else's claim unless a
     * manager), {@code revise} (decided, a manager), {@code approve} (a proposal waiting, a manager), or none.
     */
    static String formMode(TriageRecord record, boolean manager, String me) {
        if (record.isDecided()) {
            return manager && !"WITHDRAWN".equals(record.status()) ? "revise" : "none";
        }
        if (!record.isOpen()) {
            return "none";
        }
        if (record.awaitingApproval().isPresent()) {
            return manager ? "approve" : "waiting";
        }
        if (record.isClaimed() && !record.claimedByPerson(me) && !manager) {
            return "claimed-by-another";
        }
        return "decide";
    }

    /** The letters are shown when they can be listed; a failure to list them does not hide the referral. */
    private void letters(String referralId, Model model) {
        try {
            TriageRecord.Letter[] letters = gateway.get().uri("/api/triage/{referralId}/letters", referralId)
                    .retrieve().body(TriageRecord.Letter[].class);
            model.addAttribute("letters", letters == null ? List.of() : Arrays.asList(letters));
            model.addAttribute("lettersUnavailable", false);
        } catch (GatewayProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            log.info("the letters of a referral could not be listed: the gateway answered {}", problem.status());
            model.addAttribute("letters", List.of());
            model.addAttribute("lettersUnavailable", true);
        }
    }

    /** "3 hours 12 minutes left", "Overdue by 25 minutes"; "" once decided or without a deadline. */
    static String timeLeft(Instant deadline, boolean overdue, Instant now) {
        if (deadline == null) {
            return "";
        }
        return TimeLeft.of(Duration.between(now, deadline), overdue);
    }
}
