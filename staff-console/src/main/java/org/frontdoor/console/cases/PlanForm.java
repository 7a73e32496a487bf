package org.frontdoor.console.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.ApiProblem;

/**
 * A family plan to agree, as typed: goals as repeated rows, each with repeated action rows, and what the family says.
 * A new plan has {@value #BLANK_GOALS} blank goals of {@value #BLANK_ACTIONS} blank actions; re-agreeing starts from
 * the current plan's goals and actions with the same blank rows after them. Rows left blank are not sent. The
 * {@code idempotencyKey} is made when the form is shown, so a form sent twice agrees one version.
 */
public class PlanForm {

    static final int BLANK_GOALS = 3;
    static final int BLANK_ACTIONS = 2;
    static final String FORM_ID = "plan-form";

    private String idempotencyKey;
    private String familyView;
    private List<GoalRow> goals = new ArrayList<>();

    /** Which row of the form each goal (and action) sent was: the API names the goals it refuses by their index. */
    private final List<Integer> sentGoals = new ArrayList<>();
    private final List<List<Integer>> sentActions = new ArrayList<>();

    static PlanForm fresh(PlanRecord current, String key) {
        PlanForm form = new PlanForm();
        form.idempotencyKey = key;
        if (current != null) {
            form.familyView = current.familyView();
            for (PlanRecord.Goal goal : current.goals()) {
                GoalRow row = new GoalRow();
                row.personId = goal.isForWholeFamily() ? "" : goal.personId();
                row.theme = goal.theme();
                row.webstarArea = goal.webstarArea();
                row.difference = goal.difference();
                row.target = goal.targetDate() == null ? new TypedDate() : TypedDate.of(goal.targetDate());
                for (PlanRecord.Action action : goal.actions()) {
                    ActionRow line = new ActionRow();
                    line.action = action.action();
                    line.ownerId = action.owner() == null ? null : action.owner().personId();
                    line.agency = action.owner() == null ? null : action.owner().agency();
                    line.due = action.dueDate() == null ? new TypedDate() : TypedDate.of(action.dueDate());
                    line.status = action.status();
                    row.actions.add(line);
                }
                form.goals.add(row);
            }
        }
        form.fill();
        return form;
    }

    /** Every goal row with its blank action rows, and the blank goal rows: what the page shows. */
    void fill() {
        int kept = (int) goals.stream().filter(goal -> !goal.isBlank()).count();
        goals.removeIf(goal -> goal == null);
        while (goals.size() < kept + BLANK_GOALS) {
            goals.add(new GoalRow());
        }
        for (GoalRow goal : goals) {
            goal.actions.removeIf(action -> action == null);
            int typed = (int) goal.actions.stream().filter(action -> !action.isBlank()).count();
            while (goal.actions.size() < typed + BLANK_ACTIONS) {
                goal.actions.add(new ActionRow());
            }
        }
    }

    FormErrors check() {
        FormErrors errors = new FormErrors();
        boolean any = false;
        for (int g = 0; g < goals.size(); g++) {
            GoalRow goal = goals.get(g);
            if (goal == null || goal.isBlank()) {
                continue;
            }
            any = true;
            String id = goalId(g);
            if (!goal.target.isBlank() && !goal.target.isValid()) {
                errors.add(id + "-target-day", "The date of goal " + (g + 1) + " must be a real date, like 27 3 2027");
            }
            for (int a = 0; a < goal.actions.size(); a++) {
                ActionRow action = goal.actions.get(a);
                if (action != null && !action.isBlank() && !action.due.isBlank() && !action.due.isValid()) {
                    errors.add(actionId(g, a) + "-due-day", "The due date of action " + (a + 1) + " of goal " + (g + 1)
                            + " must be a real date, like 27 3 2027");
                }
            }
        }
        if (!any) {
            errors.add(goalId(0) + "-difference", "Enter at least one goal: what will be different");
        }
        return errors;
    }

