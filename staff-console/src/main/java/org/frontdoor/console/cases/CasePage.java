package org.frontdoor.console.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.ApiProblem;
import org.frontdoor.console.gateway.GatewayProblem;
import org.frontdoor.console.layout.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.client.RestClient;

/**
 * The case page's model, shown by every action that comes back to it (a GET, or a form the API refused): the case
 * ({@code GET /api/cases/{caseId}}), its Webstars ({@code GET /api/cases/{caseId}/webstars}) as charts and tables,
 * and which forms the person may use. The forms follow case-service's rules ({@code CaseAccess}): its lead
 * professional or a triage manager records work on an open case, closes it and reopens it; a manager allocates; a
 * practitioner takes an unallocated case for themselves. The API checks them again.
 */
@Component
class CasePage {

    static final String VIEW = "cases/case";
    /** case-service's ids: pseudonymous, 1 to 64 letters, digits, '.', '_', ':' or '-'. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger log = LoggerFactory.getLogger(CasePage.class);

    private final RestClient gateway;
    private final WebstarTools tools = WebstarTools.DEFAULTS;

    CasePage(RestClient gateway) {
        this.gateway = gateway;
    }

    /** An id that is not one (an edited address) is not sent: the no-access page, as the API's 404 would be. */
    static String checked(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new GatewayProblem(404, new ApiProblem(null, "Not found", 404, null, null));
        }
        return id;
    }

    WebstarTools tools() {
        return tools;
    }

    String show(String caseId, FormErrors errors, Authentication authentication, Model model) {
        CaseRecord record = gateway.get().uri("/api/cases/{caseId}", checked(caseId)).retrieve().body(CaseRecord.class);
        Person person = Person.of(authentication).orElseThrow();
        String me = person.subject();
        boolean manager = person.holds("TRIAGE_MANAGER");
        boolean practitioner = person.holds("PRACTITIONER");
        boolean mayRecordWork = manager || practitioner && record.isLedBy(me);
        CaseWords words = CaseWords.INSTANCE;

        model.addAttribute("theCase", record);
        model.addAttribute("words", words);
        model.addAttribute("me", me);
        model.addAttribute("manager", manager);
        model.addAttribute("mayRecordWork", mayRecordWork && record.isOpen());
        model.addAttribute("mayReopen", mayRecordWork && !record.isOpen());
        model.addAttribute("mayAllocate", manager && record.isOpen());
        // the console's booking pages are a practitioner's (as is booking in consultation-service, for the console)
        model.addAttribute("mayBook", practitioner);
        model.addAttribute("mayTake", !manager && practitioner && record.isOpen() && !record.isAllocated());
        model.addAttribute("errors", errors == null ? new FormErrors() : errors);
        webstars(caseId, words, model);
        planGoals(caseId, record, mayRecordWork && record.isOpen(), model);
        model.addAttribute("attendeeRoles", CaseWords.choices(CaseWords.ATTENDEE_ROLE_ORDER, CaseWords.ATTENDEE_ROLES));
        model.addAttribute("goalProgress", CaseWords.choices(CaseWords.GOAL_PROGRESS_ORDER, CaseWords.GOAL_PROGRESS));

        model.addAttribute("agencies", CaseWords.choices(CaseWords.AGENCY_ORDER, CaseWords.AGENCIES));
        model.addAttribute("judgements", CaseWords.choices(CaseWords.JUDGEMENT_ORDER, CaseWords.JUDGEMENTS));
        model.addAttribute("closureReasons", CaseWords.CLOSURE_REASONS.stream().map(code -> new CaseWords.Choice(code,
                words.reason(code), code.equals("OUTCOMES_ACHIEVED") || code.equals("STEPPED_DOWN_TO_UNIVERSAL")
                        ? "Needs your judgement below" : null)).toList());
        model.addAttribute("webstarTypes", CaseWords.choices(CaseWords.WEBSTAR_TYPE_ORDER, CaseWords.WEBSTAR_TYPES));
        model.addAttribute("familyTool", tools.family());
        model.addAttribute("individualTool", tools.individual());
        model.addAttribute("areaNames", areaNames());
        model.addAttribute("individuals", individuals(record));
        model.addAttribute("framework", FamilyThemes.of(record.familyThemes()));
        model.addAttribute("themeWords", themeWords(record));

        if (!model.containsAttribute("allocation")) {
            model.addAttribute("allocation", new AllocationForm());
        }
        if (!model.containsAttribute("familyWebstar")) {
            model.addAttribute("familyWebstar", WebstarForm.fresh(WebstarForm.FAMILY, "FAMILY:" + record.familyId(),
                    UUID.randomUUID().toString()));
        }
        if (!model.containsAttribute("individualWebstar")) {
            model.addAttribute("individualWebstar", WebstarForm.fresh(WebstarForm.INDIVIDUAL, null,
                    UUID.randomUUID().toString()));
        }
        if (!model.containsAttribute("review")) {
            model.addAttribute("review", ReviewForm.fresh(UUID.randomUUID().toString()));
        }
        if (!model.containsAttribute("closure")) {
            model.addAttribute("closure", new ClosureForm());
        }
        if (!model.containsAttribute("stepUp")) {
            model.addAttribute("stepUp", new StepUpForm());
        }
        if (!model.containsAttribute("memberPersonId")) {
            model.addAttribute("memberPersonId", "");
        }
        if (!model.containsAttribute("chosenThemes")) {
            model.addAttribute("chosenThemes",
                    record.familyThemes() == null ? List.of() : record.familyThemes().themes());
        }
        return VIEW;
    }

    /** The Webstars are shown when they can be read; a failure to read them does not hide the case. */
    private void webstars(String caseId, CaseWords words, Model model) {
        try {
            WebstarReading[] readings = gateway.get().uri("/api/cases/{caseId}/webstars", caseId).retrieve()
                    .body(WebstarReading[].class);
            List<WebstarReading> all = readings == null ? List.of() : Arrays.asList(readings);
            model.addAttribute("charts", WebstarChart.of(all, tools, words));
            model.addAttribute("webstarsUnavailable", false);
        } catch (GatewayProblem problem) {
            if (problem.status() == 401 || problem.isNoAccess()) {
                throw problem;
            }
            log.info("the Webstars of a case could not be read: the gateway answered {}", problem.status());
            model.addAttribute("charts", List.of());
            model.addAttribute("webstarsUnavailable", true);
        }
    }

    /**
     * The current plan's goals, for the review form's progress: read only when the person may record a review and
     * the case has a plan; a failure to read them leaves the progress out of the form, not the case off the page.
     */
    private void planGoals(String caseId, CaseRecord record, boolean reviewing, Model model) {
        model.addAttribute("planGoals", List.of());
        model.addAttribute("planUnavailable", false);
        if (!reviewing || !record.hasPlan()) {
            return;
        }
        try {
            PlanRecord plan = gateway.get().uri("/api/cases/{caseId}/plan", caseId).retrieve().body(PlanRecord.class);
            model.addAttribute("planGoals", plan == null ? List.of() : plan.goals());
        } catch (GatewayProblem problem) {
            if (problem.status() == 401 || problem.status() == 403) {
                throw problem;
            }
            log.info("the plan of a case could not be read for its review form: the gateway answered {}",
                    problem.status());
            model.addAttribute("planUnavailable", true);
        }
    }

    private Map<String, String> areaNames() {
        Map<String, String> names = new LinkedHashMap<>();
        tools.family().areas().forEach(area -> names.put(area, WebstarTools.areaName(area)));
        tools.individual().areas().forEach(area -> names.put(area, WebstarTools.areaName(area)));
        return names;
    }

    /** Whose individual Webstar the form may record: each child, then each parent or carer of the case. */
    private static List<CaseWords.Choice> individuals(CaseRecord record) {
        List<CaseWords.Choice> choices = new ArrayList<>();
        record.children().forEach(child -> choices.add(new CaseWords.Choice("CHILD:" + child.personId(),
                "Child " + child.personId())));
        record.parents().forEach(parent -> choices.add(new CaseWords.Choice("PARENT:" + parent.personId(),
                "Parent or carer " + parent.personId())));
        return choices;
    }

    private static Map<String, String> themeWords(CaseRecord record) {
        Map<String, String> words = new LinkedHashMap<>();
        if (record.familyThemes() != null) {
            record.familyThemes().themes().forEach(theme -> words.put(theme, FamilyThemes.words(theme)));
        }
        return words;
    }
}
