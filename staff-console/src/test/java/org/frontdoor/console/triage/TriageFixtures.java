package org.frontdoor.console.triage;

/** triage-service's answers as the console's tests play them (shapes from triage-service's README and views). */
final class TriageFixtures {

    static final String CONFIGURATION = """
            {"authority": "shropshire", "name": "Shropshire Council", "frontDoorName": "Compass",
             "levels": [
               {"level": 1, "wording": "Universal: needs met by universal services",
                "routes": ["NO_FURTHER_ACTION", "ADVICE_AND_SIGNPOSTING", "CONSULTATION"]},
               {"level": 2, "wording": "Additional needs: single agency",
                "routes": ["NO_FURTHER_ACTION", "CONSULTATION", "EARLY_HELP_SINGLE_AGENCY"]},
               {"level": 3, "wording": "Multiple and complex needs: targeted early help",
                "routes": ["NO_FURTHER_ACTION", "CONSULTATION", "EARLY_HELP_TARGETED"]},
               {"level": 4, "wording": "Acute or specialist: statutory social work",
                "routes": ["NO_FURTHER_ACTION", "SOCIAL_WORK_ASSESSMENT", "STRATEGY_DISCUSSION"]}],
             "routes": [
               {"route": "NO_FURTHER_ACTION", "levels": [1, 2, 3, 4], "teamRequired": false, "primaryNeedRequired": false, "teams": []},
               {"route": "ADVICE_AND_SIGNPOSTING", "levels": [1], "teamRequired": true, "primaryNeedRequired": true,
                "teams": [{"code": "FAMILY_INFORMATION_SERVICE", "name": "Family Information Service"}]},
               {"route": "CONSULTATION", "levels": [1, 2, 3], "teamRequired": true, "primaryNeedRequired": true,
                "teams": [{"code": "EARLY_HELP_SOCIAL_WORKERS", "name": "Early Help Social Workers"}]},
               {"route": "EARLY_HELP_SINGLE_AGENCY", "levels": [2], "teamRequired": true, "primaryNeedRequired": true,
                "teams": [{"code": "REFERRING_AGENCY", "name": "The referring agency"},
                          {"code": "PARENTING_PRACTITIONERS", "name": "Parenting Practitioners"}]},
               {"route": "EARLY_HELP_TARGETED", "levels": [3], "teamRequired": true, "primaryNeedRequired": true,
                "teams": [{"code": "ENHANCE", "name": "EnHance"}]},
               {"route": "SOCIAL_WORK_ASSESSMENT", "levels": [4], "teamRequired": true, "primaryNeedRequired": true,
                "teams": [{"code": "ASSESSMENT_NORTH", "name": "Assessment Team North"}]},
               {"route": "STRATEGY_DISCUSSION", "levels": [4], "teamRequired": true, "primaryNeedRequired": true,
                "teams": [{"code": "ASSESSMENT_SOUTH", "name": "Assessment Team South"}]}]}""";

    static final String DETAILS = """
            {"referralId": "ref-1", "status": "RECEIVED", "channel": "PHONE",
             "referrer": {"type": "PROFESSIONAL", "name": "Pat Teacher", "role": "Designated safeguarding lead",
                          "organisation": "Oak Primary", "email": "pat@oak.example", "phone": "01743 000000",
                          "postalAddress": null},
             "sourceCode": "2A", "sourceDescription": "Schools", "pathway": "EARLY_HELP", "urgency": "ROUTINE",
             "immediateRisk": false, "locality": "NORTH",
             "children": [{"childId": "child-1", "firstName": "Amy", "lastName": "Brook", "dateOfBirth": "2016-05-01",
                           "unborn": false, "gender": "FEMALE", "nhsNumber": "9434765919",
                           "address": {"lines": ["1 High Street", "Shrewsbury"], "postcode": "SY1 1AA"},
                           "school": "Oak Primary"}],
             "adults": [], "concerns": "Amy often arrives hungry and tired.",
             "assessmentFactors": [{"code": "16A", "description": "Neglect"}], "familyThemes": [],
             "consent": {"status": "GIVEN", "givenBy": "Mother", "givenAt": "2026-12-02T08:30:00Z", "reason": null},
             "links": [], "reReferral": false, "decision": null, "withdrawal": null}""";

