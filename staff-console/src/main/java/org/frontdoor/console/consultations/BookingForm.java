package org.frontdoor.console.consultations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.frontdoor.console.forms.FormErrors;
import org.frontdoor.console.gateway.ApiProblem;

/**
 * What a practitioner typed to book a slot, as {@code POST /api/consultations} takes it ({@code BookConsultationRequest}):
 * the slot, the question for the consultant, and, when known, the child's, family's and referral's front door ids
 * (pseudonymous ids: consultation-service refuses anything else, so a name typed there is never published), and the
 * early help case it is booked from (a hidden field, set when a drifting case's page offered the booking). The
 * {@code Idempotency-Key} is made when the form is first shown and kept across every round trip.
 */
public class BookingForm {

    static final String FORM_ID = "book-consultation";

    private String childId;
    private String familyId;
    private String referralId;
    private String caseId;
    private String question;
    private String idempotencyKey;

    Map<String, Object> body(String slotId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slotId", slotId);
        putIfTyped(body, "childId", childId);
        putIfTyped(body, "familyId", familyId);
        putIfTyped(body, "referralId", referralId);
        putIfTyped(body, "caseId", caseId);
        body.put("question", question == null ? "" : question);
        return body;
    }

    private static void putIfTyped(Map<String, Object> body, String name, String value) {
        if (value != null && !value.isBlank()) {
            body.put(name, value.trim());
        }
    }

    /** consultation-service's refusal (400 with its fields) as GOV.UK messages by the inputs. */
    static FormErrors errorsOf(ApiProblem problem) {
        FormErrors errors = new FormErrors();
        String idRule = "1 to 64 letters, digits, full stops, underscores, colons or hyphens (an id, never a name)";
        for (ApiProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? "" : error.field();
            String message = error.message() == null ? "" : error.message();
            switch (field) {
                case "childId" -> errors.add("booking-childId", "Enter the child's front door id as " + idRule);
                case "familyId" -> errors.add("booking-familyId", "Enter the family's front door id as " + idRule);
                case "referralId" -> errors.add("booking-referralId", "Enter the referral's reference as " + idRule);
                case "caseId" -> errors.add(FORM_ID, "The consultation was not booked: the early help case's id is"
                        + " not one. Go back to the case and follow its link again");
                case "question" -> errors.add("booking-question", message.contains("size") || message.contains("5000")
                        ? "The question must be 5000 characters or fewer" : "Enter your question for the consultant");
                default -> errors.add(FORM_ID, "The consultation was not booked: " + (field.isEmpty() ? "" : field + " ") + message);
            }
        }
        if (errors.isEmpty()) {
            errors.add(FORM_ID, "The consultation was not booked: check the details and try again");
        }
        return errors;
    }

    public String getChildId() {
        return childId;
    }

    public void setChildId(String childId) {
        this.childId = childId;
    }

    public String getFamilyId() {
        return familyId;
    }

    public void setFamilyId(String familyId) {
        this.familyId = familyId;
    }

    public String getReferralId() {
        return referralId;
    }

    public void setReferralId(String referralId) {
        this.referralId = referralId;
    }

    /** The early help case it is booked from: kept only when it is an id (a hidden field someone edited is dropped). */
    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId == null || caseId.isBlank() || !ConsultationController.looksLikeAnId(caseId.strip())
                ? null : caseId.strip();
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }
}
