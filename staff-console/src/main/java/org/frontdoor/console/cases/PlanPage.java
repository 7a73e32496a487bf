package org.frontdoor.console.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.layout.Person;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.client.RestClient;

/**
 * The family plan page's model: the case ({@code GET /api/cases/{caseId}}, for its people, themes and who may record
 * work), a version of the plan (the current one, {@code GET .../plan}, or an earlier one,
 * {@code GET .../plan/versions/{version}}) with its goals grouped by whom they are for, the list of versions, and,
 * on the current plan of an open case, the forms to update an action and to agree a new version. The same rules as
 * the case page ({@link CasePage}): its lead professional or a triage manager; the API checks them again.
 */
@Component
class PlanPage {

    static final String VIEW = "cases/plan";

    /** Goals for one person of the case, or for the whole family. */
    record GoalGroup(String heading, List<PlanRecord.Goal> goals) {
    }

    private final RestClient gateway;

    PlanPage(RestClient gateway) {
        this.gateway = gateway;
    }

    /** @param version an earlier version to show, read-only; {@code null} for the current plan */
    String show(String caseId, String version, FormErrors errors, Authentication authentication, Model model) {
        CaseRecord record = gateway.get().uri("/api/cases/{caseId}", CasePage.checked(caseId)).retrieve()
                .body(CaseRecord.class);
        Person person = Person.of(authentication).orElseThrow();
        String me = person.subject();
        boolean mayRecordWork = record.isOpen() && (person.holds("TRIAGE_MANAGER")
                || person.holds("PRACTITIONER") && record.isLedBy(me));
        PlanRecord plan = null;
        if (version != null) {
            plan = gateway.get().uri("/api/cases/{caseId}/plan/versions/{version}", caseId, version).retrieve()
                    .body(PlanRecord.class);
        } else if (record.hasPlan()) {
            plan = gateway.get().uri("/api/cases/{caseId}/plan", caseId).retrieve().body(PlanRecord.class);
        }
        List<PlanRecord.VersionLine> versions = List.of();
        if (record.hasPlan()) {
            PlanRecord.VersionLine[] lines = gateway.get().uri("/api/cases/{caseId}/plan/versions", caseId).retrieve()
                    .body(PlanRecord.VersionLine[].class);
            versions = lines == null ? List.of() : Arrays.asList(lines);
        }
        boolean readOnly = version != null && plan != null && !plan.current();
        CaseWords words = CaseWords.INSTANCE;

        model.addAttribute("theCase", record);
        model.addAttribute("plan", plan);
        model.addAttribute("groups", plan == null ? List.of() : groups(plan, record));
        model.addAttribute("versions", versions);
        model.addAttribute("readOnly", readOnly);
        model.addAttribute("today", LocalDate.now(CaseWords.LONDON));
        model.addAttribute("words", words);
        model.addAttribute("me", me);
        model.addAttribute("manager", person.holds("TRIAGE_MANAGER"));
        model.addAttribute("mayRecordWork", mayRecordWork && !readOnly);
        model.addAttribute("errors", errors == null ? new FormErrors() : errors);

        model.addAttribute("people", people(record));
        model.addAttribute("themeChoices", FamilyThemes.of(record.familyThemes()).choices());
        model.addAttribute("areaChoices", areas());
        model.addAttribute("agencies", CaseWords.choices(CaseWords.AGENCY_ORDER, CaseWords.AGENCIES));
        model.addAttribute("statuses", CaseWords.choices(CaseWords.ACTION_STATUS_ORDER, CaseWords.ACTION_STATUSES));
        model.addAttribute("actionChoices", plan == null || readOnly ? List.of() : plan.actions().stream()
                .map(action -> new CaseWords.Choice(action.actionId(), action.action())).toList());
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", PlanForm.fresh(readOnly ? null : plan, UUID.randomUUID().toString()));
        }
        if (!model.containsAttribute("update")) {
            model.addAttribute("update", ActionUpdateForm.fresh(UUID.randomUUID().toString()));
        }
        return VIEW;
    }

    /** The whole family's goals first, then each person's in the order of the case's members. */
    static List<GoalGroup> groups(PlanRecord plan, CaseRecord record) {
        Map<String, List<PlanRecord.Goal>> byPerson = new LinkedHashMap<>();
        byPerson.put("", new ArrayList<>());
        record.members().forEach(member -> byPerson.put(member.personId(), new ArrayList<>()));
        for (PlanRecord.Goal goal : plan.goals()) {
            byPerson.computeIfAbsent(goal.isForWholeFamily() ? "" : goal.personId(), id -> new ArrayList<>()).add(goal);
        }
        List<GoalGroup> groups = new ArrayList<>();
        byPerson.forEach((personId, goals) -> {
            if (!goals.isEmpty()) {
                groups.add(new GoalGroup(personId.isEmpty() ? "The whole family" : whose(personId, record), goals));
            }
        });
        return groups;
    }

    private static String whose(String personId, CaseRecord record) {
        return record.members().stream().filter(member -> member.personId().equals(personId)).findFirst()
                .map(member -> CaseWords.INSTANCE.memberRole(member.role()) + " " + personId)
                .orElse(personId);
    }

    /** Whom a goal may be for: the whole family (the default), or a person of the case. */
    private static List<CaseWords.Choice> people(CaseRecord record) {
        List<CaseWords.Choice> choices = new ArrayList<>();
        choices.add(new CaseWords.Choice("", "The whole family"));
        record.members().forEach(member -> choices.add(new CaseWords.Choice(member.personId(),
                CaseWords.INSTANCE.memberRole(member.role()) + " " + member.personId())));
        return choices;
    }

    /** The family star's areas (for a whole-family goal), then the individual star's. */
    private static List<CaseWords.Choice> areas() {
        List<CaseWords.Choice> choices = new ArrayList<>();
        WebstarTools.DEFAULTS.family().areas().forEach(area -> choices.add(new CaseWords.Choice(area,
                "Family star: " + WebstarTools.areaName(area))));
        WebstarTools.DEFAULTS.individual().areas().forEach(area -> choices.add(new CaseWords.Choice(area,
                "Individual star: " + WebstarTools.areaName(area))));
        return choices;
    }
}
