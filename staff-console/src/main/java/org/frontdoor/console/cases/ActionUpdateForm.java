package org.frontdoor.console.cases;

import java.util.LinkedHashMap;
import java.util.Map;

import org.frontdoor.console.forms.FormErrors;

/**
 * Reassigning an action of the current plan (a new owner: a practitioner's id and agency, or a family member's id),
 * moving its status on, or both: not a re-agreement, so no new version. The {@code idempotencyKey} is made when the
 * form is shown.
 */
public class ActionUpdateForm {

    static final String FORM_ID = "update-form";

    private String idempotencyKey;
    private String actionId;
    private String ownerId;
    private String agency;
    private String status;

    static ActionUpdateForm fresh(String key) {
        ActionUpdateForm form = new ActionUpdateForm();
        form.idempotencyKey = key;
        return form;
    }

    FormErrors check() {
        FormErrors errors = new FormErrors();
        if (blank(actionId)) {
            errors.add("update-actionId", "Select the action to update");
        } else if (!CasePage.ID.matcher(actionId).matches()) {
            errors.add("update-actionId", "Select an action of the plan");
        }
        if (blank(ownerId) && blank(agency) && blank(status)) {
            errors.add("update-ownerId", "Enter the action’s new owner, or select its new status");
        } else if (blank(ownerId) && !blank(agency)) {
            errors.add("update-ownerId", "Enter the new owner’s id: their agency alone does not reassign the action");
        }
        return errors;
    }

    /** {@code POST /api/cases/{caseId}/plan/actions/{actionId}/updates}. */
    Map<String, Object> payload() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (blank(ownerId)) {
            body.put("owner", null);
        } else {
            Map<String, Object> owner = new LinkedHashMap<>();
            owner.put("personId", ownerId.strip());
            owner.put("agency", blank(agency) ? null : agency);
            body.put("owner", owner);
        }
        body.put("status", blank(status) ? null : status);
        return body;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getActionId() {
        return actionId;
    }

    public void setActionId(String actionId) {
        this.actionId = actionId;
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