    /** {@code POST /api/cases/{caseId}/plan}: the rows typed in, in order. */
    Map<String, Object> payload() {
        sentGoals.clear();
        sentActions.clear();
        List<Map<String, Object>> sent = new ArrayList<>();
        for (int g = 0; g < goals.size(); g++) {
            GoalRow goal = goals.get(g);
            if (goal == null || goal.isBlank()) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("personId", typed(goal.personId));
            body.put("theme", typed(goal.theme));
            body.put("webstarArea", typed(goal.webstarArea));
            body.put("difference", typed(goal.difference));
            body.put("targetDate", goal.target.isBlank() ? null : goal.target.date().toString());
            List<Map<String, Object>> actions = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            for (int a = 0; a < goal.actions.size(); a++) {
                ActionRow action = goal.actions.get(a);
                if (action == null || action.isBlank()) {
                    continue;
                }
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("action", typed(action.action));
                Map<String, Object> owner = new LinkedHashMap<>();
                owner.put("personId", typed(action.ownerId));
                owner.put("agency", typed(action.agency));
                line.put("owner", owner);
                line.put("dueDate", action.due.isBlank() ? null : action.due.date().toString());
                line.put("status", typed(action.status));
                actions.add(line);
                rows.add(a);
            }
            body.put("actions", actions);
            sent.add(body);
            sentGoals.add(g);
            sentActions.add(rows);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("goals", sent);
        body.put("familyView", typed(familyView));
        return body;
    }

    private static final Pattern GOAL_FIELD = Pattern.compile(
            "^goals(?:\\[(\\d+)])?(?:\\.([A-Za-z]+)(?:\\[(\\d+)])?(?:\\.([A-Za-z.]+))?)?$");

    /** case-service's refusal, each field error by the input of the row it names (as {@link CaseErrors} does). */
    FormErrors errorsOf(ApiProblem problem, int status) {
        FormErrors errors = new FormErrors();
        List<ApiProblem.FieldError> unplaced = new ArrayList<>();
        for (ApiProblem.FieldError error : problem.errors()) {
            String name = error.field() == null ? "" : error.field();
            String message = error.message() == null || error.message().isBlank() ? "is not valid"
                    : error.message().strip();
            boolean missing = message.startsWith("must not be");
            Matcher field = GOAL_FIELD.matcher(name);
            if (name.equals("familyView")) {
                errors.add("plan-familyView", "What the family says " + message);
            } else if (name.equals("goals") || field.matches() && field.group(1) == null) {
                errors.add(goalId(0) + "-difference", missing ? "Enter at least one goal: what will be different"
                        : "Goals " + message);
            } else if (field.matches() && Integer.parseInt(field.group(1)) < sentGoals.size()) {
                int sentGoal = Integer.parseInt(field.group(1));
                int g = sentGoals.get(sentGoal);
                String goalWords = "Goal " + (g + 1) + ": ";
                String part = field.group(2);
                if (part == null) {
                    errors.add(goalId(g) + "-difference", goalWords + message);
                } else if (part.equals("actions") && field.group(3) != null
                        && Integer.parseInt(field.group(3)) < sentActions.get(sentGoal).size()) {
                    int a = sentActions.get(sentGoal).get(Integer.parseInt(field.group(3)));
                    String id = actionId(g, a);
                    String words = goalWords + "action " + (a + 1) + ": ";
                    String rest = field.group(4) == null ? "" : field.group(4);
                    switch (rest) {
                        case "action" -> errors.add(id + "-action", missing ? words + "enter what is to be done"
                                : words + "what is to be done " + message);
                        case "owner", "owner.personId" -> errors.add(id + "-owner", missing
                                ? words + "enter who will do it" : words + "who will do it " + message);
                        case "owner.agency" -> errors.add(id + "-agency", words + "agency " + message);
                        case "dueDate" -> errors.add(id + "-due-day", missing ? words + "enter the date it is due"
                                : words + "the due date " + message);
                        case "status" -> errors.add(id + "-status", words + "status " + message);
                        default -> errors.add(id + "-action", words + (rest.isEmpty() ? "" : rest + " ") + message);
                    }
                } else {
                    switch (part) {
                        case "personId" -> errors.add(goalId(g) + "-person", goalWords + "who it is for " + message);
                        case "theme" -> errors.add(goalId(g) + "-theme", missing ? goalWords + "select a theme"
                                : goalWords + "theme " + message);
                        case "webstarArea" -> errors.add(goalId(g) + "-area", goalWords + "Webstar area " + message);
                        case "difference" -> errors.add(goalId(g) + "-difference", missing
                                ? goalWords + "enter what will be different" : goalWords + "what will be different " + message);
                        case "targetDate" -> errors.add(goalId(g) + "-target-day", missing
                                ? goalWords + "enter by when" : goalWords + "the date " + message);
                        default -> errors.add(goalId(g) + "-difference", goalWords + part + " " + message);
                    }
                }
            } else {
                unplaced.add(error);
            }
        }
        if (!unplaced.isEmpty() || errors.isEmpty()) {
            FormErrors rest = CaseErrors.of(new ApiProblem(problem.type(), problem.title(), problem.status(),
                    problem.detail(), unplaced), status, FORM_ID, name -> null);
            rest.getItems().forEach(item -> errors.add(item.fieldId(), item.message()));
        }
        return errors;
    }

    static String goalId(int g) {
        return "plan-goals-" + g;
    }

    static String actionId(int g, int a) {
        return "plan-goals-" + g + "-actions-" + a;
    }

    private static String typed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A goal as typed. {@code personId} empty: the whole family. */
    public static class GoalRow {

        private String personId = "";
        private String theme;
        private String webstarArea;
        private String difference;
        private TypedDate target = new TypedDate();
        private List<ActionRow> actions = new ArrayList<>();

        /** Nothing typed (who it is for alone is no goal: the whole family is the default). */
        boolean isBlank() {
            return blank(theme) && blank(webstarArea) && blank(difference) && target.isBlank()
                    && actions.stream().allMatch(action -> action == null || action.isBlank());
        }

        public String getPersonId() {
            return personId;
        }

        public void setPersonId(String personId) {
            this.personId = personId;
        }

        public String getTheme() {
            return theme;
        }

        public void setTheme(String theme) {
            this.theme = theme;
        }

        public String getWebstarArea() {
            return webstarArea;
        }

        public void setWebstarArea(String webstarArea) {
            this.webstarArea = webstarArea;
        }

        public String getDifference() {
            return difference;
        }

        public void setDifference(String difference) {
            this.difference = difference;
        }

        public TypedDate getTarget() {
            return target;
        }

        public void setTarget(TypedDate target) {
            this.target = target;
        }

        public List<ActionRow> getActions() {
            return actions;
        }

        public void setActions(List<ActionRow> actions) {
            this.actions = actions;
        }
    }

    /** An action as typed: the owner a practitioner's id with their agency, or a family member's id with none. */
    public static class ActionRow {

        private String action;
        private String ownerId;
        private String agency;
        private TypedDate due = new TypedDate();
        private String status;

        /** Nothing typed (a status alone is no action: the select has one chosen). */
        boolean isBlank() {
            return blank(action) && blank(ownerId) && blank(agency) && due.isBlank();
        }

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public String getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(String ownerId) {
            this.ownerId = ownerId;
        }

        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }

        public TypedDate getDue() {
            return due;
        }

        public void setDue(TypedDate due) {
            this.due = due;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getFamilyView() {
        return familyView;
    }

    public void setFamilyView(String familyView) {
        this.familyView = familyView;
    }

    public List<GoalRow> getGoals() {
        return goals;
    }

    public void setGoals(List<GoalRow> goals) {
        this.goals = goals;
    }
}
