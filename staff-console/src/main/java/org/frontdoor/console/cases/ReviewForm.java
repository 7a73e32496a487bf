package org.frontdoor.console.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.frontdoor.console.forms.FormErrors;

/**
 * A review of the family's plan as typed: the date it was reviewed and, optionally, when the next review is due.
 * The {@code idempotencyKey} is made when the form is shown, so a form sent twice records one review.
 */
public class ReviewForm {

    private String idempotencyKey;
    private TypedDate reviewed = new TypedDate();
    private TypedDate nextDue = new TypedDate();

    static ReviewForm fresh(String key) {
        ReviewForm form = new ReviewForm();
        form.idempotencyKey = key;
        return form;
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
        return errors;
    }

    /** {@code POST /api/cases/{caseId}/reviews}. */
    Map<String, Object> payload(Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewedAt", reviewed.happenedOn(now).toString());
        body.put("nextReviewDue", nextDue.isBlank() ? null : nextDue.date().toString());
        return body;
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
}
