package org.frontdoor.console.cases;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who is to lead the case, as typed: a triage manager names the practitioner (their identity-provider id: the
 * console has no list of practitioners to choose from) and their agency; a practitioner taking an unallocated case
 * gives only their agency, and the console sends their own id (case-service lets them take a case only for
 * themselves). A manager reallocating a case led by someone else writes a handover note for the new lead
 * professional; case-service requires it then, keeps it with the allocation and never publishes it.
 */
public class AllocationForm {

    private String leadProfessionalId;
    private String agency;
    private String handoverNote;

    /** {@code POST /api/cases/{caseId}/lead-professional}. */
    Map<String, Object> payload(String leadProfessional) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("leadProfessionalId", ClosureForm.blankToNull(leadProfessional));
        body.put("agency", ClosureForm.blankToNull(agency));
        String note = ClosureForm.blankToNull(handoverNote);
        if (note != null) {
            body.put("handoverNote", note);
        }
        return body;
    }

    public String getLeadProfessionalId() {
        return leadProfessionalId;
    }

    public void setLeadProfessionalId(String leadProfessionalId) {
        this.leadProfessionalId = leadProfessionalId;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getHandoverNote() {
        return handoverNote;
    }

    public void setHandoverNote(String handoverNote) {
        this.handoverNote = handoverNote;
    }
}
