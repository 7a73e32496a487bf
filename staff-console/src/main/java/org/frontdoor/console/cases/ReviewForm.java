package org.frontdoor.console.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.ApiProblem;

/**
 * A review of the family's plan as typed: the date it was reviewed, who attended (by part and agency, never names:
 * {@value #ATTENDEE_ROWS} rows, blank ones not sent), how each goal of the current plan is progressing, and,
 * optionally, when the next review is due (case-service takes 6 to 12 weeks after the review; left blank, 12). The
 * {@code idempotencyKey} is made when the form is shown, so a form sent twice records one review.
 */
public class ReviewForm {

    static final int ATTENDEE_ROWS = 4;
    static final String FORM_ID = "review-form";

    private String idempotencyKey;
    private TypedDate reviewed = new TypedDate();
    private TypedDate nextDue = new TypedDate();
    private List<Attendee> attendees = new ArrayList<>();
    private Map<String, String> progress = new LinkedHashMap<>();

    /** Which row each attendee sent was: the API names them by their index. */
    private final List<Integer> sentAttendees = new ArrayList<>();
    private final List<String> sentGoals = new ArrayList<>();

    static ReviewForm fresh(String key) {
        ReviewForm form = new ReviewForm();
        form.idempotencyKey = key;
        form.fill();
        return form;
    }

    /** The attendee rows the page shows: those typed, then blank ones up to {@value #ATTENDEE_ROWS}. */
    void fill() {
        attendees.removeIf(attendee -> attendee == null);
        while (attendees.size() < ATTENDEE_ROWS) {
            attendees.add(new Attendee());
        }
    }

    FormErrors check() {
        FormErrors errors = new FormErrors();
        if (reviewed.isBlank()) {
            errors.add("review-reviewed-day", "Enter the date of the review");
        } else if (!reviewed.isValid()) {
            errors.add("review-reviewed-day", "The date of the review must be a real date, like 27 3 2026");
        }
        if (!nextDue.isBlank() && !nextDue.isValid()) {
            errors.add("review-nextDue-day", "The date the next review is due must be a real date, like 27 6 2026");
        }
        for (int i = 0; i < attendees.size(); i++) {
            Attendee attendee = attendees.get(i);
            if (attendee != null && blank(attendee.role) && !blank(attendee.agency)) {
                errors.add("review-attendees-" + i + "-role", "Select the part attendee " + (i + 1) + " played");
            }
        }
        return errors;
    }

    /** {@code POST /api/cases/{caseId}/reviews}: attendees and progress only when given (as before they existed). */
    Map<String, Object> payload(Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewedAt", reviewed.happenedOn(now).toString());
        body.put("nextReviewDue", nextDue.isBlank() ? null : nextDue.date().toString());
        sentAttendees.clear();
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < attendees.size(); i++) {
            Attendee attendee = attendees.get(i);
            if (attendee == null || blank(attendee.role)) {
                continue;
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("role", attendee.role);
            line.put("agency", blank(attendee.agency) ? null : attendee.agency);
            people.add(line);
            sentAttendees.add(i);
        }
        if (!people.isEmpty()) {
            body.put("attendees", people);
        }
        sentGoals.clear();
        List<Map<String, Object>> goals = new ArrayList<>();
        progress.forEach((goalId, how) -> {
            if (!blank(how)) {
                goals.add(Map.of("goalId", goalId, "progress", how));
                sentGoals.add(goalId);
            }
        });
        if (!goals.isEmpty()) {
            body.put("goalProgress", goals);
        }
        return body;
    }

    private static final Pattern LISTED = Pattern.compile("^(attendees|goalProgress)(?:\\[(\\d+)])?(?:\\.([A-Za-z]+))?$");

    /** case-service's refusal, by the inputs (an attendee's row, a goal's radios, the dates). */
    FormErrors errorsOf(ApiProblem problem, int status) {
        FormErrors errors = new FormErrors();
        List<ApiProblem.FieldError> rest = new ArrayList<>();
        for (ApiProblem.FieldError error : problem.errors()) {
            Matcher listed = LISTED.matcher(error.field() == null ? "" : error.field());
            String message = error.message() == null || error.message().isBlank() ? "is not valid"
                    : error.message().strip();
            if (!listed.matches()) {
                rest.add(error);
            } else if (listed.group(1).equals("attendees")) {
                int sent = listed.group(2) == null ? -1 : Integer.parseInt(listed.group(2));
                int row = sent >= 0 && sent < sentAttendees.size() ? sentAttendees.get(sent) : 0;
                String part = "agency".equals(listed.group(3)) ? "agency" : "role";
                errors.add("review-attendees-" + row + "-" + part, "Attendee " + (row + 1) + ": "
                        + (part.equals("agency") ? "agency " : "part ") + message);
            } else {
                int sent = listed.group(2) == null ? -1 : Integer.parseInt(listed.group(2));
                String goalId = sent >= 0 && sent < sentGoals.size() ? sentGoals.get(sent) : null;
                errors.add(goalId == null ? "review-progress" : "review-progress-" + goalId,
                        "Progress " + message);
            }
        }
        if (!rest.isEmpty() || errors.isEmpty()) {
            CaseErrors.of(new ApiProblem(problem.type(), problem.title(), problem.status(), problem.detail(), rest),
                    status, FORM_ID, CaseErrors.fields(Map.of(
                            "reviewedAt", new CaseErrors.Field("review-reviewed-day", "The date of the review",
                                    "Enter the date of the review"),
                            "nextReviewDue", new CaseErrors.Field("review-nextDue-day",
                                    "The date the next review is due", "Enter the date the next review is due"))))
                    .getItems().forEach(item -> errors.add(item.fieldId(), item.message()));
        }
        return errors;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Someone at the review: their part and, for a professional, their agency. */
    public static class Attendee {

        private String role;
        private String agency;

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public TypedDate getReviewed() {
        return reviewed;
    }

    public void setReviewed(TypedDate reviewed) {
        this.reviewed = reviewed;
    }

    public TypedDate getNextDue() {
        return nextDue;
    }

    public void setNextDue(TypedDate nextDue) {
        this.nextDue = nextDue;
    }

    public List<Attendee> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<Attendee> attendees) {
        this.attendees = attendees;
    }

    public Map<String, String> getProgress() {
        return progress;
    }

    public void setProgress(Map<String, String> progress) {
        this.progress = progress;
    }
}