    /** An open referral, claimed by the worker, with case history unavailable. */
    static String record(String claimedBy, String consent, String decision, String history, String proposals) {
        return """
                {"referralId": "ref-1", "status": "%s", "receivedAt": "2026-12-02T09:00:00Z",
                 "needIdentifiedAt": "2026-12-02T08:00:00Z", "deadline": "2026-12-03T23:59:59Z", "overdue": false,
                 "urgency": "ROUTINE", "pathway": "EARLY_HELP", "sourceCode": "2A", "channel": "PHONE",
                 "childIds": ["child-1"], "familyId": "family-1", "locality": "NORTH", "consent": "%s",
                 "claimedBy": %s, "claimedAt": null, "withdrawnAt": null, "contacts": ["ref-1", "ref-2"],
                 "linkedInto": null, "linkNote": null, "reReferral": true, "earlierReferralIds": ["ref-0"],
                 "strategyDiscussion": false, "decision": %s, "decisionHistory": %s, "proposals": %s,
                 "details": %s, "detailsUnavailable": false, "detailsUnavailableReason": null,
                 "history": %s}""".formatted(decision == null ? "OPEN" : "DECIDED", consent,
                claimedBy == null ? "null" : "\"" + claimedBy + "\"", decision == null ? "null" : decision,
                decision == null ? "[]" : "[" + EARLIER_DECISION + ", " + decision + "]", proposals, DETAILS, history);
    }

    static final String HISTORY_UNAVAILABLE = """
            {"earlierReferrals": [{"referralId": "ref-0", "receivedAt": "2026-06-01T09:00:00Z", "pathway": "EARLY_HELP",
              "status": "DECIDED", "childIds": ["child-1"], "level": 2, "route": "EARLY_HELP_SINGLE_AGENCY",
              "team": "REFERRING_AGENCY", "earlyHelpOffered": true, "decidedAt": "2026-06-02T09:00:00Z"}],
             "caseHistory": {"available": false, "reason": "case-service did not answer", "cases": []}}""";

    static final String HISTORY_AVAILABLE = """
            {"earlierReferrals": [],
             "caseHistory": {"available": true, "reason": null,
              "cases": [{"childId": "child-1", "caseId": "case-7", "status": "CLOSED", "openedAt": "2025-01-01T09:00:00Z",
                         "closedAt": "2025-06-01T09:00:00Z", "closureReason": "OUTCOMES_MET"}]}}""";

    static final String EARLIER_DECISION = """
            {"decisionId": "dec-1", "referralId": "ref-1", "level": 2, "route": "EARLY_HELP_SINGLE_AGENCY",
             "team": "REFERRING_AGENCY", "earlyHelpOffered": true, "primaryNeed": "N4", "assessmentFactors": ["16A"],
             "rationale": "School can lead with a family support plan.", "decidedBy": "triage-worker",
             "decidedAt": "2026-12-02T12:00:00Z", "deadline": "2026-12-03T23:59:59Z", "withinWorkingDay": true,
             "revisesDecisionId": null, "furtherContacts": [], "approvedProposalId": null, "recordedFromEventLog": false}""";

    static final String REVISED_DECISION = """
            {"decisionId": "dec-2", "referralId": "ref-1", "level": 3, "route": "EARLY_HELP_TARGETED",
             "team": "ENHANCE", "earlyHelpOffered": true, "primaryNeed": "N5", "assessmentFactors": ["16A", "3B"],
             "rationale": "New information: domestic abuse at home; targeted early help.", "decidedBy": "triage-manager",
             "decidedAt": "2026-12-02T15:00:00Z", "deadline": "2026-12-03T23:59:59Z", "withinWorkingDay": true,
             "revisesDecisionId": "dec-1", "furtherContacts": [], "approvedProposalId": null, "recordedFromEventLog": false}""";

    static final String PROPOSAL_WAITING = """
            [{"proposalId": "prop-1", "referralId": "ref-1", "status": "AWAITING_APPROVAL", "level": 4,
              "route": "SOCIAL_WORK_ASSESSMENT", "team": "ASSESSMENT_NORTH", "earlyHelpOffered": false,
              "primaryNeed": "N1", "assessmentFactors": ["16A"], "rationale": "Neglect over months; section 17 needed.",
              "proposedBy": "triage-worker", "proposedAt": "2026-12-02T13:00:00Z", "reviewedBy": null,
              "reviewedAt": null, "returnReason": null, "decisionId": null}]""";

    static final String LETTERS = """
            [{"id": "letter-1", "decisionId": "dec-1", "status": "SENT", "channel": "EMAIL", "revisedDecision": false,
              "createdAt": "2026-12-02T12:01:00Z", "sentAt": "2026-12-02T12:02:00Z", "problem": null, "downloadable": true}]""";

    private TriageFixtures() {
    }
}
